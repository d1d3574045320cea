import type { Dataset, DatedMeeting } from '@ptce/core';
import type { SiteSource } from './site-context.js';

/** What the bot knows of its guilds, for their sites. */
export interface GuildSitesInput {
  /** The guilds the bot is in, the seeded one first (it wins when two serve the same PTCE). */
  readonly guilds: () => Iterable<string>;
  /** A guild's dataset, with its staff's changes. */
  readonly dataset: (guildId: string) => Dataset;
  /** The data file's dataset, before any guild's changes. */
  readonly base: () => Dataset;
  /** A meeting's revision in a guild's store. */
  readonly revision: (guildId: string, meetingId: string) => number | undefined;
}

/**
 * The site of each guild's PTCE, found by its id (`/<ptce-id>/`): the first guild bound to that
 * PTCE, with its own changes (moved, cancelled, new meetings) and their revisions as `SEQUENCE`.
 */
export function guildSites(input: GuildSitesInput): (ptceId: string) => SiteSource | undefined {
  return (ptceId) => {
    for (const guildId of input.guilds()) {
      const dataset = input.dataset(guildId);
      if (dataset.ptce.id !== ptceId) continue;
      return {
        dataset,
        base: input.base(),
        sequenceOf: (meeting: DatedMeeting) => input.revision(guildId, meeting.id) ?? 0,
      };
    }
    return undefined;
  };
}
