/** Options of {@link formatPercentFr}. */
export interface FormatPercentFrOptions {
  /** The most digits after the decimal comma; 1 when absent. */
  readonly maximumFractionDigits?: number;
}

/**
 * Formats a percentage given in points (12.5 means 12.5 %), as `Intl.NumberFormat('fr-FR')` does:
 * a decimal comma, U+202F between thousands and a no-break space (U+00A0) before `%`.
 *
 * @param value - The percentage in points, not a fraction.
 * @param options - The most fraction digits (1 by default).
 * @returns The French text of the percentage.
 * @example
 * formatPercentFr(12.5)
 * //=> '12,5\u00a0%'
 */
export function formatPercentFr(value: number, options: FormatPercentFrOptions = {}): string {
  return percentFormat(options.maximumFractionDigits ?? 1).format(value);
}

// Building an Intl.NumberFormat costs far more than using one: one per precision is kept.
const formats = new Map<number, Intl.NumberFormat>();

function percentFormat(digits: number): Intl.NumberFormat {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('fr-FR', {
      style: 'unit',
      unit: 'percent',
      maximumFractionDigits: digits,
      signDisplay: 'negative',
    });
    formats.set(digits, f);
  }
  return f;
}
