import type { Dataset, Registry } from '@ptce/core';
import type { Clock } from '../clock.js';
import type { ConversationContext } from '../conversation/intent.js';
import type { Store } from '../store/index.js';
import type { LiveDataset, ReloadOutcome } from './live-dataset.js';
import type { Logger } from './logger.js';

/** What command handlers and listeners use: the data, the clock, the log, and the staff settings. */
export interface BotServices {
  readonly data: LiveDataset;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry?: Registry;
  readonly staffRoleId?: string;
  readonly staffChannelId?: string;
  /** The SQLite store: staff changes to meetings, reminder routes, the ledger. */
  readonly store: Store;
  /** The public address of the .ics feed, when the bot serves one. */
  readonly calendarUrl?: string;
  /** The guild a DM stands for (the configured guild, else the first one), if any. */
  homeGuildId?(): string | undefined;
  /** The data as a guild sees it: the file plus the meetings its staff planned or changed. */
  dataset(guildId: string | null | undefined): Dataset;
  /** Re-reads the data file, keeps the old data if the new file is broken, and tells staff. */
  reload(origin: string): Promise<ReloadOutcome>;
}

/** The conversation context at this instant: the guild's data and the bot's clock. */
export function conversationContext(services: BotServices, guildId?: string | null): ConversationContext {
  return {
    dataset: services.dataset(guildId),
    now: services.clock.now(),
    ...(services.registry ? { registry: services.registry } : {}),
    ...(services.calendarUrl ? { calendarUrl: services.calendarUrl } : {}),
  };
}
