import { calendarMeetings, type Dataset, type DatedMeeting, toLocalDate } from '@ptce/core';

/** The meetings a site shows: the data file's, and the occurrences of its series around today. */
export interface SiteMeetings {
  /** Sorted by start, then id. */
  readonly all: readonly DatedMeeting[];
  readonly byId: ReadonlyMap<string, DatedMeeting>;
  /** The original local start of each moved occurrence of a series, by meeting id. */
  readonly movedFrom: ReadonlyMap<string, string>;
}

// A dataset is immutable and the series window moves by the day: computed once per dataset and day.
const memo = new WeakMap<Dataset, { readonly day: string; readonly value: SiteMeetings }>();

/** The meetings of a site on the local day of `now`, computed once per dataset and day. */
export function siteMeetings(dataset: Dataset, now: Date): SiteMeetings {
  const day = toLocalDate(now, dataset.timeZone).text.slice(0, 10);
  const hit = memo.get(dataset);
  if (hit?.day === day) return hit.value;
  const all = calendarMeetings(dataset, { now });
  const movedFrom = new Map<string, string>();
  for (const series of dataset.series) {
    for (const exception of series.exceptions) {
      if (exception.status !== 'moved') continue;
      const original =
        exception.original.length === 10 ? `${exception.original}T${series.time}` : exception.original;
      movedFrom.set(`${series.id}-${exception.original.slice(0, 10)}`, original);
    }
  }
  const value: SiteMeetings = { all, byId: new Map(all.map((m) => [m.id, m])), movedFrom };
  memo.set(dataset, { day, value });
  return value;
}

/**
 * The local start a meeting had before it was moved: by an exception of its series, or by the
 * staff on Discord (the base dataset then has it at another date). `undefined` when it was not moved.
 */
export function movedFromStart(
  meeting: DatedMeeting,
  meetings: SiteMeetings,
  base: Dataset | undefined,
): string | undefined {
  const fromSeries = meetings.movedFrom.get(meeting.id);
  if (fromSeries !== undefined) return fromSeries;
  const before = base?.meetingById.get(meeting.id);
  return before !== undefined && before.start !== meeting.start ? before.start : undefined;
}
