import type { Dataset, DatedMeeting } from '../dataset/dataset.js';
import type { MeetingStatus } from '../schema/index.js';

/** Which meetings a query looks at. */
export interface MeetingFilter {
  /** A body, group or sub-group id. Several ids match any of them. */
  readonly target?: string | readonly string[];
  /** Statuses to keep; all by default. */
  readonly statuses?: readonly MeetingStatus[];
}

function matches(meeting: DatedMeeting, filter: MeetingFilter): boolean {
  if (filter.statuses && !filter.statuses.includes(meeting.status)) return false;
  if (filter.target === undefined) return true;
  const targets = typeof filter.target === 'string' ? [filter.target] : filter.target;
  return targets.includes(meeting.body ?? '') || targets.includes(meeting.group ?? '');
}

function candidates(dataset: Dataset, filter: MeetingFilter): readonly DatedMeeting[] {
  if (typeof filter.target === 'string') return dataset.meetingsByTarget.get(filter.target) ?? [];
  return dataset.meetings;
}

/** The index of the first meeting starting at or after `t` (binary search on the sorted starts). */
function firstStartingAt(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The meetings that may overlap `[from, …)`, in order, for a filter. The whole list is sorted by
 * start, so a binary search skips everything that ended before `from` (no meeting spans more than
 * `maxMeetingSpan`).
 */
function* fromInstant(dataset: Dataset, filter: MeetingFilter, from: number): Generator<DatedMeeting> {
  if (typeof filter.target === 'string') {
    yield* candidates(dataset, filter);
    return;
  }
  const start = firstStartingAt(dataset.meetingStarts, from - dataset.maxMeetingSpan);
  for (let i = start; i < dataset.meetings.length; i++) yield dataset.meetings[i]!;
}

/**
 * The meetings that match a filter, in chronological order.
 *
 * @param dataset - The dataset.
 * @param filter - Target and statuses.
 * @returns The matching meetings, sorted by start.
 * @example
 * meetingsOf(dataset, { target: 'conseil-administration' }).map((m) => m.start)
 * //=> ['2023-02-07', '2023-04-11', '2023-11-09']
 */
export function meetingsOf(dataset: Dataset, filter: MeetingFilter = {}): DatedMeeting[] {
  return candidates(dataset, filter).filter((m) => matches(m, filter));
}

/**
 * The next meeting that has not started yet and is not cancelled. A meeting known only to the
 * day or month counts as upcoming until its day or month is over. Held meetings count too, so
 * that a question asked "as of" a past date (`now`) is answered as it would have been then.
 *
 * @param dataset - The dataset.
 * @param now - The current instant.
 * @param filter - Target (body, group) and statuses (default: planned and held).
 * @returns The next meeting, or `undefined` when none is planned.
 * @example
 * nextMeeting(dataset, new Date('2023-12-01T00:00:00Z'), { target: 'comite-strategique' })?.start
 * //=> '2023-12-12'
 */
export function nextMeeting(
  dataset: Dataset,
  now: Date,
  filter: MeetingFilter = {},
): DatedMeeting | undefined {
  return upcomingMeetings(dataset, now, filter)[0];
}

/**
 * Every meeting still ahead (or under way for coarse dates), in chronological order.
 *
 * @param dataset - The dataset.
 * @param now - The current instant.
 * @param filter - Target and statuses (default: planned and held, that is not cancelled).
 * @returns The upcoming meetings.
 * @example
 * upcomingMeetings(dataset, new Date('2023-12-01T00:00:00Z')).length
 * //=> 8
 */
export function upcomingMeetings(dataset: Dataset, now: Date, filter: MeetingFilter = {}): DatedMeeting[] {
  const t = now.getTime();
  const f = { statuses: ['planned', 'held'] as const, ...filter };
  const out: DatedMeeting[] = [];
  for (const m of fromInstant(dataset, f, t)) if (isAhead(m, t) && matches(m, f)) out.push(m);
  return out;
}

function isAhead(meeting: DatedMeeting, t: number): boolean {
  return meeting.when.start.precision === 'datetime' ? meeting.when.startsAt > t : meeting.when.endsAt > t;
}

/**
 * The most recent meeting that has started (held or planned, not cancelled, by default).
 *
 * @param dataset - The dataset.
 * @param now - The current instant.
 * @param filter - Target and statuses (default: held and planned).
 * @returns The last meeting, or `undefined`.
 * @example
 * lastMeeting(dataset, new Date('2024-01-01T00:00:00Z'), { target: 'comite-operationnel' })?.start
 * //=> '2023-11-14'
 */
export function lastMeeting(
  dataset: Dataset,
  now: Date,
  filter: MeetingFilter = {},
): DatedMeeting | undefined {
  const t = now.getTime();
  const f = { statuses: ['held', 'planned'] as const, ...filter };
  const list = candidates(dataset, f);
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!;
    if (!isAhead(m, t) && matches(m, f)) return m;
  }
  return undefined;
}

/**
 * The meetings that overlap a range `[from, to)`. A month-only meeting is in the range when its
 * month overlaps it.
 *
 * @param dataset - The dataset.
 * @param range - `from` (inclusive) and `to` (exclusive) instants.
 * @param filter - Target and statuses.
 * @returns The meetings in the range, in chronological order.
 * @example
 * meetingsInRange(dataset, { from: new Date('2023-01-01T00:00:00+01:00'), to: new Date('2024-01-01T00:00:00+01:00') }).length
 * //=> 30
 */
export function meetingsInRange(
  dataset: Dataset,
  range: { readonly from: Date; readonly to: Date },
  filter: MeetingFilter = {},
): DatedMeeting[] {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const out: DatedMeeting[] = [];
  for (const m of fromInstant(dataset, filter, from)) {
    if (m.when.startsAt >= to) break;
    if (Math.max(m.when.endsAt, m.when.startsAt + 1) > from && matches(m, filter)) out.push(m);
  }
  return out;
}
