import { TZDate, tzOffset } from '@date-fns/tz';
import { type CivilDay, civilFields } from './civil-day.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// Whether a zone's offset holds all around a local day, memoised per zone and day. The memo is
// invisible to callers (same inputs, same outputs) and bounded; it makes a plan of 100,000
// reminders cost one `tzOffset` pair per distinct day instead of one `TZDate` per reminder.
const steadyOffsets = new Map<string, Map<CivilDay, number | null>>();
const MEMO_LIMIT = 50_000;
let memoSize = 0;

/**
 * The instant of a wall-clock time on a local calendar day in a time zone.
 *
 * Every wall time of a day lies, as an instant, between 14 hours before the day's start read as
 * UTC and 14 hours after its end (no zone is further than UTC−12 or UTC+14). When the zone's
 * offset is the same at both ends of that window (no zone changes its offset twice in so short a
 * time), every time of the day is the wall time minus that offset, which is plain arithmetic. On
 * the days next to a change `TZDate` settles it: a time that does not exist (02:30 on the last
 * Sunday of March in Paris) moves forward by the gap, and a time that happens twice (02:30 on the
 * last Sunday of October) resolves to its second occurrence.
 *
 * @param day - The local calendar day, as days since 1970-01-01 (see {@link civilDay}).
 * @param minuteOfDay - Minutes since local midnight, 0–1439 (`09:00` is 540).
 * @param timeZone - An IANA time zone.
 * @returns Epoch milliseconds.
 * @example
 * new Date(wallClockInstant(civilDay(2024, 3, 30), 540, 'Europe/Paris')).toISOString()
 * //=> '2024-03-30T08:00:00.000Z'
 * new Date(wallClockInstant(civilDay(2024, 3, 31), 540, 'Europe/Paris')).toISOString()
 * //=> '2024-03-31T07:00:00.000Z'
 */
export function wallClockInstant(day: CivilDay, minuteOfDay: number, timeZone: string): number {
  const offset = steadyOffset(day, timeZone);
  if (offset !== null) return day * DAY_MS + minuteOfDay * MINUTE_MS - offset;
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

/** The zone's offset in ms when it holds all around a local day, else `null`. */
function steadyOffset(day: CivilDay, timeZone: string): number | null {
  let days = steadyOffsets.get(timeZone);
  if (days === undefined) {
    days = new Map();
    steadyOffsets.set(timeZone, days);
  }
  let offset = days.get(day);
  if (offset === undefined) {
    const before = tzOffset(timeZone, new Date(day * DAY_MS - 14 * HOUR_MS));
    const after = tzOffset(timeZone, new Date((day + 1) * DAY_MS + 14 * HOUR_MS));
    offset = before === after && Number.isFinite(before) ? before * MINUTE_MS : null;
    if (++memoSize > MEMO_LIMIT) {
      for (const zone of steadyOffsets.values()) zone.clear();
      memoSize = 1;
    }
    days.set(day, offset);
  }
  return offset;
}
