import { formatCountFr } from './format-count-fr.js';
import { type FrUnit, frStrings } from './fr-strings.js';

/**
 * A signed amount of a calendar unit as a French relative phrase.
 *
 * @param amount - Positive for the future, negative for the past; not zero.
 * @param unit - The calendar unit.
 * @returns `dans 3 jours`, `il y a 1 an`…
 * @example
 * relativeAmountFr(-3, 'day')
 * //=> 'il y a 3 jours'
 */
export function relativeAmountFr(amount: number, unit: FrUnit): string {
  const [singular, plural] = frStrings.units[unit];
  const count = formatCountFr(Math.abs(amount), singular, plural);
  return amount < 0 ? frStrings.past(count) : frStrings.future(count);
}
