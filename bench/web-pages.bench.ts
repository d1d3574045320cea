/**
 * The web pages against the .ics feed, on built JavaScript (run `npm run build` first):
 *
 * 1. render time and bytes of the home page and of the whole-PTCE feed, on the embedded dataset
 *    and on a national-size one (bench/national-dataset.ts), in the same run;
 * 2. time to first byte of the pages and the feed over HTTP (sequential requests, p50/p99),
 *    from a server in its own process;
 * 3. a wrk-style load on the loopback, bounded to 10 s per path, with the throughput.
 *
 * Run with `npx tsx bench/web-pages.bench.ts`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { request } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { SiteContext } from '../packages/bot/src/index.js';
import { percentile } from './bench-math.js';
import { loopbackLoad } from './loopback-load.js';
import { nationalDataset } from './national-dataset.js';

// Built JavaScript, as users run it; typed by the sources it is built from.
const dist = new URL('../packages/bot/dist/index.js', import.meta.url).href;
const { calendarFeed, loadDataset, siteResponse, startHttpServer } = (await import(
  dist
)) as typeof import('../packages/bot/src/index.js');

const self = fileURLToPath(import.meta.url);
const NOW = new Date('2023-04-01T08:00:00Z');
const LOAD_SECONDS = 10;
const LOAD_CONNECTIONS = 50;
const TTFB_SAMPLES = 2_000;

type Dataset = ReturnType<typeof loadDataset>;

function time(n: number, run: () => string): { firstMs: number; medianMs: number; bytes: number } {
  const first = performance.now();
  let body = run();
  const firstMs = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    body = run();
    times.push(performance.now() - t);
  }
  return {
    firstMs,
    medianMs: percentile(times, 0.5),
    bytes: Buffer.byteLength(body),
  };
}

/** `n` home renders and `feedRuns` feed renders (a national feed takes seconds: a few runs suffice). */
function renders(name: string, dataset: Dataset, n: number, feedRuns = n): string[][] {
  const site: SiteContext = { dataset, now: NOW, prefix: '', origin: 'https://agenda.example' };
  const home = time(n, () => siteResponse(site, '/', new URLSearchParams()).render(NOW));
  const feed = time(feedRuns, () => calendarFeed(dataset, { now: NOW }).ics);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    [name, 'home page', home.firstMs.toFixed(2), home.medianMs.toFixed(2), kb(home.bytes)],
    [name, '.ics feed', feed.firstMs.toFixed(2), feed.medianMs.toFixed(2), kb(feed.bytes)],
    [
      name,
      'home / feed',
      '',
      (home.medianMs / feed.medianMs).toFixed(2),
      (home.bytes / feed.bytes).toFixed(2),
    ],
  ];
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

/** Milliseconds from sending a GET to its first byte, `n` times one after the other. */
async function ttfb(url: string, n: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    times.push(
      await new Promise<number>((resolve, reject) => {
        const sent = performance.now();
        const req = request(url, (res) => {
          res.once('data', () => resolve(performance.now() - sent));
          res.resume();
        });
        req.on('error', reject);
        req.end();
      }),
    );
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(self, ['--child'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve({ child, url: message.url }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const auton = loadDataset();
  const national = nationalDataset().dataset as unknown as Dataset;
  console.log(
    `Web pages against the .ics feed (${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2)}), now = ${NOW.toISOString()}`,
  );
  console.log('');
  console.log('1. Render, in process (first = cold, median of the next ones)');
  table(
    ['dataset', 'what', 'first ms', 'median ms', 'bytes'],
    [
      ...renders(`${auton.ptce.name} (${auton.meetings.length} meetings)`, auton, 200),
      ...renders(`national (${national.meetings.length} meetings)`, national, 10, 2),
    ],
  );

  const { child, url } = await startChild();
  console.log('');
  console.log(
    `2. Time to first byte over HTTP, ${TTFB_SAMPLES} sequential requests each (${auton.ptce.name})`,
  );
  const paths = [
    '/',
    '/reunions/2023-04-06-comite-de-pilotage',
    '/comptes-rendus',
    '/widget',
    '/calendar.ics',
  ];
  const rows: string[][] = [];
  for (const path of paths) {
    const t = await ttfb(`${url}${path}`, TTFB_SAMPLES);
    rows.push([path, '', t.p50.toFixed(2), t.p99.toFixed(2), t.p99 < 20 ? 'yes' : 'NO']);
  }
  table(['path', '', 'p50 ms', 'p99 ms', 'p99 < 20 ms'], rows);

  console.log('');
  console.log(`3. Loopback load: ${LOAD_CONNECTIONS} keep-alive connections, ${LOAD_SECONDS} s per path`);
  const loads: string[][] = [];
  for (const path of ['/', '/calendar.ics']) {
    const r = await loopbackLoad({
      url: `${url}${path}`,
      connections: LOAD_CONNECTIONS,
      seconds: LOAD_SECONDS,
    });
    loads.push([
      path,
      '',
      String(r.requests),
      String(r.errors),
      r.throughput.toFixed(0),
      `${(r.bytes / r.seconds / 1_048_576).toFixed(1)} MB/s`,
      r.p50Ms.toFixed(2),
      r.p99Ms.toFixed(2),
    ]);
  }
  table(['path', '', 'requests', 'errors', 'req/s', 'bytes/s', 'p50 ms', 'p99 ms'], loads);
  child.kill();
}

if (process.argv[2] === '--child') {
  const dataset = loadDataset();
  const server = await startHttpServer({ port: 0, pages: true, getDataset: () => dataset, now: () => NOW });
  process.send?.({ url: server.url });
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}
