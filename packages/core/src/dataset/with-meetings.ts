import type { Meeting } from '../schema/index.js';
import { compareMeetings, type Dataset, type DatedMeeting, datedMeeting } from './dataset.js';
import { deepFreeze } from './deep-freeze.js';
import { MeetingsById } from './meetings-by-id.js';

/** The first index of `sorted` whose meeting does not come before `meeting`. */
function lowerBound(sorted: readonly DatedMeeting[], meeting: DatedMeeting): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareMeetings(sorted[mid]!, meeting) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two sorted lists merged into one. */
function merged(a: readonly DatedMeeting[], b: readonly DatedMeeting[]): DatedMeeting[] {
  if (b.length === 0) return a.slice();
  const out: DatedMeeting[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareMeetings(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

const targetOf = (meeting: Meeting) => meeting.body ?? meeting.group;

/**
 * The dataset of `{ ...dataset.file, meetings }`, equal to what `buildDataset` gives, derived from
 * `dataset` at the cost of the meetings that changed: only those are copied (unless frozen),
 * frozen, dated and placed in the sorted index, by binary search; the rest is shared with
 * `dataset`, which is left as it is. A staff edit to one meeting of a national-size file takes a
 * few milliseconds instead of a rebuild.
 *
 * @param dataset - The dataset to start from.
 * @param meetings - The file's meetings now, in file order.
 * @param changed - The ids of the meetings added, changed or removed since `dataset`. Every other
 *   meeting of `meetings` must be the dataset's own, from `dataset.file.meetings`.
 * @returns The new dataset.
 * @example
 * const cancelled = { ...dataset.file.meetings[0], status: 'cancelled' };
 * withMeetings(dataset, [cancelled, ...dataset.file.meetings.slice(1)], new Set([cancelled.id])).meetingById.get(cancelled.id).status
 * //=> 'cancelled'
 */
export function withMeetings(
  dataset: Dataset,
  meetings: readonly Meeting[],
  changed: ReadonlySet<string>,
): Dataset {
  const fileMeetings = meetings.slice();
  const positions: number[] = [];
  if (changed.size > 0) {
    for (let i = 0; i < fileMeetings.length; i++) if (changed.has(fileMeetings[i]!.id)) positions.push(i);
  }
  const unfrozen = positions.filter((i) => !Object.isFrozen(fileMeetings[i]));
  const copies = structuredClone(unfrozen.map((i) => fileMeetings[i]!));
  unfrozen.forEach((i, k) => {
    fileMeetings[i] = copies[k]!;
  });
  const fresh = positions
    .map((i) => Object.freeze(datedMeeting(deepFreeze(fileMeetings[i]!), dataset.timeZone)))
    .sort(compareMeetings);

  // The sorted index: the old versions out, the new ones in, copying the runs between them.
  const old = dataset.meetings;
  const removed: number[] = [];
  let spanShrinks = false;
  for (const id of changed) {
    const before = dataset.meetingById.get(id);
    if (!before) continue;
    removed.push(lowerBound(old, before));
    if (before.when.endsAt - before.when.startsAt === dataset.maxMeetingSpan) spanShrinks = true;
  }
  removed.sort((a, b) => a - b);
  const inserts = fresh.map((m) => lowerBound(old, m));
  const runs: (readonly DatedMeeting[])[] = [];
  const starts = new Float64Array(old.length - removed.length + fresh.length);
  let at = 0;
  let out = 0;
  let r = 0;
  let f = 0;
  for (;;) {
    const stop = Math.min(removed[r] ?? old.length, inserts[f] ?? old.length, old.length);
    if (stop > at) {
      runs.push(old.slice(at, stop));
      starts.set(dataset.meetingStarts.subarray(at, stop), out);
      out += stop - at;
      at = stop;
    }
    if (f < fresh.length && inserts[f] === at) {
      runs.push([fresh[f]!]);
      starts[out++] = fresh[f++]!.when.startsAt;
    } else if (r < removed.length && removed[r] === at) {
      at++;
      r++;
    } else break;
  }
  const sorted: readonly DatedMeeting[] =
    runs.length === 1 ? runs[0]! : ([] as DatedMeeting[]).concat(...runs);

  let maxMeetingSpan = spanShrinks ? 0 : dataset.maxMeetingSpan;
  for (const m of spanShrinks ? sorted : fresh)
    maxMeetingSpan = Math.max(maxMeetingSpan, m.when.endsAt - m.when.startsAt);

  // Only the lists of the targets the changed meetings left or joined are rebuilt. The map keeps
  // buildDataset's order, by each target's first meeting.
  const targets = new Set<string>();
  for (const id of changed) {
    const before = dataset.meetingById.get(id);
    const target = before && targetOf(before);
    if (target !== undefined) targets.add(target);
  }
  for (const m of fresh) {
    const target = targetOf(m);
    if (target !== undefined) targets.add(target);
  }
  let meetingsByTarget = new Map(dataset.meetingsByTarget);
  let reorder = false;
  for (const target of targets) {
    const before = dataset.meetingsByTarget.get(target) ?? [];
    const list = merged(
      before.filter((m) => !changed.has(m.id)),
      fresh.filter((m) => targetOf(m) === target),
    );
    if (list.length === 0) meetingsByTarget.delete(target);
    else {
      if (before[0] !== list[0]) reorder = true;
      meetingsByTarget.set(target, list);
    }
  }
  if (reorder)
    meetingsByTarget = new Map([...meetingsByTarget].sort(([, a], [, b]) => compareMeetings(a[0]!, b[0]!)));

  const byId = new Map<string, DatedMeeting | undefined>();
  for (const id of changed) byId.set(id, undefined);
  for (const m of fresh) byId.set(m.id, m);
  const meetingById =
    dataset.meetingById instanceof MeetingsById
      ? dataset.meetingById.with(byId, sorted)
      : MeetingsById.of(sorted);

  Object.freeze(fileMeetings);
  return Object.freeze({
    ...dataset,
    file: Object.freeze({ ...dataset.file, meetings: fileMeetings }),
    meetings: Object.freeze(sorted),
    meetingStarts: starts,
    maxMeetingSpan,
    meetingById,
    meetingsByTarget,
  });
}
