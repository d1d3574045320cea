import type { Dataset, DatedMeeting } from '../dataset/dataset.js';

/** A body's or group's meetings of one year, split by status. */
export interface YearMeetings {
  readonly held: readonly DatedMeeting[];
  readonly planned: readonly DatedMeeting[];
  readonly cancelled: readonly DatedMeeting[];
}

/**
 * The meetings of a body or working group whose local start falls in a year, split by status.
 * A working group's meetings include its sub-groups' (a sub-group meeting is the group at work).
 * Meetings known only to the month or year count in that year.
 *
 * @param dataset - The dataset.
 * @param targetId - A body or working group id.
 * @param year - The year.
 * @returns Held, planned and cancelled meetings, each sorted by start.
 * @example
 * yearMeetings(dataset, 'conseil-administration', 2023).held.length
 * //=> 3
 */
export function yearMeetings(dataset: Dataset, targetId: string, year: number): YearMeetings {
  const ids = [targetId, ...(dataset.groupById.get(targetId)?.subgroups.map((s) => s.id) ?? [])];
  const meetings = ids
    .flatMap((id) => dataset.meetingsByTarget.get(id) ?? [])
    .filter((m) => m.when.start.year === year)
    .sort((a, b) => a.when.startsAt - b.when.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    held: meetings.filter((m) => m.status === 'held'),
    planned: meetings.filter((m) => m.status === 'planned'),
    cancelled: meetings.filter((m) => m.status === 'cancelled'),
  };
}
