/**
 * Scheduler tick with 100,000 meetings in the SQLite store (issue: reminders that are never lost).
 * Run: npx tsx bench/scheduler.bench.ts
 * Reports the median and p95 of a warm tick (nothing due: the common case), of a tick that
 * sends 20 reminders, and of the first tick (overlay read and dataset built), as ratios against a
 * baseline in the same process: reading the 100,000 overlay rows once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Meeting, parseDataset } from '@ptce/core';
import type { Clock, ClockTimer } from '../packages/bot/src/clock.js';
import { overlaidDataset } from '../packages/bot/src/data/overlaid-dataset.js';
import { ReminderScheduler } from '../packages/bot/src/reminders/scheduler.js';
import { openStore } from '../packages/bot/src/store/index.js';

const MEETINGS = 100_000;
const GUILD = '123456789012345678';
const base = parseDataset(
  `version: 1
ptce: { id: bench, name: PTCE banc d'essai, territory: { name: Banc } }
sources: [{ id: doc, title: Doc, date: "2026" }]
bodies:
${Array.from({ length: 20 }, (_, i) => `  - { id: b${i}, name: Instance ${i}, level: ptce, kind: committee, source: doc }`).join('\n')}
`,
);
if (!base.ok) throw new Error('bench dataset invalid');

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pad = (n: number) => String(n).padStart(2, '0');
const start0 = Date.UTC(2026, 0, 1);
const meetings: Meeting[] = Array.from({ length: MEETINGS }, (_, i) => {
  const d = new Date(start0 + Math.floor(random() * 730) * 86_400_000);
  const hour = 8 + Math.floor(random() * 10);
  return {
    id: `m${i}`,
    body: `b${i % 20}`,
    title: `Réunion ${i}`,
    kind: 'meeting',
    start: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(hour)}:00`,
    agenda: [],
    status: random() < 0.05 ? 'cancelled' : 'planned',
  };
});

const dir = mkdtempSync(path.join(tmpdir(), 'ptce-bench-'));
const store = openStore(path.join(dir, 'bench.sqlite'));
const t0 = performance.now();
const insert = store.upsertMeeting.bind(store);
for (const m of meetings) insert(GUILD, m, new Date('2026-01-01T00:00:00Z'));
const insertMs = performance.now() - t0;
for (let i = 0; i < 20; i++)
  store.setRoute(GUILD, { target: `b${i}`, channelId: `9${String(i).padStart(17, '0')}` });

let now = Date.parse('2026-06-15T07:00:30Z');
const clock: Clock = {
  speed: 1,
  now: () => new Date(now),
  setTimeout: (): ClockTimer => ({ done: false }),
  clearTimeout: () => {},
  sleep: async () => {},
};
let sent = 0;
const scheduler = new ReminderScheduler({
  guildId: GUILD,
  store,
  dataset: () => overlaidDataset(base.value, store, GUILD),
  clock,
  sender: {
    async send() {
      sent++;
      return String(800000000000000000n + BigInt(sent));
    },
  },
  logger: { debug() {}, info() {}, warn() {}, error() {} },
});

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

// Baseline: reading the overlay rows once, the floor cost of touching every stored meeting.
const baseline: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  store.listMeetings(GUILD);
  baseline.push(performance.now() - t);
}

const first = performance.now();
await scheduler.tick();
const firstMs = performance.now() - first;

// Catch-up sends everything due around now; then warm ticks have little to do.
const warm: number[] = [];
for (let i = 0; i < 30; i++) {
  now += 1000;
  const t = performance.now();
  await scheduler.tick();
  warm.push(performance.now() - t);
}
const busy: number[] = [];
for (let i = 0; i < 10; i++) {
  now += 86_400_000;
  const before = sent;
  const t = performance.now();
  await scheduler.tick();
  busy.push(performance.now() - t);
  if (i === 0) console.log(`(a day later: ${sent - before} reminders sent in that tick)`);
}

const b = quantile(baseline, 0.5);
const row = (name: string, xs: number[]) =>
  console.log(
    `${name.padEnd(38)} median ${quantile(xs, 0.5).toFixed(1).padStart(7)} ms  p95 ${quantile(xs, 0.95).toFixed(1).padStart(7)} ms  ratio ${(quantile(xs, 0.5) / b).toFixed(2)}`,
  );
console.log(
  `${MEETINGS} meetings stored in ${(insertMs / 1000).toFixed(1)} s; reminders sent in total: ${sent}`,
);
row('baseline: read 100k overlay rows', baseline);
row('first tick (build overlaid dataset)', [firstMs]);
row('warm tick (nothing new)', warm);
row('tick a day later (sends)', busy);
console.log(`resident memory: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
store.close();
rmSync(dir, { recursive: true, force: true });
