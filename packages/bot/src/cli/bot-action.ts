import { type ClockSpec, clockSpecError, parseClockSpec } from '../clock.js';
import { controlClockOverIpc } from '../clock-control.js';
import { type BotConfig, parseShardCount, type ShardCount } from '../config.js';
import { BotStartError } from '../discord/bot-start-error.js';
import { createLogger } from '../logger.js';
import { type SteppedClock, steppedClock } from '../stepped-clock.js';
import type { BotFlags } from './bot-command.js';
import { configOrExit } from './config-or-exit.js';
import { type CliIo, UsageError } from './io.js';

/** Runs the Discord bot of `ptce bot` until SIGINT or SIGTERM. */
export async function botAction(io: CliIo, setExit: (code: number) => void, flags: BotFlags): Promise<void> {
  const clockSpec = flags.clock === undefined ? undefined : parseClockSpec(flags.clock);
  if (flags.clock !== undefined && !clockSpec) throw new UsageError(clockSpecError('--clock', flags.clock));
  const shards = flags.shards === undefined ? undefined : parseShardCount(flags.shards);
  if (flags.shards !== undefined && shards === undefined) {
    throw new UsageError(
      `Option --shards invalide : « ${flags.shards} » (attendu : « auto » ou un nombre de shards de 1 à 10000).`,
    );
  }
  const config = configOrExit(io, setExit);
  if (!config) return;
  const shardCount = shards ?? config.shards;
  if (shardCount !== undefined) {
    await shardsAction(io, setExit, { config, shards: shardCount, flags });
    return;
  }
  const stepped =
    io.env.PTCE_CLOCK_CONTROL === 'ipc' ? ipcSteppedClock(clockSpec ?? config.clock) : undefined;
  const logger = createLogger({ write: io.err, secrets: [config.token] });
  // discord.js and SQLite load only when the bot runs, so `ptce ask` starts fast.
  const [{ runBot }, { StoreError }] = await Promise.all([
    import('../app/run-bot.js'),
    import('../store/index.js'),
  ]);
  const release = stepped && controlClockOverIpc(stepped);
  try {
    await runBot({
      config,
      logger,
      ...(io.signals ? { signals: io.signals } : {}),
      ...(clockSpec ? { clockSpec } : {}),
      ...(stepped ? { clock: stepped } : {}),
    });
    setExit(0);
  } catch (error) {
    if (!(error instanceof BotStartError) && !(error instanceof StoreError)) throw error;
    io.err(error.message);
    setExit(1);
  } finally {
    release?.();
  }
}

/**
 * `ptce bot --shards` (or `PTCE_SHARDS`): discord.js's ShardingManager runs one `ptce bot` per
 * shard (`dist/shard.js`), each with the same settings and `--clock`.
 */
async function shardsAction(
  io: CliIo,
  setExit: (code: number) => void,
  options: { readonly config: BotConfig; readonly shards: ShardCount; readonly flags: BotFlags },
): Promise<void> {
  const { config } = options;
  const relayClock = io.env.PTCE_CLOCK_CONTROL === 'ipc';
  if (relayClock && !process.send) {
    throw new UsageError(
      'PTCE_CLOCK_CONTROL=ipc demande un canal IPC : lancez le bot avec child_process.fork ou spawn et « ipc ».',
    );
  }
  const logger = createLogger({ write: io.err, secrets: [config.token] });
  const { runShards } = await import('../app/run-shards.js');
  try {
    await runShards({
      config,
      shards: options.shards,
      logger,
      relayClock,
      ...(options.flags.clock === undefined ? {} : { shardArgs: ['--clock', options.flags.clock] }),
      ...(io.signals ? { signals: io.signals } : {}),
    });
    setExit(0);
  } catch (error) {
    if (!(error instanceof BotStartError)) throw error;
    io.err(error.message);
    setExit(1);
  }
}

/**
 * The test-only `PTCE_CLOCK_CONTROL=ipc` mode: the clock stands at the start of `--clock` or
 * `PTCE_CLOCK` and moves only when the parent process says so over the IPC channel, so that
 * end-to-end tests judge punctuality exactly on a loaded machine.
 */
function ipcSteppedClock(spec: ClockSpec | undefined): SteppedClock {
  if (!spec || !/(Z|[+-]\d{2}:\d{2})$/.test(spec.start)) {
    throw new UsageError(
      'PTCE_CLOCK_CONTROL=ipc demande une horloge de départ avec son décalage horaire (--clock ou PTCE_CLOCK, ex. 2026-03-24T08:58:00+01:00).',
    );
  }
  if (!process.send) {
    throw new UsageError(
      'PTCE_CLOCK_CONTROL=ipc demande un canal IPC : lancez le bot avec child_process.fork ou spawn et « ipc ».',
    );
  }
  return steppedClock(new Date(spec.start));
}
