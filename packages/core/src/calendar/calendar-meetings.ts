import { compareMeetings, type Dataset, type DatedMeeting } from '../dataset/dataset.js';
import { seriesMeetings } from '../meetings/series/series-meetings.js';

const DAY_MS = 86_400_000;

/** Which meetings a calendar feed holds. */
export interface CalendarMeetingsOptions {
  /** The current instant: recurring series are expanded around it. */
  readonly now: Date;
  /**
   * A body, working group or sub-group id. A group takes its sub-groups' meetings too. All
   * meetings when absent.
   */
  readonly target?: string;
  /** How far back series are expanded, in days (default 365). */
  readonly pastDays?: number;
  /** How far ahead series are expanded, in days (default 365). */
  readonly futureDays?: number;
}

/**
 * The meetings of a calendar feed: every meeting of the data file, plus the occurrences of the
 * recurring series from `pastDays` before `now` to `futureDays` after it (a series has no end of
 * its own to stop at). A meeting of the file wins over an occurrence with the same id.
 *
 * @param dataset - The dataset.
 * @param options - `now`, and optionally a `target` and the series window.
 * @returns The meetings, sorted by start then id, in any precision (see `toICalendar`).
 * @example
 * calendarMeetings(dataset, { now: new Date('2024-01-01T00:00:00Z'), target: 'bureau' }).map((m) => m.start)
 * //=> ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-09-18', '2023-10-12', '2023-11-07', '2023-11-30']
 */
export function calendarMeetings(dataset: Dataset, options: CalendarMeetingsOptions): DatedMeeting[] {
  const targets = options.target === undefined ? undefined : targetIds(dataset, options.target);
  const from = new Date(options.now.getTime() - (options.pastDays ?? 365) * DAY_MS);
  const to = new Date(options.now.getTime() + (options.futureDays ?? 365) * DAY_MS);
  const byId = new Map<string, DatedMeeting>();
  for (const series of dataset.series) {
    for (const meeting of seriesMeetings(series, { from, to, timeZone: dataset.timeZone })) {
      byId.set(meeting.id, meeting);
    }
  }
  for (const meeting of dataset.meetings) byId.set(meeting.id, meeting);
  return [...byId.values()]
    .filter((m) => targets === undefined || targets.has(m.body ?? m.group ?? ''))
    .sort(compareMeetings);
}

function targetIds(dataset: Dataset, target: string): ReadonlySet<string> {
  const group = dataset.groupById.get(target);
  return new Set([target, ...(group?.subgroups.map((s) => s.id) ?? [])]);
}
