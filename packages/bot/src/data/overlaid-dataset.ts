import { buildDataset, type Dataset, deepFreeze, type Meeting, withMeetings } from '@ptce/core';
import { compareOverlayOrder, type Store } from '../store/index.js';

/** An overlaid dataset and the overlay version it was built for. */
interface Built {
  readonly version: string;
  readonly dataset: Dataset;
}

// Per store, per file dataset, per guild: the last overlaid dataset built. Keyed by store too,
// since two stores in one process may give the same version to different overlays.
const cache = new WeakMap<Store, WeakMap<Dataset, Map<string, Built>>>();
// The position of each meeting of a file dataset in its file.
const filePositions = new WeakMap<Dataset, ReadonlyMap<string, number>>();

// Past this many changes at once, the overlay's own meetings are merged rather than spliced.
const SPLICES = 32;

function positionsOf(base: Dataset): ReadonlyMap<string, number> {
  let positions = filePositions.get(base);
  if (!positions) {
    positions = new Map(base.file.meetings.map((m, i) => [m.id, i]));
    filePositions.set(base, positions);
  }
  return positions;
}

/** The first index of `list` from `from` on whose meeting does not come before `meeting` in overlay order. */
function lowerBound(list: readonly Meeting[], from: number, meeting: Meeting): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareOverlayOrder(list[mid]!, meeting) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The overlaid file's meetings, laid out as `overlayMeetings` lays them out for the store's
 * overlay: the file's meetings in place, changed or not, then the overlay's own meetings in
 * overlay order. The store has one meeting per id, so no map of the overlay is needed.
 */
function overlaidFileMeetings(base: Dataset, overlay: readonly Meeting[]): Meeting[] {
  const positions = positionsOf(base);
  const list = [...base.file.meetings];
  for (const meeting of overlay) {
    const at = positions.get(meeting.id);
    if (at === undefined) list.push(meeting);
    else list[at] = meeting;
  }
  return list;
}

/** The same, from the meetings of `built` and the overlay's changes since it. */
function changedFileMeetings(
  base: Dataset,
  built: Dataset,
  changes: ReadonlyMap<string, Meeting | undefined>,
): Meeting[] {
  const positions = positionsOf(base);
  const fileLength = base.file.meetings.length;
  const list = [...built.file.meetings];
  const own: [before: Meeting | undefined, after: Meeting | undefined][] = [];
  for (const [id, meeting] of changes) {
    const at = positions.get(id);
    if (at === undefined) own.push([built.meetingById.get(id), meeting]);
    else list[at] = meeting ?? base.file.meetings[at]!;
  }
  if (own.length <= SPLICES) {
    for (const [before, after] of own) {
      const at = before && lowerBound(list, fileLength, before);
      if (at !== undefined && list[at]?.id === before!.id) list.splice(at, 1);
      if (after) list.splice(lowerBound(list, fileLength, after), 0, after);
    }
    return list;
  }
  const tail = list.slice(fileLength).filter((m) => !changes.has(m.id));
  const added = own.flatMap(([, after]) => (after ? [after] : [])).sort(compareOverlayOrder);
  const merged = list.slice(0, fileLength);
  let i = 0;
  let j = 0;
  while (i < tail.length || j < added.length) {
    if (j >= added.length || (i < tail.length && compareOverlayOrder(tail[i]!, added[j]!) < 0))
      merged.push(tail[i++]!);
    else merged.push(added[j++]!);
  }
  return merged;
}

/** The overlaid dataset built from the whole overlay. */
function rebuilt(base: Dataset, overlay: readonly Meeting[]): Dataset {
  if (overlay.length === 0) return base;
  // Freshly parsed and held by no one else: frozen here, they are shared by the dataset, not copied.
  for (const meeting of overlay) deepFreeze(meeting);
  return buildDataset({ ...base.file, meetings: overlaidFileMeetings(base, overlay) });
}

/**
 * The dataset of a guild: the file's meetings with the ones staff created or changed from
 * Discord laid over them. The overlay's version is one row, kept by the store's triggers, so an
 * unchanged overlay costs one indexed read. When it changed, only the meetings that changed since
 * the dataset was last built are applied (`withMeetings`), whichever process of the bot made the
 * change; the whole overlay is read and built again only the first time, or when the changes
 * cannot be told (the guild's data were purged since).
 *
 * @param base - The guild's file dataset.
 * @param store - The store holding the overlay.
 * @param guild - The Discord guild id.
 * @returns The overlaid dataset; `base` itself while the overlay is empty.
 */
export function overlaidDataset(base: Dataset, store: Store, guild: string): Dataset {
  const version = store.overlayVersion(guild);
  let perBase = cache.get(store);
  if (!perBase) {
    perBase = new WeakMap();
    cache.set(store, perBase);
  }
  let perGuild = perBase.get(base);
  if (!perGuild) {
    perGuild = new Map();
    perBase.set(base, perGuild);
  }
  const last = perGuild.get(guild);
  if (last?.version === version) return last.dataset;
  let built: Built;
  if (version.startsWith('0:')) built = { version, dataset: base };
  else {
    const since = last && store.overlayChangesSince(guild, last.version);
    if (last && since?.version.startsWith('0:')) built = { version: since.version, dataset: base };
    else if (last && since) {
      for (const meeting of since.changes.values()) deepFreeze(meeting);
      const meetings = changedFileMeetings(base, last.dataset, since.changes);
      built = {
        version: since.version,
        dataset: withMeetings(last.dataset, meetings, new Set(since.changes.keys())),
      };
    } else {
      const snapshot = store.overlaySnapshot(guild);
      built = { version: snapshot.version, dataset: rebuilt(base, snapshot.meetings) };
    }
  }
  perGuild.set(guild, built);
  return built.dataset;
}
