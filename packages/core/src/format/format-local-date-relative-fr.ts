import { type LocalDate, localStartInstant, toLocalDate } from '../time/local-date.js';
import { formatRelativeFr } from './format-relative-fr.js';
import { frStrings } from './fr-strings.js';
import { defaultFrTimeZone, type FrTimeZoneOptions } from './fr-time-zone-options.js';
import { relativeAmountFr } from './relative-amount-fr.js';

/**
 * Tells in French when a local date is relative to now, at the date's own precision, so a
 * month-only date is never given an invented day.
 *
 * - `day` and `datetime`: as {@link formatRelativeFr} for the day (`demain`, `dans 3 jours`…);
 *   the time is not mentioned.
 * - `month`: by calendar months: `le mois dernier`, `ce mois-ci`, `le mois prochain`, `dans 2 mois`
 *   … `dans 11 mois`, then whole years (`dans 1 an` from 12 months).
 * - `year`: `l'année dernière`, `cette année`, `l'année prochaine`, `dans 2 ans`, `il y a 3 ans`.
 *
 * @param date - A parsed local date.
 * @param now - The current instant.
 * @param options - The time zone that gives today's date (`Europe/Paris` by default).
 * @returns The French relative phrase, without a capital.
 * @example
 * formatLocalDateRelativeFr(parseLocalDate('2024-01')!, new Date('2023-12-12T10:00:00Z'))
 * //=> 'le mois prochain'
 * formatLocalDateRelativeFr(parseLocalDate('2023')!, new Date('2023-12-12T10:00:00Z'))
 * //=> 'cette année'
 */
export function formatLocalDateRelativeFr(
  date: LocalDate,
  now: Date,
  options: FrTimeZoneOptions = {},
): string {
  const timeZone = options.timeZone ?? defaultFrTimeZone;
  if (date.precision === 'day' || date.precision === 'datetime') {
    return formatRelativeFr(localStartInstant(date, timeZone), now, { timeZone });
  }
  const today = toLocalDate(now, timeZone);
  if (date.precision === 'year') {
    const years = date.year - today.year;
    return frStrings.relativeYears.get(years) ?? relativeAmountFr(years, 'year');
  }
  const months = date.year * 12 + (date.month ?? 1) - (today.year * 12 + (today.month ?? 1));
  const named = frStrings.relativeMonths.get(months);
  if (named !== undefined) return named;
  if (Math.abs(months) < 12) return relativeAmountFr(months, 'month');
  return relativeAmountFr(Math.sign(months) * Math.floor(Math.abs(months) / 12), 'year');
}
