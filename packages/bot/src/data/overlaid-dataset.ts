import { buildDataset, type Dataset } from '@ptce/core';
import { overlayMeetings, type Store } from '../store/index.js';

// Per file dataset, per guild: the overlay version it was built for.
const cache = new WeakMap<Dataset, Map<string, { version: string; dataset: Dataset }>>();

/**
 * The dataset of a guild: the file's meetings with the ones staff created or changed from
 * Discord laid over them. Rebuilt only when the guild's overlay changed (one cheap query).
 */
export function overlaidDataset(base: Dataset, store: Store, guild: string): Dataset {
  const version = store.overlayVersion(guild);
  if (version.startsWith('0:')) return base;
  let perGuild = cache.get(base);
  if (!perGuild) {
    perGuild = new Map();
    cache.set(base, perGuild);
  }
  const hit = perGuild.get(guild);
  if (hit?.version === version) return hit.dataset;
  const overlay = store.listMeetings(guild).map((s) => s.meeting);
  const dataset = buildDataset({ ...base.file, meetings: overlayMeetings(base.file.meetings, overlay) });
  perGuild.set(guild, { version, dataset });
  return dataset;
}
