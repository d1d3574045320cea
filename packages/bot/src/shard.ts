// The script discord.js's ShardingManager forks for each shard of `ptce bot --shards`: it runs
// `ptce bot` itself, for the shard named by SHARDS and SHARD_COUNT (which the discord.js client
// reads from the environment), with the arguments the manager passes on (`--clock …`).
import { EventEmitter } from 'node:events';
import type { SignalSource } from './app/run-bot.js';
import { SHARD_STOP } from './app/run-shards.js';
import { processIo } from './cli/io.js';

const shard = process.env.SHARDS ?? '?';
const io = processIo();
// PTCE_SHARDS is the manager's setting: a shard is one bot, it starts no manager of its own.
const { PTCE_SHARDS: _managerSetting, ...env } = process.env;
// The shards share the manager's stderr: each log line says which shard wrote it.
const err = (text: string) =>
  io.err(/^\d{4}-\d{2}-\d{2}T\S+ [A-Z]+ /.test(text) ? `${text.trimEnd()} shard=${shard}` : text);

// The bot stops on SIGINT and SIGTERM as `ptce bot` does, and also when the manager asks over
// IPC or is gone (so that no orphan keeps sending reminders beside the next manager's shards).
// A stop asked before the bot listens is kept until it does.
const signals = new EventEmitter();
let pendingStop: NodeJS.Signals | undefined;
const requestStop = (signal: NodeJS.Signals) => {
  if (!signals.emit(signal, signal)) pendingStop ??= signal;
};
signals.on('newListener', (event: string) => {
  if (pendingStop && (event === 'SIGINT' || event === 'SIGTERM')) {
    const signal = pendingStop;
    pendingStop = undefined;
    setImmediate(() => requestStop(signal));
  }
});
process.on('SIGINT', requestStop);
process.on('SIGTERM', requestStop);
process.on('SIGHUP', () => signals.emit('SIGHUP', 'SIGHUP'));
// `ptce bot` logs a rejection nobody awaited; before it listens, one still ends the process.
process.on('unhandledRejection', (reason) => {
  if (!signals.emit('unhandledRejection', reason)) throw reason;
});
const onManagerGone = () => requestStop('SIGTERM');
process.on('message', (message: unknown) => {
  if ((message as { ptceShard?: unknown } | null)?.ptceShard === SHARD_STOP.ptceShard) requestStop('SIGTERM');
});
process.once('disconnect', onManagerGone);

const done = (code: number) => {
  process.exitCode = code;
  process.off('disconnect', onManagerGone);
  // The IPC channel would keep the process alive once the bot has stopped.
  process.disconnect?.();
};
// Imported, not bundled in: `ptce bot` stays the CLI's own entry (dist/cli.js).
const { main } = await import('./cli.js');
main(['bot', ...process.argv.slice(2)], {
  ...io,
  err,
  env,
  signals: signals as unknown as SignalSource,
}).then(done, (error: unknown) => {
  io.err(error instanceof Error ? error.message : String(error));
  done(1);
});
