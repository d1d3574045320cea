import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REST, type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import { relayClockOverIpc } from '../clock-control.js';
import type { BotConfig, ShardCount } from '../config.js';
import { BotStartError } from '../discord/bot-start-error.js';
import { botStartError } from '../discord/login-client.js';
import type { Logger } from '../logger.js';
import type { SignalSource } from './run-bot.js';

/** What a shard is told over IPC to stop, as SIGTERM would (see `shard.ts`). */
export const SHARD_STOP = { ptceShard: 'stop' } as const;

/** Options of {@link runShards}. */
export interface RunShardsOptions {
  readonly config: BotConfig;
  /** `auto` asks Discord (`GET /gateway/bot`); a number is used as is. */
  readonly shards: ShardCount;
  readonly logger: Logger;
  /** Arguments each shard's `ptce bot` gets (`--clock …`). */
  readonly shardArgs?: readonly string[];
  /** Relays the test-only stepped clock (`PTCE_CLOCK_CONTROL=ipc`) between the parent and the shards. */
  readonly relayClock?: boolean;
  readonly signals?: SignalSource;
  /** The built shard entry (default `dist/shard.js` of this package). */
  readonly shardScript?: string;
  /** How long each shard may take to be ready (default 60 000 ms). */
  readonly readyTimeoutMs?: number;
  readonly onStarted?: (manager: ShardingManager) => void;
}

// Discord lets `max_concurrency` shards identify together every 5 s; discord.js's own default
// spacing, 5.5 s, leaves the margin it chose.
const IDENTIFY_WINDOW_MS = 5500;

/**
 * The built shard entry. This module is bundled into `dist/cli/` (the ESM CLI) or `dist/` (CJS),
 * and the entry is `dist/shard.js`.
 */
function defaultShardScript(): string {
  for (const relative of ['../shard.js', './shard.js']) {
    const file = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new BotStartError(
    'Le script des shards (packages/bot/dist/shard.js) est introuvable : construisez le bot avec « npm run build ».',
  );
}

/** Discord's advice for the bot: how many shards, and how many may identify at once. */
async function gatewayAdvice(config: BotConfig): Promise<RESTGetAPIGatewayBotResult> {
  try {
    const rest = new REST({ api: config.apiUrl }).setToken(config.token);
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    throw botStartError(error, config);
  }
}

/** Resolves once the shard's process has exited (at once if it has none). */
function exited(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Runs the bot under discord.js's `ShardingManager`: one `ptce bot` process per shard, each
 * connecting its own shard and running the jobs of its own guilds only, all on the same SQLite
 * file. A shard that dies once all are up is started again. SIGINT or SIGTERM stops every shard
 * cleanly (each finishes its pass), SIGHUP makes each one reload the data file.
 *
 * @returns Once every shard has stopped.
 * @throws BotStartError when Discord refuses the token, or a shard stops before it is ready.
 */
export async function runShards(options: RunShardsOptions): Promise<void> {
  const { config, logger } = options;
  const signals = options.signals ?? process;
  const script = options.shardScript ?? defaultShardScript();
  const advice = await gatewayAdvice(config);
  const count = options.shards === 'auto' ? Math.max(1, advice.shards) : options.shards;
  const concurrency = Math.max(1, advice.session_start_limit.max_concurrency);
  const manager = new ShardingManager(script, {
    totalShards: count,
    token: config.token,
    shardArgs: [...(options.shardArgs ?? [])],
    // Until every shard is up, a shard that dies is a start failure, not something to retry.
    respawn: false,
  });
  manager.on('shardCreate', (shard) => {
    shard.on('ready', () => logger.info('shard connected', { shard: shard.id, shards: count }));
    shard.on('death', (child) =>
      logger.warn('shard stopped', {
        shard: shard.id,
        code: 'exitCode' in child ? child.exitCode : undefined,
        respawn: manager.respawn,
      }),
    );
    shard.on('error', (error) => logger.error('shard error', { shard: shard.id, error }));
  });
  const releaseClock = options.relayClock ? relayClockOverIpc(() => [...manager.shards.values()]) : undefined;
  const stopAll = async () => {
    manager.respawn = false;
    const shards = [...manager.shards.values()];
    await Promise.all(
      shards.map((shard) => {
        const done = exited(shard);
        shard.send(SHARD_STOP).catch(() => {});
        return done;
      }),
    );
  };

  logger.info('shards starting', {
    shards: count,
    origin: options.shards === 'auto' ? 'discord' : 'setting',
    maxConcurrency: concurrency,
  });
  try {
    await manager.spawn({
      amount: count,
      delay: Math.ceil(IDENTIFY_WINDOW_MS / concurrency),
      timeout: options.readyTimeoutMs ?? 60_000,
    });
  } catch (error) {
    const failed = [...manager.shards.values()].find((shard) => !shard.ready)?.id;
    await stopAll();
    releaseClock?.();
    throw new BotStartError(
      `Le shard ${failed ?? '?'} s’est arrêté avant d’être connecté à Discord (voir le journal ci-dessus).`,
      { cause: error },
    );
  }
  manager.respawn = true;
  logger.info('shards ready', { shards: count });
  options.onStarted?.(manager);

  await new Promise<void>((resolve) => {
    const onHangup = () => {
      for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
    };
    const onStop = (signal: NodeJS.Signals) => {
      logger.info('stopping shards', { signal });
      signals.off('SIGHUP', onHangup);
      signals.off('SIGINT', onStop);
      signals.off('SIGTERM', onStop);
      stopAll().then(resolve, resolve);
    };
    signals.on('SIGHUP', onHangup);
    signals.on('SIGINT', onStop);
    signals.on('SIGTERM', onStop);
  });
  releaseClock?.();
  logger.info('shards stopped', { shards: count });
}
