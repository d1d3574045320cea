import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { BotConfig } from '../config.js';
import { noMentions } from './reply-message.js';

/**
 * The discord.js client: guild and DM messages with their content (for mentions and DMs),
 * DM channels as partials (they are never cached in advance), REST pointed at the configured base.
 */
export function createClient(config: Pick<BotConfig, 'apiUrl'>): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    partials: [Partials.Channel],
    rest: { api: config.apiUrl },
    allowedMentions: noMentions(),
    // The bot reads messages once, as they arrive: a small cache keeps memory flat.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 20 }),
  });
}
