import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { startOfDay } from 'date-fns/startOfDay';
import { frStrings } from './fr-strings.js';
import { defaultFrTimeZone, type FrTimeZoneOptions } from './fr-time-zone-options.js';
import { relativeAmountFr } from './relative-amount-fr.js';

/** From this many calendar days, the distance is told in weeks. */
const WEEKS_FROM_DAYS = 14;
/** From this many calendar days, the distance is told in months. */
const MONTHS_FROM_DAYS = 60;

/**
 * Tells in French when an instant is relative to now, by calendar days in a time zone (the time
 * of day does not count: 23:59 to 00:01 is "demain").
 *
 * Thresholds, by the calendar-day distance `d` in the zone:
 * - `d` from −2 to 2: `avant-hier`, `hier`, `aujourd'hui`, `demain`, `après-demain`;
 * - 3 ≤ |d| < 14: `dans 3 jours`, `il y a 13 jours`;
 * - 14 ≤ |d| < 60: whole weeks, rounded down (`dans 2 semaines` … `dans 8 semaines`);
 * - 60 ≤ |d|: whole calendar months between the two days, at least 2 (`dans 2 mois` …
 *   `dans 11 mois`); from 12 whole months, whole years (`dans 1 an`, `il y a 2 ans`).
 *
 * @param target - The instant to describe.
 * @param now - The current instant.
 * @param options - The time zone (`Europe/Paris` by default).
 * @returns The French relative phrase, without a capital.
 * @example
 * formatRelativeFr(new Date('2024-01-01T08:00:00Z'), new Date('2023-12-31T20:00:00Z'))
 * //=> 'demain'
 * formatRelativeFr(new Date('2023-12-26T10:00:00Z'), new Date('2023-12-12T10:00:00Z'))
 * //=> 'dans 2 semaines'
 */
export function formatRelativeFr(target: Date, now: Date, options: FrTimeZoneOptions = {}): string {
  const zone = tz(options.timeZone ?? defaultFrTimeZone);
  const days = differenceInCalendarDays(target, now, { in: zone });
  const named = frStrings.relativeDays.get(days);
  if (named !== undefined) return named;
  const sign = Math.sign(days);
  const distance = Math.abs(days);
  if (distance < WEEKS_FROM_DAYS) return relativeAmountFr(days, 'day');
  if (distance < MONTHS_FROM_DAYS) return relativeAmountFr(sign * Math.floor(distance / 7), 'week');
  const wholeMonths = Math.abs(
    differenceInMonths(startOfDay(target, { in: zone }), startOfDay(now, { in: zone }), { in: zone }),
  );
  // 60 days can hold a single whole month (1 Dec → 30 Jan); never go back below "8 semaines".
  const months = Math.max(2, wholeMonths);
  if (months < 12) return relativeAmountFr(sign * months, 'month');
  return relativeAmountFr(sign * Math.floor(months / 12), 'year');
}
