import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BotHandle, startBot } from '../../../packages/bot/src/app/start-bot.js';
import { loadConfig } from '../../../packages/bot/src/config.js';
import { createLogger } from '../../../packages/bot/src/logger.js';
import {
  FakeDiscord,
  type FakeDiscordOptions,
  type InteractionReply,
  type JsonObject,
} from '../../support/fake-discord.js';

/** A token shaped like Discord's; tests check it never shows up anywhere. */
export const TEST_TOKEN = 'MTE5NjU0MzIxMDk4NzY1NDMyMQ.GxYzAb.Zs3cr3t-t0k3n_that-must-never-leak42';

/** The clock every e2e test runs at: answers about 2026 are reproducible. */
export const TEST_CLOCK = '2026-01-15T09:00:00+01:00';

export const fixture = (name: string): string => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

/** A fake Discord with the real bot logged in to it, as `ptce bot` runs it. */
export interface BotHarness {
  readonly fake: FakeDiscord;
  readonly bot: BotHandle;
  /** Every log line the bot wrote (debug included). */
  readonly logs: string[];
  /** The environment the bot was configured from. */
  readonly env: Record<string, string>;
  readonly dir: string;
  stop(): Promise<void>;
}

/** The environment of a bot pointed at a fake Discord. */
export function botEnv(
  fake: FakeDiscord,
  dir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guild.id,
    DISCORD_API_URL: fake.apiUrl,
    PTCE_DATA: fixture('second-ptce.yaml'),
    PTCE_DB: path.join(dir, 'ptce.sqlite'),
    PTCE_CLOCK: TEST_CLOCK,
    ...extra,
  };
}

/** Starts a fake Discord (which checks the token) and the bot against it. */
export async function startHarness(
  options: {
    env?: (fake: FakeDiscord, dir: string) => Record<string, string>;
    fake?: FakeDiscordOptions;
  } = {},
): Promise<BotHarness> {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, heartbeatIntervalMs: 500, ...options.fake });
  const dir = mkdtempSync(path.join(tmpdir(), 'ptce-bot-e2e-'));
  const env = botEnv(fake, dir, options.env?.(fake, dir));
  const logs: string[] = [];
  const config = loadConfig(env);
  const logger = createLogger({ write: (line) => logs.push(line), secrets: [config.token], level: 'debug' });
  let bot: BotHandle;
  try {
    bot = await startBot({ config, logger });
  } catch (error) {
    await fake.stop();
    throw error;
  }
  return {
    fake,
    bot,
    logs,
    env,
    dir,
    async stop() {
      await bot.stop();
      await fake.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The single embed of an answer. */
export function embedOf(reply: InteractionReply): JsonObject {
  const embeds = reply.data.embeds as JsonObject[] | undefined;
  if (embeds?.length !== 1) throw new Error(`expected one embed, got ${JSON.stringify(reply.data)}`);
  return embeds[0]!;
}

/** True when the answer only reached the member who asked. */
export function isEphemeral(reply: InteractionReply): boolean {
  return ((Number(reply.data.flags ?? 0) | (reply.message?.flags ?? 0)) & 64) !== 0;
}
