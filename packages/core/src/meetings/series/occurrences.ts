import { tzOffset } from '@date-fns/tz';
import type { Series, SeriesException } from '../../schema/index.js';
import { type CivilDay, civilDay, civilDayText, pad2 } from '../../time/civil-day.js';
import { daysInMonth, parseLocalDate } from '../../time/index.js';
import { wallClockInstant } from '../../time/wall-clock-instant.js';
import { ruleDays } from './rule-days.js';

/** The instants to expand a series over, and the default time zone. */
export interface OccurrenceRange {
  /** First instant, inclusive. */
  readonly from: Date;
  /** Last instant, exclusive. */
  readonly to: Date;
  /** Time zone used when the series has none (default `Europe/Paris`). */
  readonly timeZone?: string;
}

/** Whether an occurrence keeps its rule date, was moved, or was cancelled. */
export type OccurrenceStatus = 'planned' | 'moved' | 'cancelled';

/** One meeting of a recurring series. */
export interface Occurrence {
  /** Stable id: `${series.id}-${YYYY-MM-DD}` of the original local day, kept when moved. */
  readonly id: string;
  readonly seriesId: string;
  /** The local start the rule gives (`2024-01-02T18:00`). */
  readonly original: string;
  /** The actual local start: the new one when moved (`2024-01-09T18:00`). */
  readonly start: string;
  /** Epoch milliseconds of `start` in `timeZone`. */
  readonly startsAt: number;
  /** `startsAt` plus the series' duration. */
  readonly endsAt: number;
  readonly timeZone: string;
  readonly status: OccurrenceStatus;
  /** The exception's note, if any. */
  readonly note?: string;
}

const DEFAULT_TIME_ZONE = 'Europe/Paris';

/**
 * Expands a recurring series into its occurrences between two instants. The wall-clock time
 * stays the same across daylight-saving changes (18:00 stays 18:00 local). Exceptions are matched
 * on the original local day: a cancelled occurrence is kept with status `cancelled` (so callers
 * can show it); a moved one carries its new start and keeps its id. An occurrence is in the
 * range when its actual start is (`from` inclusive, `to` exclusive).
 *
 * @param series - A validated series.
 * @param range - `from` and `to` instants, and the time zone to use when the series has none.
 * @returns The occurrences sorted by start, then id.
 * @example
 * occurrences(
 *   { id: 'gt1', title: 'GT1', frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 1, time: '18:00', durationMinutes: 120, from: '2024-01-01', exceptions: [] },
 *   { from: new Date('2024-03-01T00:00:00Z'), to: new Date('2024-05-01T00:00:00Z') },
 * ).map((o) => [o.start, new Date(o.startsAt).toISOString()])
 * //=> [['2024-03-05T18:00', '2024-03-05T17:00:00.000Z'], ['2024-04-02T18:00', '2024-04-02T16:00:00.000Z']]
 */
export function occurrences(series: Series, range: OccurrenceRange): Occurrence[] {
  const timeZone = series.timeZone ?? range.timeZone ?? DEFAULT_TIME_ZONE;
  const fromMs = range.from.getTime();
  const toMs = range.to.getTime();
  if (!(toMs > fromMs)) return [];
  const first = firstDay(series.from);
  const last = series.until === undefined ? Number.POSITIVE_INFINITY : lastDay(series.until);
  const minuteOfDay = minutesOf(series.time);
  const exceptions = new Map<string, SeriesException>();
  for (const exception of series.exceptions) exceptions.set(exception.original.slice(0, 10), exception);

  // One local day of margin on each side covers every offset from UTC.
  const lo = localDay(fromMs, timeZone) - 1;
  const hi = Math.min(localDay(toMs, timeZone) + 1, last);
  const days = ruleDays(series, first, lo, hi);
  const seen = new Set(days);
  // A moved occurrence may land in the range although its rule day is far outside it.
  for (const exception of exceptions.values()) {
    if (exception.status !== 'moved') continue;
    const original = parseLocalDate(exception.original.slice(0, 10));
    if (!original || original.month === undefined || original.day === undefined) continue;
    const day = civilDay(original.year, original.month, original.day);
    if (seen.has(day) || day > last) continue;
    if (ruleDays(series, first, day, day).length === 1) {
      days.push(day);
      seen.add(day);
    }
  }

  const result: Occurrence[] = [];
  const duration = series.durationMinutes * 60_000;
  for (const day of days) {
    const dayText = civilDayText(day);
    const original = `${dayText}T${series.time}`;
    const exception = exceptions.get(dayText);
    const moved = exception?.status === 'moved' ? movedStart(exception, series.time) : undefined;
    const start = moved ?? original;
    const startsAt = moved
      ? wallClockInstant(civilDayOf(moved), minutesOf(moved.slice(11)), timeZone)
      : wallClockInstant(day, minuteOfDay, timeZone);
    if (startsAt < fromMs || startsAt >= toMs) continue;
    const status: OccurrenceStatus = moved
      ? 'moved'
      : exception?.status === 'cancelled'
        ? 'cancelled'
        : 'planned';
    const id = `${series.id}-${dayText}`;
    const endsAt = startsAt + duration;
    result.push(
      exception?.note === undefined
        ? { id, seriesId: series.id, original, start, startsAt, endsAt, timeZone, status }
        : {
            id,
            seriesId: series.id,
            original,
            start,
            startsAt,
            endsAt,
            timeZone,
            status,
            note: exception.note,
          },
    );
  }
  return result.sort((a, b) => a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function firstDay(text: string): CivilDay {
  const date = parseLocalDate(text);
  if (!date) throw new RangeError(`Date de début de série impossible : ${text}`);
  return civilDay(date.year, date.month ?? 1, date.day ?? 1);
}

function lastDay(text: string): CivilDay {
  const date = parseLocalDate(text);
  if (!date) throw new RangeError(`Date de fin de série impossible : ${text}`);
  if (date.month === undefined) return civilDay(date.year, 12, 31);
  return civilDay(date.year, date.month, date.day ?? daysInMonth(date.year, date.month));
}

function localDay(ms: number, timeZone: string): CivilDay {
  return Math.floor((ms + tzOffset(timeZone, new Date(ms)) * 60_000) / 86_400_000);
}

function movedStart(exception: SeriesException, time: string): string {
  const start = exception.start === undefined ? undefined : parseLocalDate(exception.start);
  if (!start || start.day === undefined) {
    throw new RangeError(
      `Séance déplacée sans nouveau jour valide : ${exception.original} → ${exception.start ?? '(absent)'}`,
    );
  }
  const day = `${start.year}-${pad2(start.month ?? 1)}-${pad2(start.day)}`;
  return start.precision === 'datetime' ? start.text : `${day}T${time}`;
}

function civilDayOf(text: string): CivilDay {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  return civilDay(y, m, d);
}

function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}
