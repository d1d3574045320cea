import type { Meeting } from '@ptce/core';

/**
 * Merges the meetings staff changed on Discord over the dataset's: an overlay meeting replaces
 * the dataset meeting with the same id, in place; overlay meetings unknown to the dataset follow,
 * in overlay order (the last one wins when an id repeats). Inputs are not modified. Re-date the
 * result with `datedMeeting` and sort it with `compareMeetings` when order matters.
 *
 * @param datasetMeetings - The meetings of the data file.
 * @param overlay - The meetings stored for the guild.
 * @returns The merged meetings.
 * @example
 * overlayMeetings([{ id: 'a', status: 'planned', … }, { id: 'b', … }], [{ id: 'a', status: 'cancelled', … }, { id: 'c', … }]).map((m) => `${m.id}:${m.status}`)
 * //=> ['a:cancelled', 'b:planned', 'c:planned']
 */
export function overlayMeetings(datasetMeetings: readonly Meeting[], overlay: readonly Meeting[]): Meeting[] {
  const byId = new Map<string, Meeting>();
  for (const meeting of overlay) byId.set(meeting.id, meeting);
  const merged = datasetMeetings.map((meeting) => byId.get(meeting.id) ?? meeting);
  const known = new Set(datasetMeetings.map((meeting) => meeting.id));
  for (const [id, meeting] of byId) if (!known.has(id)) merged.push(meeting);
  return merged;
}
