import { type ClockSpec, clockSpecError, parseClockSpec } from '../clock.js';
import { controlClockOverIpc } from '../clock-control.js';
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
  const config = configOrExit(io, setExit);
  if (!config) return;
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
