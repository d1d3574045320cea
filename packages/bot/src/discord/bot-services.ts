import type { Registry } from '@ptce/core';
import type { Clock } from '../clock.js';
import type { ConversationContext } from '../conversation/intent.js';
import type { LiveDataset, ReloadOutcome } from './live-dataset.js';
import type { Logger } from './logger.js';

/** What command handlers and listeners use: the data, the clock, the log, and the staff settings. */
export interface BotServices {
  readonly data: LiveDataset;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry?: Registry;
  readonly staffRoleId?: string;
  /** Re-reads the data file, keeps the old data if the new file is broken, and tells staff. */
  reload(origin: string): Promise<ReloadOutcome>;
}

/** The conversation context at this instant: the data currently served and the bot's clock. */
export function conversationContext(services: BotServices): ConversationContext {
  return {
    dataset: services.data.current,
    now: services.clock.now(),
    ...(services.registry ? { registry: services.registry } : {}),
  };
}
