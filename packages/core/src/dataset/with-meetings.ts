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

/**
 * The old index with the steps applied, in order of position: few steps are spliced into a copy
 * (a frozen array copies fast only whole), many are merged in one pass.
 */
function placed(
  old: readonly DatedMeeting[],
  steps: readonly [at: number, meeting: DatedMeeting | undefined][],
): DatedMeeting[] {
  if (steps.length <= 64) {
    const list = [...old];
    // From the last step back, so that every position still counts in the old index.
    for (let i = steps.length - 1; i >= 0; i--) {
      const [at, meeting] = steps[i]!;
      if (meeting) list.splice(at, 0, meeting);
      else list.splice(at, 1);
    }
    return list;
  }
  const list: DatedMeeting[] = [];
  let from = 0;
  for (const [at, meeting] of steps) {
    while (from < at) list.push(old[from++]!);
    if (meeting) list.push(meeting);
    else from++;
  }
  while (from < old.length) list.push(old[from++]!);
  return list;
}

/**
 * The steps that take `leaving` out of a sorted list and put `joining` (sorted) in, in order of
 * position in the list: each a meeting put before that position, or the one there taken out.
 */
function stepsOf(
  list: readonly DatedMeeting[],
  leaving: readonly DatedMeeting[],
  joining: readonly DatedMeeting[],
): [at: number, meeting: DatedMeeting | undefined][] {
  const removed = leaving.map((m) => lowerBound(list, m)).sort((a, b) => a - b);
  const inserts = joining.map((m) => lowerBound(list, m));
  const steps: [at: number, meeting: DatedMeeting | undefined][] = [];
  for (let r = 0, f = 0; r < removed.length || f < joining.length; ) {
    if (f < joining.length && (r >= removed.length || inserts[f]! <= removed[r]!))
      steps.push([inserts[f]!, joining[f++]!]);
    else steps.push([removed[r++]!, undefined]);
  }
  return steps;
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
 * @param changed - The ids of the meetings added, changed or removed since `dataset`. The other
 *   meetings are expected to be the dataset's own objects, from `dataset.file.meetings` and in its
 *   order. Changes are found by identity; the ids make finding them cheap.
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
  const fileMeetings = [...meetings];
  // Walking the new and the old meetings side by side, by identity: a new meeting that is not
  // the old one in its place is changed, an old one passed over has left (changed or removed).
  // The ids said to change let the walk pass over the old versions without looking every id up.
  const touched = new Set(changed);
  const positions: number[] = [];
  const oldFile = dataset.file.meetings;
  const left: Meeting[] = [];
  let j = 0;
  for (let i = 0; i < fileMeetings.length; i++) {
    const meeting = fileMeetings[i]!;
    while (j < oldFile.length && oldFile[j] !== meeting && touched.has(oldFile[j]!.id))
      left.push(oldFile[j++]!);
    if (oldFile[j] === meeting) j++;
    else {
      positions.push(i);
      touched.add(meeting.id);
    }
  }
  while (j < oldFile.length) left.push(oldFile[j++]!);
  const unfrozen = positions.filter((i) => !Object.isFrozen(fileMeetings[i]));
  const copies = structuredClone(unfrozen.map((i) => fileMeetings[i]!));
  unfrozen.forEach((i, k) => {
    fileMeetings[i] = copies[k]!;
  });
  const fresh = positions
    .map((i) => Object.freeze(datedMeeting(deepFreeze(fileMeetings[i]!), dataset.timeZone)))
    .sort(compareMeetings);

  // The sorted index: the old versions out, the new ones in, each placed by binary search.
  const old = dataset.meetings;
  const leaving = left.map((m) => dataset.meetingById.get(m.id)!);
  const steps = stepsOf(old, leaving, fresh);
  const sorted = placed(old, steps);
  const starts = new Float64Array(sorted.length);
  let from = 0;
  let out = 0;
  for (const [at, meeting] of steps) {
    starts.set(dataset.meetingStarts.subarray(from, at), out);
    out += at - from;
    from = at;
    if (meeting) starts[out++] = meeting.when.startsAt;
    else from++;
  }
  starts.set(dataset.meetingStarts.subarray(from), out);

  // The longest span is looked for again only when a meeting that had it left without an equal.
  let maxMeetingSpan = dataset.maxMeetingSpan;
  for (const m of fresh) maxMeetingSpan = Math.max(maxMeetingSpan, m.when.endsAt - m.when.startsAt);
  if (
    maxMeetingSpan === dataset.maxMeetingSpan &&
    leaving.some((m) => m.when.endsAt - m.when.startsAt === maxMeetingSpan)
  ) {
    const kept = fresh.some((m) => m.when.endsAt - m.when.startsAt === maxMeetingSpan);
    if (!kept) {
      maxMeetingSpan = 0;
      for (const m of sorted) maxMeetingSpan = Math.max(maxMeetingSpan, m.when.endsAt - m.when.startsAt);
    }
  }

  // Only the lists of the targets the changed meetings left or joined are rebuilt. The map keeps
  // buildDataset's order, by each target's first meeting.
  const targets = new Set<string>();
  for (const m of [...leaving, ...fresh]) {
    const target = targetOf(m);
    if (target !== undefined) targets.add(target);
  }
  let meetingsByTarget = new Map(dataset.meetingsByTarget);
  let reorder = false;
  for (const target of targets) {
    const before = dataset.meetingsByTarget.get(target) ?? [];
    const list = placed(
      before,
      stepsOf(
        before,
        leaving.filter((m) => targetOf(m) === target),
        fresh.filter((m) => targetOf(m) === target),
      ),
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
  for (const m of left) byId.set(m.id, undefined);
  for (const m of fresh) byId.set(m.id, m);
  // Duck-typed: a process may hold two copies of core (a bundle and the package).
  const index = dataset.meetingById as Partial<MeetingsById>;
  const meetingById = typeof index.with === 'function' ? index.with(byId, sorted) : MeetingsById.of(sorted);

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
