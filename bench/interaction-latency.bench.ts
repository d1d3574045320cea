/**
 * Answer latency of the PTCE bot against a bare discord.js bot, both running the built
 * JavaScript under plain `node` (no tsx) as their own process, each against its own local fake
 * Discord. Run with `npm run build`, then `npx tsx bench/interaction-latency.bench.ts`
 * (`PTCE_BENCH_SAMPLES=200` for a quick check; the figures need the default 2,000).
 *
 * Three round trips are timed, each from the moment the fake sends the event to the moment the
 * request carrying the answer's content has reached it (`receivedAt` of the recorded request):
 *
 * - `/prochain`: INTERACTION_CREATE → the interaction callback that replies (type 4);
 * - `/question`: INTERACTION_CREATE → the edit of the deferred reply (`PATCH …/@original`), or
 *   the follow-up the bot sends instead; the deferral itself is not the answer;
 * - a mention: MESSAGE_CREATE of a message that mentions the bot → the channel message that
 *   replies to it.
 *
 * The bare bot does the same round trips with a fixed text: it replies to `/prochain`, defers
 * then edits for `/question`, and replies to a mention. The PTCE bot is `startBot` of
 * `packages/bot/dist`, as `ptce bot` runs it. Samples alternate between the two bots one by one,
 * so that both see the same machine load, one pair of samples every 22 ms: discord.js holds a
 * bot's REST calls past 50 a second (interaction callbacks aside), and a faster pace would time
 * that queue instead of the bots. A run starts both processes afresh, takes the warm-up
 * and the samples of each command, then reads each process's resident memory (`VmRSS`); the
 * benchmark makes three runs and reports percentiles over all samples, and the min, median and
 * max over the runs of each p50.
 *
 * A full run (2 CPUs shared with other work, load 2.5, 427 s), ms, PTCE bot / bare bot:
 *
 *   round trip   p50 (ratio)        p95 (ratio)        p99 (ratio)         p50 over runs, ratio
 *   /prochain    1.47 / 1.10 (1.33) 4.62 / 4.15 (1.11)  8.33 /  9.15 (0.91) 1.31 / 1.31 / 1.37
 *   /question    3.00 / 1.72 (1.74) 7.77 / 5.95 (1.30) 17.31 / 14.56 (1.19) 1.67 / 1.71 / 1.86
 *   @mention     2.15 / 0.92 (2.32) 6.35 / 3.99 (1.59) 12.10 /  8.86 (1.36) 2.21 / 2.34 / 2.41
 *
 * Resident memory after the samples (median of 3 runs): PTCE bot 152.1 MiB, bare bot 105.4 MiB,
 * ratio 1.44 (1.43 to 1.53).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Bot from '../packages/bot/src/index.js';
import { residentMemoryKiB } from '../test/support/reminder-bot-process.js';
import { percentile } from './bench-math.js';
import {
  botDist,
  type Command,
  gist,
  type Mode,
  roundTrip,
  startBench,
  stopBench,
} from './bot-round-trip.js';

const SAMPLES = Number(process.env.PTCE_BENCH_SAMPLES ?? 2000);
const WARMUP = Math.min(100, SAMPLES);
// discord.js queues a bot's REST calls past 50 a second (callbacks aside): a sample every 22 ms
// keeps each bot at about 45, so that no sample waits for that client-side limit.
const PACE_MS = 22;
const RUNS = 3;
const CLOCK = '2026-01-15T09:00:00+01:00';
const fixture = fileURLToPath(new URL('../test/fixtures/second-ptce.yaml', import.meta.url));

if (!Number.isInteger(SAMPLES) || SAMPLES < 1)
  throw new Error('PTCE_BENCH_SAMPLES must be a positive integer');
if (!existsSync(botDist)) {
  console.error('packages/bot/dist is missing: run `npm run build` first.');
  process.exit(1);
}
// The parent only reads the dataset, from the same build the bot runs.
const { loadDataset } = (await import(pathToFileURL(botDist).href)) as typeof Bot;

const MODES: readonly Mode[] = ['bare', 'ptce'];
const COMMANDS: readonly Command[] = ['prochain', 'question', 'mention'];
const LABEL: Record<Command, string> = { prochain: '/prochain', question: '/question', mention: '@mention' };

// ---- Runs and the table -----------------------------------------------------------------------

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Median of five `VmRSS` reads 100 ms apart, in KiB. */
async function memoryKiB(pid: number): Promise<number> {
  const reads: number[] = [];
  for (let k = 0; k < 5; k++) {
    reads.push(residentMemoryKiB(pid));
    await sleep(100);
  }
  return reads.sort((a, b) => a - b)[2]!;
}

interface RunResult {
  readonly times: Record<Command, Record<Mode, number[]>>;
  readonly memoryKiB: Record<Mode, number>;
  readonly gists: Record<Command, Record<Mode, string>>;
}

async function run(env: Record<string, string>, targets: readonly string[]): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ptce-bench-'));
  const [bare, ptce] = await Promise.all([
    startBench('bare', {}),
    startBench('ptce', { ...env, PTCE_DB: path.join(dir, 'ptce.sqlite') }),
  ]);
  try {
    const times = {} as RunResult['times'];
    const gists = {} as RunResult['gists'];
    for (const command of COMMANDS) {
      times[command] = { bare: [], ptce: [] };
      gists[command] = { bare: '', ptce: '' };
      let next = performance.now();
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        const wait = next - performance.now();
        if (wait > 0) await sleep(wait);
        next = performance.now() + PACE_MS;
        // ABBA: each bot goes first every other sample.
        for (const bench of i % 2 === 0 ? [bare, ptce] : [ptce, bare]) {
          const { ms, answer } = await roundTrip(bench, command, i, targets);
          if (i >= WARMUP) times[command][bench.mode].push(ms);
          if (i === 0) gists[command][bench.mode] = gist(answer.body);
        }
      }
    }
    await sleep(500);
    const memory = {
      bare: await memoryKiB(bare.child.pid!),
      ptce: await memoryKiB(ptce.child.pid!),
    };
    return { times, memoryKiB: memory, gists };
  } finally {
    await Promise.all([stopBench(bare), stopBench(ptce)]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => percentile(values, 0.5);
const ms = (value: number) => value.toFixed(2);
const spread = (values: readonly number[], format: (v: number) => string) =>
  `${format(Math.min(...values))} / ${format(median(values))} / ${format(Math.max(...values))}`;

function table(rows: readonly string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) {
    console.log(row.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  }
}

async function main(): Promise<void> {
  let env: Record<string, string> = { PTCE_CLOCK: CLOCK };
  let dataset: ReturnType<typeof loadDataset>;
  try {
    dataset = loadDataset();
  } catch {
    env = { ...env, PTCE_DATA: fixture };
    dataset = loadDataset(fixture);
  }
  const targets = ['', ...dataset.bodies.map((b) => b.id), ...dataset.groups.map((g) => g.id)];
  const started = performance.now();
  const runs: RunResult[] = [];
  for (let r = 0; r < RUNS; r++) {
    runs.push(await run(env, targets));
    console.error(`run ${r + 1}/${RUNS} done after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  console.log(
    `Answer latency, event sent → request with the answer's content received by the fake (${dataset.ptce.name}; ` +
      `both bots on the built JS under plain node; ${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2)}; ` +
      `${RUNS} runs × ${SAMPLES} samples per command and bot after ${WARMUP} warm-up, in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  console.log('');
  const rows: string[][] = [['round trip', 'bot', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms']];
  const spreads: string[][] = [
    ['round trip', 'p50 over runs', 'min / median / max ms', 'ratio min / median / max'],
  ];
  for (const command of COMMANDS) {
    const all = Object.fromEntries(MODES.map((m) => [m, runs.flatMap((r) => r.times[command][m])])) as Record<
      Mode,
      number[]
    >;
    const q = (m: Mode, p: number) => percentile(all[m], p);
    for (const mode of MODES) {
      rows.push([
        LABEL[command],
        mode === 'bare' ? 'bare discord.js' : 'PTCE bot',
        String(all[mode].length),
        ms(q(mode, 0.5)),
        ms(q(mode, 0.95)),
        ms(q(mode, 0.99)),
        ms(Math.max(...all[mode])),
      ]);
    }
    rows.push([
      LABEL[command],
      'ratio PTCE / bare',
      '',
      ...[0.5, 0.95, 0.99].map((p) => (q('ptce', p) / q('bare', p)).toFixed(2)),
      (Math.max(...all.ptce) / Math.max(...all.bare)).toFixed(2),
    ]);
    const p50s = Object.fromEntries(
      MODES.map((m) => [m, runs.map((r) => median(r.times[command][m]))]),
    ) as Record<Mode, number[]>;
    const ratios = runs.map((_, k) => p50s.ptce[k]! / p50s.bare[k]!);
    for (const mode of MODES) {
      spreads.push([
        LABEL[command],
        mode === 'bare' ? 'bare discord.js' : 'PTCE bot',
        spread(p50s[mode], ms),
        mode === 'ptce' ? spread(ratios, (v) => v.toFixed(2)) : '',
      ]);
    }
  }
  table(rows);
  console.log('');
  table(spreads);
  console.log('');
  console.log('First answer of each bot (the PTCE bot answers for real, the bare bot with a fixed text):');
  for (const command of COMMANDS) {
    console.log(
      `  ${LABEL[command]}: PTCE « ${runs[0]!.gists[command].ptce} », bare « ${runs[0]!.gists[command].bare} »`,
    );
  }
  console.log('');
  const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
  const memory = Object.fromEntries(MODES.map((m) => [m, runs.map((r) => r.memoryKiB[m])])) as Record<
    Mode,
    number[]
  >;
  const memoryRatios = runs.map((r) => r.memoryKiB.ptce / r.memoryKiB.bare);
  console.log(
    `Resident memory (VmRSS) after each run's ${(WARMUP + SAMPLES) * COMMANDS.length} round trips, min / median / max over ${RUNS} runs: ` +
      `PTCE bot ${spread(memory.ptce, mib)}; bare bot ${spread(memory.bare, mib)}; ` +
      `ratio PTCE / bare ${spread(memoryRatios, (v) => v.toFixed(2))}`,
  );
}

await main();
