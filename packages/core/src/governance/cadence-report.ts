import type { Dataset, DatedMeeting } from '../dataset/dataset.js';
import type { Cadence, GroupStatus } from '../schema/index.js';
import { civilDay, civilDayText } from '../time/civil-day.js';
import { daysInMonth, toLocalDate } from '../time/index.js';
import { type CadenceStatus, cadenceStatus } from './cadence-status.js';
import { yearMeetings } from './year-meetings.js';

/** The body or working group a cadence entry is about. */
export interface CadenceTarget {
  readonly kind: 'body' | 'group';
  readonly id: string;
  readonly name: string;
}

/** How a `per: month` cadence stands in one month. */
export interface CadenceMonth {
  /** 1–12. */
  readonly month: number;
  readonly held: number;
  readonly planned: number;
  readonly cancelled: number;
  readonly status: CadenceStatus;
  /** Meetings still needed in that month to reach the minimum. */
  readonly shortfall: number;
  /** Local day (`YYYY-MM-DD`) by which the month's next meeting is due, if the minimum is not met. */
  readonly nextDueBy?: string;
}

/** How one body or working group stands against its cadence in a year. */
export interface CadenceEntry {
  readonly target: CadenceTarget;
  readonly cadence: Cadence;
  readonly year: number;
  /** Meetings expected in the year: the cadence itself, or per month times the months judged. */
  readonly expected: { readonly min: number; readonly max: number };
  readonly held: number;
  readonly planned: number;
  readonly cancelled: number;
  readonly meetings: {
    readonly held: readonly DatedMeeting[];
    readonly planned: readonly DatedMeeting[];
    readonly cancelled: readonly DatedMeeting[];
  };
  readonly status: CadenceStatus;
  /** Meetings still needed to reach the minimum (for `per: month`, summed over the months). */
  readonly shortfall: number;
  /**
   * Local day (`YYYY-MM-DD`) by which the next meeting must happen to stay on cadence, or
   * `undefined` when the minimum is met or can no longer be reached.
   */
  readonly nextDueBy?: string;
  /** Month by month, for `per: month` cadences only: the months the group was active. */
  readonly months?: readonly CadenceMonth[];
}

/** The year to report on, the current instant and the time zone that decides "today". */
export interface CadenceReportOptions {
  readonly year: number;
  readonly now: Date;
  /** Defaults to the dataset's time zone. */
  readonly timeZone?: string;
}

const SEVERITY: readonly CadenceStatus[] = ['missed', 'behind', 'over', 'on-track'];

interface ActiveMonths {
  readonly first: number;
  readonly last: number;
}

const ALL_YEAR: ActiveMonths = { first: 1, last: 12 };

/**
 * How every body and working group that declares a cadence stands against it in a year.
 *
 * Counting: held and planned meetings count (cancelled ones are listed, not counted), by the
 * year (and month) of their local start; month-only dates count in their month, year-only dates
 * in the year but in no month. A working group's count includes its sub-groups' meetings. Groups
 * not active in the year (closed or split before it, started after it) are left out; for a
 * `per: month` cadence, only the months a group was active are judged (from an active group's
 * `since` month; until the month before a closed or split group's `since` month). Yearly
 * cadences are judged over the whole year.
 *
 * `per: year` cadences follow `cadenceStatus` with the year's 12 months as slots: for a minimum
 * of N, the k-th meeting is due by the end of month ⌈12·k/N⌉ (`nextDueBy` is that month's last
 * day); the minimum is missed once the year is over, or when more meetings are missing than
 * months are left (the current month included). `per: month` cadences are judged month by month
 * with the month's days as slots (for 2 a month: by the 15th or 16th, then by the last day); the
 * entry takes the most serious month status (missed, then behind, then over), and `nextDueBy` is
 * the first due day from the current month on.
 *
 * @param dataset - The dataset.
 * @param options - `year`, `now`, and the time zone that decides today (dataset's by default).
 * @returns One entry per body, then per working group, that declares a cadence, in dataset order.
 * @example
 * cadenceReport(dataset, { year: 2023, now: new Date('2024-01-15T00:00:00Z') })
 *   .map((e) => [e.target.id, e.held, e.status])
 * //=> [['comite-strategique', 1, 'on-track'], ['comite-operationnel', 1, 'missed'], ['comite-de-pilotage', 1, 'on-track'], ['fondation-territoriale', 1, 'on-track']]
 */
export function cadenceReport(dataset: Dataset, options: CadenceReportOptions): CadenceEntry[] {
  const { year } = options;
  const today = toLocalDate(options.now, options.timeZone ?? dataset.timeZone);
  const targets: { target: CadenceTarget; cadence: Cadence; months: ActiveMonths }[] = [];
  for (const body of dataset.bodies) {
    if (body.cadence) {
      targets.push({
        target: { kind: 'body', id: body.id, name: body.name },
        cadence: body.cadence,
        months: ALL_YEAR,
      });
    }
  }
  for (const group of dataset.groups) {
    const months = activeMonths(group.status, year);
    if (group.cadence && months) {
      targets.push({
        target: { kind: 'group', id: group.id, name: group.name },
        cadence: group.cadence,
        months,
      });
    }
  }
  return targets.map(({ target, cadence, months: active }) => {
    const meetings = yearMeetings(dataset, target.id, year);
    const counts = {
      held: meetings.held.length,
      planned: meetings.planned.length,
      cancelled: meetings.cancelled.length,
    };
    const base = { target, cadence, year, ...counts, meetings };
    if (cadence.per === 'year') {
      const current = today.year < year ? 0 : today.year > year ? 13 : (today.month ?? 1);
      const pace = cadenceStatus({ ...cadence, count: counts.held + counts.planned, slots: 12, current });
      const entry: CadenceEntry = {
        ...base,
        expected: { min: cadence.min, max: cadence.max },
        status: pace.status,
        shortfall: pace.shortfall,
      };
      return pace.dueSlot === undefined
        ? entry
        : {
            ...entry,
            nextDueBy: civilDayText(civilDay(year, pace.dueSlot, daysInMonth(year, pace.dueSlot))),
          };
    }
    const months = monthlyCadence(cadence, year, today, meetings).filter(
      (m) => m.month >= active.first && m.month <= active.last,
    );
    const status = SEVERITY.find((s) => months.some((m) => m.status === s)) ?? 'on-track';
    const nextDueBy = months.find((m) => m.nextDueBy !== undefined)?.nextDueBy;
    const entry: CadenceEntry = {
      ...base,
      expected: { min: months.length * cadence.min, max: months.length * cadence.max },
      status,
      shortfall: months.reduce((sum, m) => sum + m.shortfall, 0),
      months,
    };
    return nextDueBy === undefined ? entry : { ...entry, nextDueBy };
  });
}

/**
 * The months of `year` in which a group is expected to meet: from the month an active group
 * started (`since`), until the month before a closed or split group stopped. A year-only `since`
 * leaves the whole year; `undefined` means the group was not active that year.
 */
function activeMonths(status: GroupStatus, year: number): ActiveMonths | undefined {
  if (status.since === undefined) return ALL_YEAR;
  const sinceYear = Number(status.since.slice(0, 4));
  const sinceMonth = status.since.length >= 7 ? Number(status.since.slice(5, 7)) : undefined;
  if (status.state === 'active') {
    if (sinceYear > year) return undefined;
    return sinceYear === year && sinceMonth !== undefined ? { first: sinceMonth, last: 12 } : ALL_YEAR;
  }
  if (sinceYear < year) return undefined;
  if (sinceYear > year || sinceMonth === undefined) return ALL_YEAR;
  return sinceMonth > 1 ? { first: 1, last: sinceMonth - 1 } : undefined;
}

function monthlyCadence(
  cadence: Cadence,
  year: number,
  today: { year: number; month?: number; day?: number },
  meetings: {
    held: readonly DatedMeeting[];
    planned: readonly DatedMeeting[];
    cancelled: readonly DatedMeeting[];
  },
): CadenceMonth[] {
  const inMonth = (list: readonly DatedMeeting[], month: number) =>
    list.filter((m) => m.when.start.month === month).length;
  const todayIndex = today.year * 12 + (today.month ?? 1);
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const slots = daysInMonth(year, month);
    const index = year * 12 + month;
    const current = index < todayIndex ? slots + 1 : index > todayIndex ? 0 : (today.day ?? 1);
    const held = inMonth(meetings.held, month);
    const planned = inMonth(meetings.planned, month);
    const pace = cadenceStatus({ ...cadence, count: held + planned, slots, current });
    const entry: CadenceMonth = {
      month,
      held,
      planned,
      cancelled: inMonth(meetings.cancelled, month),
      status: pace.status,
      shortfall: pace.shortfall,
    };
    return pace.dueSlot === undefined
      ? entry
      : { ...entry, nextDueBy: civilDayText(civilDay(year, month, pace.dueSlot)) };
  });
}
