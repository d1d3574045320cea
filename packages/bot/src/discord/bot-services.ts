import type { Dataset, Registry } from '@ptce/core';
import type { Clock } from '../clock.js';
import type { ConversationMemories } from '../conversation/conversation-memories.js';
import type { ConversationContext } from '../conversation/intent.js';
import type { GuildSettings } from '../guild-settings.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import type { GuildDatasets } from '../tenancy/guild-datasets.js';
import type { LiveDataset, ReloadOutcome } from './live-dataset.js';

/** What command handlers and listeners use: the data, the clock, the log, and the staff settings. */
export interface BotServices {
  readonly data: LiveDataset;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry?: Registry;
  readonly staffRoleId?: string;
  /**
   * The guild the data file's PTCE belongs to: `DISCORD_GUILD_ID`, or the only guild the bot is
   * in. Its staff alone may change the PTCE; none when the bot is in several guilds without it.
   */
  readonly ptceGuildId?: string;
  readonly staffChannelId?: string;
  /** The SQLite store: staff changes to meetings, reminder routes, the ledger. */
  readonly store: Store;
  /** What each member's conversation remembers, for follow-ups (« et son téléphone ? »). */
  readonly conversations: ConversationMemories;
  /** The public address of the .ics feed, when the bot serves one. */
  readonly calendarUrl?: string;
  /** The data as a guild sees it: the file plus the meetings its staff planned or changed. */
  dataset(guildId: string | null | undefined): Dataset;
  /** Re-reads the data file, keeps the old data if the new file is broken, and tells staff. */
  reload(origin: string): Promise<ReloadOutcome>;
  /** Each guild's own data file (uploaded with `/donnees importer`, or the seeded guild's file). */
  readonly guildData: GuildDatasets;
  /** A guild's settings in force (`/parametres` over the environment or the defaults). */
  settings(guildId: string): GuildSettings;
  /** A guild's data or settings changed: its jobs start again with them. */
  guildChanged(guildId: string): void;
}

/** The conversation context at this instant: the guild's data and the bot's clock. */
export function conversationContext(services: BotServices, guildId?: string | null): ConversationContext {
  return {
    dataset: services.dataset(guildId),
    now: services.clock.now(),
    ...(services.registry ? { registry: services.registry } : {}),
    ...(services.calendarUrl ? { calendarUrl: services.calendarUrl } : {}),
    // A DM asks about the seeded guild's PTCE, as its data do.
    sheets: services.store.attendanceSheets(guildId ?? services.ptceGuildId ?? ''),
  };
}
