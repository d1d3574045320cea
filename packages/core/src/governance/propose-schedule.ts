import { TZDate } from '@date-fns/tz';
import type { DatedMeeting } from '../dataset/dataset.js';
import type { Cadence, Weekday } from '../schema/index.js';
import {
  type CivilDay,
  civilDay,
  civilDayText,
  civilFields,
  civilWeekday,
  WEEKDAY_ORDER,
} from '../time/civil-day.js';
import { frenchPublicHolidays } from './french-public-holidays.js';

/** What a proposed meeting date must respect. */
export interface ScheduleConstraints {
  /** Allowed weekdays; default Tuesday and Thursday. */
  readonly weekdays?: readonly Weekday[];
  /** Local start time `HH:MM`; default `14:00`. */
  readonly time?: string;
  /** Default `Europe/Paris`. */
  readonly timeZone?: string;
  /** Months (1–12) to avoid; default `[8]` (August). */
  readonly avoidMonths?: readonly number[];
  /**
   * How many dates to propose; default: the cadence minimum minus the meetings already held or
   * planned that year (never below 0). For a `per: month` cadence, the count is per month.
   */
  readonly count?: number;
}

/** The year to plan, the meetings already known, the current instant and the constraints. */
export interface ScheduleOptions {
  readonly year: number;
  /** Known meetings; only those of the body (or group) are looked at. */
  readonly existing: readonly DatedMeeting[];
  readonly now: Date;
  readonly constraints?: ScheduleConstraints;
}

/** A proposed meeting date. */
export interface ScheduleProposal {
  /** Local start (`2024-03-12T14:00`). */
  readonly start: string;
  /** Epoch milliseconds of the start. */
  readonly startsAt: number;
  /** 1-based rank of the proposal in the year. */
  readonly slot: number;
}

const DEFAULT_WEEKDAYS: readonly Weekday[] = ['TU', 'TH'];

/**
 * Proposes meeting dates for a body (or working group) so it meets its cadence. Dates are
 * spread evenly over the year, or over what is left of it after today: the span is cut into
 * `count` equal parts and each proposal takes the allowed day nearest the middle of its part
 * (the earlier on a tie). An allowed day is in the year, after today (local), on an allowed
 * weekday, not a French public holiday, not in an avoided month (August by default), not between
 * 24 December and 1 January inclusive, and not a day on which the body already has a meeting
 * that is not cancelled. When fewer days are allowed than requested, every allowed day is
 * proposed. The result is deterministic.
 *
 * @param body - The body or group: its `id` and `cadence`.
 * @param options - `year`, `existing` meetings, `now` and `constraints`.
 * @returns The proposals, in chronological order.
 * @example
 * proposeSchedule(
 *   { id: 'comite-operationnel', cadence: { per: 'year', min: 3, max: 4 } },
 *   { year: 2024, existing: [], now: new Date('2023-12-01T00:00:00Z') },
 * ).map((p) => p.start)
 * //=> ['2024-02-29T14:00', '2024-07-02T14:00', '2024-10-31T14:00']
 */
export function proposeSchedule(
  body: { readonly id: string; readonly cadence?: Cadence },
  options: ScheduleOptions,
): ScheduleProposal[] {
  const { year, now } = options;
  const constraints = options.constraints ?? {};
  const timeZone = constraints.timeZone ?? 'Europe/Paris';
  const time = constraints.time ?? '14:00';
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const weekdays = new Set((constraints.weekdays ?? DEFAULT_WEEKDAYS).map((w) => WEEKDAY_ORDER.indexOf(w)));
  const avoidMonths = new Set(constraints.avoidMonths ?? [8]);
  const holidays = new Set(frenchPublicHolidays(year));

  const own = options.existing.filter(
    (m) => (m.body === body.id || m.group === body.id) && m.status !== 'cancelled',
  );
  const busy = new Set<CivilDay>();
  for (const m of own) {
    const s = m.when.start;
    if (s.month !== undefined && s.day !== undefined) busy.add(civilDay(s.year, s.month, s.day));
  }
  const ofYear = own.filter((m) => m.when.start.year === year);

  const nowLocal = new TZDate(now.getTime(), timeZone);
  const tomorrow = civilDay(nowLocal.getFullYear(), nowLocal.getMonth() + 1, nowLocal.getDate()) + 1;
  const allowed = (day: CivilDay): boolean => {
    const f = civilFields(day);
    return (
      weekdays.has(civilWeekday(day)) &&
      !holidays.has(civilDayText(day)) &&
      !avoidMonths.has(f.month) &&
      !(f.month === 12 && f.day >= 24) &&
      !(f.month === 1 && f.day === 1) &&
      !busy.has(day)
    );
  };
  const daysBetween = (lo: CivilDay, hi: CivilDay): CivilDay[] => {
    const days: CivilDay[] = [];
    for (let day = Math.max(lo, tomorrow); day <= hi; day++) if (allowed(day)) days.push(day);
    return days;
  };

  const chosen: CivilDay[] = [];
  if (body.cadence?.per === 'month') {
    for (let month = 1; month <= 12; month++) {
      const held = ofYear.filter((m) => m.when.start.month === month).length;
      const count = constraints.count ?? Math.max(0, body.cadence.min - held);
      const lo = civilDay(year, month, 1);
      const hi = civilDay(year, month + 1, 0);
      chosen.push(...spread(daysBetween(lo, hi), count, Math.max(lo, tomorrow), hi));
    }
  } else {
    const count = constraints.count ?? Math.max(0, (body.cadence?.min ?? 0) - ofYear.length);
    const lo = civilDay(year, 1, 1);
    const hi = civilDay(year, 12, 31);
    chosen.push(...spread(daysBetween(lo, hi), count, Math.max(lo, tomorrow), hi));
  }

  return chosen
    .sort((a, b) => a - b)
    .map((day, i) => {
      const f = civilFields(day);
      return {
        start: `${civilDayText(day)}T${time}`,
        startsAt: new TZDate(f.year, f.month - 1, f.day, hour, minute, timeZone).getTime(),
        slot: i + 1,
      };
    });
}

/** Picks `count` candidates nearest the middles of `count` equal parts of [lo, hi]. */
function spread(candidates: readonly CivilDay[], count: number, lo: CivilDay, hi: CivilDay): CivilDay[] {
  if (count <= 0 || candidates.length === 0) return [];
  if (candidates.length <= count) return [...candidates];
  const length = hi - lo + 1;
  const used = new Set<number>();
  for (let k = 0; k < count; k++) {
    const target = lo + ((k + 0.5) * length) / count - 0.5;
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (used.has(i)) continue;
      if (best < 0 || Math.abs(candidates[i]! - target) < Math.abs(candidates[best]! - target)) best = i;
    }
    used.add(best);
  }
  return [...used].sort((a, b) => a - b).map((i) => candidates[i]!);
}
