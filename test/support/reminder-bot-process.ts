import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The `ptce` launcher; it imports `packages/bot/dist/cli.js`, which `npx tsup` builds. */
export const PTCE_BIN = path.join(REPO_ROOT, 'packages/bot/bin/ptce.js');

/** Fails with the command to run when the CLI has not been built (npm test builds it first). */
export function requireBuiltCli(): void {
  const dist = path.join(REPO_ROOT, 'packages/bot/dist');
  // The build may split the CLI into chunks: the `bot` command lives in one of them.
  const hasBot =
    existsSync(path.join(dist, 'cli.js')) &&
    readdirSync(dist).some(
      (f) => f.endsWith('.js') && readFileSync(path.join(dist, f), 'utf8').includes('lance le bot Discord'),
    );
  if (!hasBot) {
    throw new Error(
      'packages/bot/dist does not have `ptce bot` yet: run `npx tsup` (npm test builds first).',
    );
  }
}

/**
 * The `PTCE_CLOCK` value for a simulated clock starting at `start` and running `speed` times
 * faster than real time (`2026-03-23T07:58:00.000Zx600`); without `speed`, the start alone (what
 * a stepped clock, `PTCE_CLOCK_CONTROL=ipc`, starts from).
 */
export function clockSetting(start: number | Date, speed?: number): string {
  return `${new Date(start).toISOString()}${speed === undefined ? '' : `x${speed}`}`;
}

/** How a bot process ended. */
export interface BotExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** What the bot said in its `bot ready` line. */
export interface BotReady {
  /** The bot's simulated instant when it logged the line (epoch ms). */
  readonly simulatedAt: number;
  /** `performance.now()` in this process when the line was read. */
  readonly readAt: number;
  readonly speed: number;
}

/** A `ptce bot` child process. */
export interface ReminderBotProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Every stderr line so far (the bot logs there, one event per line). */
  readonly lines: readonly string[];
  /** Resolves at the `bot ready` line; rejects if the process exits first. */
  readonly ready: Promise<BotReady>;
  readonly exited: Promise<BotExit>;
  /** Whether the `bot ready` line has been read. */
  readonly isReady: boolean;
  /**
   * The bot's simulated instant now, from its ready line and the clock formula
   * (ready instant + real time since × speed); `undefined` before it is ready.
   */
  simulatedNow(): number | undefined;
  /**
   * With `PTCE_CLOCK_CONTROL=ipc` in its environment: moves the bot's stepped clock to `to` (epoch
   * ms) and resolves once the bot says it stands there with every pass due on the way finished.
   * Rejects if the process exits first.
   */
  advanceTo(to: number): Promise<void>;
  /** The last instant the stepped clock was reported idle at, if any. */
  readonly idleAt: number | undefined;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<BotExit>;
}

const READY = /\bINFO {2}bot ready\b.* now=(\S+) speed=([\d.]+)/;

/** A spare `ptce bot` process: its modules are loaded, and it runs once released. */
export interface SpareReminderBot extends ReminderBotProcess {
  /** Resolves once the modules are loaded and the process waits for its release. */
  readonly warm: Promise<void>;
  /** Lets the bot start, with these variables added to its environment (`PTCE_CLOCK` …). */
  release(env?: Readonly<Record<string, string>>): void;
}

/**
 * What a spare process imports before it waits: the built CLI and its chunks, which pull in
 * discord.js, better-sqlite3, zod and yaml. Nothing here opens a file or a socket.
 */
function spareModules(): string[] {
  const dist = path.join(REPO_ROOT, 'packages/bot/dist');
  // shard.js is the script a shard runs, not a module: importing it starts a bot.
  return readdirSync(dist)
    .filter((f) => f.endsWith('.js') && f !== 'shard.js')
    .map((f) => pathToFileURL(path.join(dist, f)).href);
}

// Listens first, so that a release sent while the modules load is not lost.
const spareLoader = (modules: readonly string[]) => `
const released = new Promise((resolve) => process.once('message', resolve));
${modules.map((m) => `await import(${JSON.stringify(m)});`).join('\n')}
process.send({ warm: true });
const { env } = await released;
Object.assign(process.env, env);
process.channel?.unref();
`;

/**
 * Spawns `node packages/bot/bin/ptce.js bot` with exactly the given environment (plus `PATH`),
 * as an operator would run it, and follows its log.
 */
export function spawnReminderBot(env: Readonly<Record<string, string>>): ReminderBotProcess;
/**
 * With `spare`, the same command behind an `--import` hook that loads the modules at once, then
 * waits for `release()` before the CLI runs: a warm spare, as a supervisor would keep one, so
 * that a restart does not pay for loading discord.js again. The bot itself runs unchanged.
 */
export function spawnReminderBot(
  env: Readonly<Record<string, string>>,
  options: { readonly spare: true },
): SpareReminderBot;
export function spawnReminderBot(
  env: Readonly<Record<string, string>>,
  options: { readonly spare?: boolean } = {},
): SpareReminderBot {
  const preload = options.spare
    ? ['--import', `data:text/javascript,${encodeURIComponent(spareLoader(spareModules()))}`]
    : [];
  const child = spawn(process.execPath, [...preload, PTCE_BIN, 'bot'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio:
      options.spare || env.PTCE_CLOCK_CONTROL === 'ipc'
        ? ['ignore', 'ignore', 'pipe', 'ipc']
        : ['ignore', 'ignore', 'pipe'],
  });
  let idleAt: number | undefined;
  const idleWaiters: { to: number; resolve: () => void }[] = [];
  child.on('message', (message: { ptceClock?: string; at?: number }) => {
    if (message.ptceClock !== 'idle' || typeof message.at !== 'number') return;
    idleAt = message.at;
    for (const w of idleWaiters.splice(0)) {
      if (w.to <= message.at) w.resolve();
      else idleWaiters.push(w);
    }
  });
  const lines: string[] = [];
  let ready: BotReady | undefined;
  let resolveReady: (r: BotReady) => void = () => {};
  let rejectReady: (e: Error) => void = () => {};
  const readyPromise = new Promise<BotReady>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  readyPromise.catch(() => {});
  let pending = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    const readAt = performance.now();
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      const m = ready ? null : READY.exec(line);
      if (m) {
        ready = { simulatedAt: Date.parse(m[1]!), readAt, speed: Number(m[2]) };
        resolveReady(ready);
      }
    }
  });
  // An exit before any listener would otherwise be missed by `exited`.
  child.on('error', () => {});
  const exited = new Promise<BotExit>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!ready) {
        rejectReady(new Error(`ptce bot exited before ready (${code ?? signal}):\n${lines.join('\n')}`));
      }
      resolve({ code, signal });
    });
  });
  let released = !options.spare;
  const warm = new Promise<void>((resolve, reject) => {
    if (!options.spare) return resolve();
    child.once('message', () => resolve());
    child.once('exit', (code, signal) =>
      reject(new Error(`spare ptce bot exited while loading (${code ?? signal}):\n${lines.join('\n')}`)),
    );
  });
  warm.catch(() => {});
  return {
    warm,
    child,
    pid: child.pid ?? -1,
    lines,
    ready: readyPromise,
    exited,
    get isReady() {
      return ready !== undefined;
    },
    simulatedNow() {
      return ready && ready.simulatedAt + (performance.now() - ready.readAt) * ready.speed;
    },
    get idleAt() {
      return idleAt;
    },
    advanceTo(to) {
      return new Promise<void>((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          reject(new Error('ptce bot has exited'));
          return;
        }
        const onExit = () =>
          reject(new Error(`ptce bot exited before its clock reached ${new Date(to).toISOString()}`));
        child.once('exit', onExit);
        idleWaiters.push({
          to,
          resolve: () => {
            child.off('exit', onExit);
            resolve();
          },
        });
        child.send({ ptceClock: 'advance', to });
      });
    },
    stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    release(extra = {}) {
      if (released) throw new Error('this bot process is already running');
      released = true;
      child.send({ env: extra });
    },
  };
}

/** The resident memory of a process in KiB (`VmRSS` of `/proc/<pid>/status`, Linux only). */
export function residentMemoryKiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]);
}
