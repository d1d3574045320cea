/**
 * The web pages against the .ics feed, on built JavaScript (run `npm run build` first):
 *
 * 1. render time and bytes of the home page and of the whole-PTCE feed, on the embedded dataset
 *    and on a national-size one (bench/national-dataset.ts), in the same run;
 * 2. time to first byte of the pages and the feed over HTTP (sequential requests, p50/p99),
 *    from a server in its own process;
 * 3. a wrk-style load on the loopback, bounded to 10 s per path, with the throughput;
 * 4. the national dataset served over HTTP: the first request (which renders), then the time to
 *    first byte once it is in memory, and a revalidation (`If-None-Match`, answered 304).
 *
 * The baseline is the `.ics` feed, measured in the same run: each figure of a page is also given
 * as a ratio to the feed's. Targets: p99 under 20 ms on the embedded dataset, the national feed
 * built in under 1 s.
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
const NATIONAL_TTFB_SAMPLES = 200;
const TTFB_TARGET_MS = 20;
const NATIONAL_BUILD_TARGET_MS = 1_000;

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

type Timing = ReturnType<typeof time>;

/** `n` home renders and `feedRuns` feed renders (a national feed takes a fraction of a second). */
function renders(dataset: Dataset, n: number, feedRuns = n): { home: Timing; feed: Timing } {
  const site: SiteContext = { dataset, now: NOW, prefix: '', origin: 'https://agenda.example' };
  const home = time(n, () => siteResponse(site, '/', new URLSearchParams()).render(NOW));
  const feed = time(feedRuns, () => calendarFeed(dataset, { now: NOW }).ics);
  return { home, feed };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function renderRows(name: string, { home, feed }: { home: Timing; feed: Timing }): string[][] {
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

/** One GET: the time to its first byte (the headers, for a 304) and to its last, its status and ETag. */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ firstMs: number; lastMs: number; status: number; etag: string }> {
  return new Promise((resolve, reject) => {
    const sent = performance.now();
    let firstMs = Number.NaN;
    const req = request(url, { headers }, (res) => {
      firstMs = performance.now() - sent;
      res.resume();
      res.on('end', () =>
        resolve({
          firstMs,
          lastMs: performance.now() - sent,
          status: res.statusCode ?? 0,
          etag: String(res.headers.etag ?? ''),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Milliseconds from sending a GET to its first byte, `n` times one after the other. */
async function ttfb(
  url: string,
  n: number,
  headers: Record<string, string> = {},
): Promise<{ p50: number; p99: number; statuses: string }> {
  const times: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < n; i++) {
    const r = await get(url, headers);
    times.push(r.firstMs);
    statuses.add(r.status);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), statuses: [...statuses].join(',') };
}

function startChild(dataset: 'embedded' | 'national'): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(self, ['--child', dataset], {
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
  const nationalRenders = renders(national, 10, 5);
  table(
    ['dataset', 'what', 'first ms', 'median ms', 'bytes'],
    [
      ...renderRows(`${auton.ptce.name} (${auton.meetings.length} meetings)`, renders(auton, 200)),
      ...renderRows(`national (${national.meetings.length} meetings)`, nationalRenders),
    ],
  );
  const build = nationalRenders.feed.medianMs;
  console.log(
    `national .ics built in ${build.toFixed(0)} ms (median): ${build < NATIONAL_BUILD_TARGET_MS ? 'yes' : 'NO'}, under ${NATIONAL_BUILD_TARGET_MS} ms`,
  );

  const { child, url } = await startChild('embedded');
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
  const measured: { path: string; p50: number; p99: number }[] = [];
  for (const path of paths) measured.push({ path, ...(await ttfb(`${url}${path}`, TTFB_SAMPLES)) });
  const feedTtfb = measured.find((m) => m.path === '/calendar.ics')!;
  table(
    ['path', '', 'p50 ms', 'p99 ms', `p99 < ${TTFB_TARGET_MS} ms`, 'p99 / feed'],
    measured.map((t) => [
      t.path,
      '',
      t.p50.toFixed(2),
      t.p99.toFixed(2),
      t.p99 < TTFB_TARGET_MS ? 'yes' : 'NO',
      (t.p99 / feedTtfb.p99).toFixed(2),
    ]),
  );

  console.log('');
  console.log(`3. Loopback load: ${LOAD_CONNECTIONS} keep-alive connections, ${LOAD_SECONDS} s per path`);
  const loads: { path: string; r: Awaited<ReturnType<typeof loopbackLoad>> }[] = [];
  for (const path of ['/calendar.ics', '/']) {
    const r = await loopbackLoad({
      url: `${url}${path}`,
      connections: LOAD_CONNECTIONS,
      seconds: LOAD_SECONDS,
    });
    loads.push({ path, r });
  }
  const feedLoad = loads[0]!.r;
  table(
    ['path', '', 'requests', 'errors', 'req/s', 'bytes/s', 'p50 ms', 'p99 ms', 'req/s / feed'],
    loads.map(({ path, r }) => [
      path,
      '',
      String(r.requests),
      String(r.errors),
      r.throughput.toFixed(0),
      `${(r.bytes / r.seconds / 1_048_576).toFixed(1)} MB/s`,
      r.p50Ms.toFixed(2),
      r.p99Ms.toFixed(2),
      (r.throughput / feedLoad.throughput).toFixed(2),
    ]),
  );
  child.kill();

  const served = await startChild('national');
  console.log('');
  console.log(
    `4. The national dataset over HTTP: first request (renders), then ${NATIONAL_TTFB_SAMPLES} sequential requests from memory`,
  );
  const rows: string[][] = [];
  const nationalTtfb: Record<string, number> = {};
  for (const path of ['/calendar.ics', '/']) {
    const first = await get(`${served.url}${path}`);
    const warm = await ttfb(`${served.url}${path}`, NATIONAL_TTFB_SAMPLES);
    const revalidated = await ttfb(`${served.url}${path}`, NATIONAL_TTFB_SAMPLES, {
      'If-None-Match': first.etag,
    });
    nationalTtfb[path] = warm.p99;
    rows.push([
      path,
      '',
      first.firstMs.toFixed(0),
      first.lastMs.toFixed(0),
      warm.p50.toFixed(2),
      warm.p99.toFixed(2),
      `${revalidated.p99.toFixed(2)} (${revalidated.statuses})`,
      (warm.p99 / (nationalTtfb['/calendar.ics'] ?? warm.p99)).toFixed(2),
    ]);
  }
  table(
    ['path', '', 'first: ttfb ms', 'last byte ms', 'p50 ms', 'p99 ms', 'If-None-Match p99 ms', 'p99 / feed'],
    rows,
  );
  served.child.kill();
}

if (process.argv[2] === '--child') {
  const dataset =
    process.argv[3] === 'national' ? (nationalDataset().dataset as unknown as Dataset) : loadDataset();
  const server = await startHttpServer({ port: 0, pages: true, getDataset: () => dataset, now: () => NOW });
  process.send?.({ url: server.url });
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}
