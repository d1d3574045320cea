import { toLocalDate } from '../time/local-date.js';
import { formatLocalDateFr } from './format-local-date-fr.js';
import { defaultFrTimeZone, type FrTimeZoneOptions } from './fr-time-zone-options.js';

/**
 * Formats an instant in French as the wall-clock date and time it is in a time zone, daylight
 * saving included.
 *
 * @param instant - The instant.
 * @param options - The time zone (`Europe/Paris` by default).
 * @returns The weekday, day, month, year and time, such as `mardi 12 décembre 2023 à 14 h`.
 * @example
 * formatInstantFr(new Date('2023-12-12T13:00:00Z'), { timeZone: 'Europe/Paris' })
 * //=> 'mardi 12 décembre 2023 à 14 h'
 */
export function formatInstantFr(instant: Date, options: FrTimeZoneOptions = {}): string {
  return formatLocalDateFr(toLocalDate(instant, options.timeZone ?? defaultFrTimeZone));
}
