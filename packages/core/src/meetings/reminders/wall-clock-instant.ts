import { TZDate, tzOffset } from '@date-fns/tz';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * Resolves a wall-clock time on a local calendar day into an instant.
 *
 * @param dayNumber - The local calendar day, as days since 1970-01-01 (`Date.UTC(y, m - 1, d) / 864e5`).
 * @param minuteOfDay - Minutes since local midnight (`09:00` is 540).
 * @param timeZone - An IANA time zone.
 * @returns Epoch milliseconds.
 * @example
 * new Date(wallClockInstant(Date.UTC(2024, 2, 30) / 864e5, 540, 'Europe/Paris')).toISOString()
 * //=> '2024-03-30T08:00:00.000Z'
 */
export type WallClockInstant = (dayNumber: number, minuteOfDay: number, timeZone: string) => number;

/**
 * The instant of a local wall-clock time. `TZDate` settles the DST edge cases: a time that does
 * not exist (02:30 on the last Sunday of March in Paris) moves forward by the gap, and a time that
 * happens twice (02:30 on the last Sunday of October) resolves to its second occurrence.
 *
 * @param dayNumber - The local calendar day, as days since 1970-01-01.
 * @param minuteOfDay - Minutes since local midnight.
 * @param timeZone - An IANA time zone.
 * @returns Epoch milliseconds.
 * @example
 * new Date(wallClockInstant(Date.UTC(2024, 2, 31) / 864e5, 540, 'Europe/Paris')).toISOString()
 * //=> '2024-03-31T07:00:00.000Z'
 */
export const wallClockInstant: WallClockInstant = (dayNumber, minuteOfDay, timeZone) => {
  const day = new Date(dayNumber * DAY_MS);
  return new TZDate(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
    timeZone,
  ).getTime();
};

/**
 * A `wallClockInstant` for resolving many times at once, as a plan does. `TZDate` costs about
 * 20 µs a call, so this one asks `tzOffset` once per local day and zone whether the offset stays
 * the same from 14 hours before that day to 14 hours after it (no zone changes its offset twice in
 * so short a time). Then every time of that day is the wall time minus that offset. On the days
 * around a change it falls back to `wallClockInstant`, remembering each answer. The memo lives
 * only as long as the returned function: nothing global.
 *
 * @returns A memoised `WallClockInstant`, with the same results as `wallClockInstant`.
 * @example
 * const instantOf = memoizedWallClockInstant();
 * instantOf(19812, 540, 'Europe/Paris') === wallClockInstant(19812, 540, 'Europe/Paris')
 * //=> true
 */
export function memoizedWallClockInstant(): WallClockInstant {
  const steadyByZone = new Map<string, Map<number, number | null>>();
  const exactByZone = new Map<string, Map<number, number>>();
  return (dayNumber, minuteOfDay, timeZone) => {
    let steady = steadyByZone.get(timeZone);
    if (!steady) {
      steady = new Map();
      steadyByZone.set(timeZone, steady);
    }
    let offset = steady.get(dayNumber);
    if (offset === undefined) {
      offset = steadyOffset(dayNumber, timeZone);
      steady.set(dayNumber, offset);
    }
    if (offset !== null) return dayNumber * DAY_MS + minuteOfDay * MINUTE_MS - offset;

    let exact = exactByZone.get(timeZone);
    if (!exact) {
      exact = new Map();
      exactByZone.set(timeZone, exact);
    }
    const slot = dayNumber * 1440 + minuteOfDay;
    let instant = exact.get(slot);
    if (instant === undefined) {
      instant = wallClockInstant(dayNumber, minuteOfDay, timeZone);
      exact.set(slot, instant);
    }
    return instant;
  };
}

/** The zone's offset in ms when it holds all around a local day, else `null`. */
function steadyOffset(dayNumber: number, timeZone: string): number | null {
  const before = tzOffset(timeZone, new Date(dayNumber * DAY_MS - 14 * HOUR_MS));
  const after = tzOffset(timeZone, new Date((dayNumber + 1) * DAY_MS + 14 * HOUR_MS));
  return before === after && Number.isFinite(before) ? before * MINUTE_MS : null;
}

/**
 * The local calendar day number of a year, month and day (days since 1970-01-01).
 *
 * @param year - The year.
 * @param month - The month, 1–12.
 * @param day - The day of the month.
 * @returns The day number.
 * @example
 * localDayNumber(1970, 1, 2)
 * //=> 1
 */
export function localDayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
