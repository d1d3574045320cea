/**
 * Interaction latency while the feed is flooded: the PTCE bot (`startBot` of the build, as
 * `ptce bot` runs it, with its HTTP server on) answers `/prochain` and mentions, first with no
 * other load, then while a loopback load of 200 keep-alive connections fetches `/calendar.ics`
 * for 10 s from a process of its own. Each sample is timed from the event sent by the local fake
 * Discord to the request carrying the answer's content received by it (see `bot-round-trip.ts`).
 * The figure that counts is the p99 under load against Discord's 3 s deadline, with a target of
 * 300 ms; the same bot's p99 with no load, in the same run, is the baseline of the ratio.
 *
 * Run with `npm run build`, then `npx tsx bench/feed-load-latency.bench.ts`. The last line is a
 * `SUMMARY {json}` for scripts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../test/support/reminder-bot-process.js';
import { percentile } from './bench-math.js';
import { type Bench, botDist, type Command, roundTrip, startBench, stopBench } from './bot-round-trip.js';
import type { LoadResult } from './loopback-load.js';

const BASELINE_SAMPLES = Number(process.env.PTCE_BENCH_SAMPLES ?? 300);
const LOAD_SECONDS = 10;
const CONNECTIONS = 200;
const PACE_MS = 22;
const TARGET_P99_MS = 300;
type Sampled = Extract<Command, 'prochain' | 'mention'>;
const COMMANDS: readonly Sampled[] = ['prochain', 'mention'];

if (!existsSync(botDist)) {
  console.error('packages/bot/dist is missing: run `npm run build` first.');
  process.exit(1);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Round trips of each command in turn, one every PACE_MS, until `more()` says stop. */
async function sample(bench: Bench, more: (n: number) => boolean): Promise<Record<Sampled, number[]>> {
  const times: Record<Sampled, number[]> = { prochain: [], mention: [] };
  let next = performance.now();
  for (let i = 0; more(i); i++) {
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    next = performance.now() + PACE_MS;
    const command = COMMANDS[i % COMMANDS.length]!;
    times[command].push((await roundTrip(bench, command, i, [''])).ms);
  }
  return times;
}

/** The loopback load as its own process, so that it shares no event loop with the bot. */
function flood(url: string): { done: Promise<LoadResult> } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'bench/loopback-load.ts'),
      url,
      String(CONNECTIONS),
      String(LOAD_SECONDS),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  return {
    done: new Promise((resolve, reject) => {
      child.once('exit', (code) =>
        code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load exited with ${code}`)),
      );
    }),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ptce-feed-load-'));
  const port = await freePort();
  const bench = await startBench('ptce', {
    PTCE_CLOCK: '2026-01-15T09:00:00+01:00',
    PTCE_DB: path.join(dir, 'ptce.sqlite'),
    PTCE_HTTP_PORT: String(port),
  });
  try {
    const feed = `http://127.0.0.1:${port}/calendar.ics`;
    const first = await fetch(feed);
    if (first.status !== 200) throw new Error(`the feed answered ${first.status}`);
    const feedBytes = (await first.arrayBuffer()).byteLength;
    await sample(bench, (i) => i < 40); // warm-up
    const quiet = await sample(bench, (i) => i < BASELINE_SAMPLES);
    let loading = true;
    const load = flood(feed);
    const finished = load.done.finally(() => {
      loading = false;
    });
    // The load process takes a moment to start: samples begin once it is under way.
    await sleep(500);
    const loaded = await sample(bench, () => loading);
    const result = await finished;
    const q = (values: number[], p: number) => percentile(values, p);
    console.log(
      `PTCE bot, answer latency with no load, then under ${CONNECTIONS} connections fetching the ${(feedBytes / 1024).toFixed(1)} KB feed for ${LOAD_SECONDS} s ` +
        `(${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2)}), ms`,
    );
    console.log('round trip   phase       n     p50     p99     max');
    const summary: Record<string, number> = {};
    for (const command of COMMANDS) {
      for (const [phase, times] of [
        ['quiet', quiet[command]],
        ['feed load', loaded[command]],
      ] as const) {
        console.log(
          `${`/${command}`.padEnd(12)} ${phase.padEnd(9)} ${String(times.length).padStart(5)} ${q(times, 0.5).toFixed(2).padStart(7)} ${q(times, 0.99).toFixed(2).padStart(7)} ${Math.max(
            ...times,
          )
            .toFixed(2)
            .padStart(7)}`,
        );
      }
      const ratio = q(loaded[command], 0.99) / q(quiet[command], 0.99);
      const p99 = q(loaded[command], 0.99);
      console.log(
        `${`/${command}`.padEnd(12)} p99 under load / quiet: ${ratio.toFixed(2)}; target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'MISSED'}`,
      );
      summary[`${command}P99Ms`] = Number(p99.toFixed(2));
      summary[`${command}P99Ratio`] = Number(ratio.toFixed(2));
    }
    console.log(
      `Feed load: ${result.requests} requests in ${result.seconds.toFixed(1)} s (${Math.round(result.throughput)}/s), ${result.errors} errors, p99 ${result.p99Ms.toFixed(1)} ms`,
    );
    console.log(
      `SUMMARY ${JSON.stringify({ bench: 'feed-load-latency', ...summary, feedRequestsPerSecond: Math.round(result.throughput), feedErrors: result.errors })}`,
    );
  } finally {
    await stopBench(bench);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
