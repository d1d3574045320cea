import { TZDate, tzOffset } from '@date-fns/tz';
import { type CivilDay, civilFields } from './civil-day.js';

const DAY_MS = 86_400_000;

/**
 * The instant of a wall-clock time on a civil day in a time zone. Away from offset changes this is
 * plain arithmetic on one offset, several times cheaper than building a `TZDate`; on a day next
 * to a change, `TZDate` settles it, so a time skipped in spring moves forward by the gap and a
 * time repeated in autumn takes its second occurrence, as everywhere else in core.
 *
 * @param day - The local civil day (days since 1970-01-01).
 * @param minuteOfDay - Minutes since local midnight (`18:00` is 1080).
 * @param timeZone - An IANA time zone.
 * @returns Epoch milliseconds.
 * @example
 * new Date(localInstant(civilDay(2024, 4, 2), 1080, 'Europe/Paris')).toISOString()
 * //=> '2024-04-02T16:00:00.000Z'
 */
export function localInstant(day: CivilDay, minuteOfDay: number, timeZone: string): number {
  const wall = day * DAY_MS + minuteOfDay * 60_000;
  const before = tzOffset(timeZone, new Date(wall - DAY_MS));
  if (before === tzOffset(timeZone, new Date(wall + DAY_MS))) return wall - before * 60_000;
  const f = civilFields(day);
  return new TZDate(
    f.year,
    f.month - 1,
    f.day,
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
    timeZone,
  ).getTime();
}
