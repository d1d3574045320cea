import { type Dataset, parseDataset } from '@ptce/core';
import type { Store } from '../store/index.js';

/** Where a guild's data come from. */
export interface GuildDatasetsOptions {
  readonly store: Store;
  /** The guild the process-wide data file serves (the one `DISCORD_GUILD_ID` seeds), if any. */
  readonly homeGuild: () => string | undefined;
  /** The process-wide data file (`PTCE_DATA`, or the embedded Auton'Hommes). */
  readonly shared: () => Dataset;
  /** How many uploaded datasets stay parsed at once (default 64); the least recently used go first. */
  readonly capacity?: number;
}

/**
 * The data file each guild answers from: its newest uploaded version, else the shared file for
 * the home guild, else none (the guild is not set up). Uploaded versions are parsed once and kept
 * while used; a guild nobody asks about is evicted first when the cache is full.
 */
export class GuildDatasets {
  private readonly parsed = new Map<string, { readonly sha256: string; readonly dataset: Dataset }>();

  constructor(private readonly options: GuildDatasetsOptions) {}

  /** The guild's data file, or `undefined` when the guild has no PTCE yet. */
  forGuild(guildId: string | null | undefined): Dataset | undefined {
    if (!guildId) return undefined;
    const cached = this.parsed.get(guildId);
    if (cached) {
      // Map order is insertion order: re-inserting marks the guild as the most recently used.
      this.parsed.delete(guildId);
      this.parsed.set(guildId, cached);
      return cached.dataset;
    }
    const version = this.options.store.datasetVersion(guildId);
    if (!version) return guildId === this.options.homeGuild() ? this.options.shared() : undefined;
    const result = parseDataset(version.yaml, { filename: `version-${version.version}.yaml` });
    // Only validated files are stored; a version that no longer parses (a newer schema) is skipped.
    if (!result.ok) return guildId === this.options.homeGuild() ? this.options.shared() : undefined;
    this.remember(guildId, version.sha256, result.value);
    return result.value;
  }

  /** Whether the guild answers from a PTCE of its own (uploaded or the home guild's file). */
  isSetUp(guildId: string | null | undefined): boolean {
    if (!guildId) return false;
    return guildId === this.options.homeGuild() || this.options.store.guildBinding(guildId) !== undefined;
  }

  /** Puts a freshly accepted version in force for the guild, with no restart. */
  remember(guildId: string, sha256: string, dataset: Dataset): void {
    this.parsed.delete(guildId);
    this.parsed.set(guildId, { sha256, dataset });
    const capacity = this.options.capacity ?? 64;
    while (this.parsed.size > capacity) {
      const oldest = this.parsed.keys().next().value as string;
      this.parsed.delete(oldest);
    }
  }

  /** Forgets the guild's parsed data (after a purge). */
  forget(guildId: string): void {
    this.parsed.delete(guildId);
  }

  /** How many uploaded datasets are parsed in memory. */
  get size(): number {
    return this.parsed.size;
  }
}
