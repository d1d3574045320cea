import { formatEuroFullFr } from './format-euro-full-fr.js';
import { frStrings } from './fr-strings.js';

const ONE_MILLION = 1_000_000;

const millions = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, signDisplay: 'negative' });

/**
 * Formats an amount in euros compactly: from one million euros (in absolute value) in millions
 * with `M€` and at most two decimals, below that in full.
 *
 * @param value - The amount in euros.
 * @returns The French text of the amount; a no-break space (U+00A0) precedes `M€` or `€`.
 * @example
 * formatEuroFr(1500000)
 * //=> '1,5\u00a0M€'
 * formatEuroFr(300000)
 * //=> '300\u202f000\u00a0€'
 */
export function formatEuroFr(value: number): string {
  // Compare the rounded amount: 999 999,999 € would otherwise read "1 000 000 €", not "1 M€".
  if (Math.abs(Math.round(value)) < ONE_MILLION) return formatEuroFullFr(value);
  return `${millions.format(value / ONE_MILLION)}\u00a0${frStrings.millionEuroSymbol}`;
}
