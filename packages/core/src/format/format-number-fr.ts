/** Options of {@link formatNumberFr}. */
export interface FormatNumberFrOptions {
  /** The most digits after the decimal comma; 3 when absent, as `Intl.NumberFormat`. */
  readonly maximumFractionDigits?: number;
}

/**
 * Formats a number the French way, as `Intl.NumberFormat('fr-FR')` does: thousands grouped by a
 * narrow no-break space (U+202F), a decimal comma, a hyphen-minus for negatives and never `-0`.
 *
 * @param n - The number.
 * @param options - The most fraction digits (3 by default).
 * @returns The French text of the number.
 * @example
 * formatNumberFr(1200)
 * //=> '1\u202f200'
 * formatNumberFr(12.5)
 * //=> '12,5'
 */
export function formatNumberFr(n: number, options: FormatNumberFrOptions = {}): string {
  return numberFormat(options.maximumFractionDigits ?? 3).format(n);
}

// Building an Intl.NumberFormat costs far more than using one: one per precision is kept.
const formats = new Map<number, Intl.NumberFormat>();

function numberFormat(digits: number): Intl.NumberFormat {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, signDisplay: 'negative' });
    formats.set(digits, f);
  }
  return f;
}
