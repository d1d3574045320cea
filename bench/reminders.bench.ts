/**
 * Benchmark of one reminder scheduler tick (`reminderPlan` + `dueReminders`) over a synthetic
 * dataset of 100,000 meetings. Run with `npx tsx bench/reminders.bench.ts`.
 *
 * Figures are reported as a ratio against a floor: a plain loop that touches every meeting once.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compareMeetings, type DatedMeeting, datedMeeting } from '../packages/core/src/dataset/dataset.js';
import {
  dueReminders,
  type LedgerByKey,
  type LedgerEntry,
  ledgerByKey,
  reminderPlan,
} from '../packages/core/src/meetings/reminders/index.js';
import type { Meeting, MeetingStatus, ReminderPolicies } from '../packages/core/src/schema/index.js';
import { seededRandom as prng, stats } from './bench-math.js';

const MEETINGS = 100_000;
const RUNS = 20;
const WARMUP = 3;
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

function syntheticMeetings(count: number): DatedMeeting[] {
  const random = prng(20_240_101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const zones = [
    'Europe/Paris',
    'Europe/Paris',
    'Europe/Paris',
    'Europe/Paris',
    'America/Martinique',
    'Indian/Reunion',
  ];
  const first = Date.UTC(2024, 0, 1);
  // Drawn at random, then created in date order, as a data file or a series lists them.
  const days = Array.from({ length: count }, () => Math.floor(random() * 731)).sort((a, b) => a - b);
  const meetings: DatedMeeting[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(first + (days[i] ?? 0) * DAY);
    const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const hour = 8 + Math.floor(random() * 12);
    const minute = pick([0, 0, 15, 30, 45]);
    const p = random();
    const precise = p < 0.8;
    const start = precise
      ? `${ymd}T${pad(hour)}:${pad(minute)}`
      : p < 0.92
        ? ymd
        : p < 0.98
          ? ymd.slice(0, 7)
          : ymd.slice(0, 4);
    const s = random();
    const status: MeetingStatus = s < 0.7 ? 'planned' : s < 0.9 ? 'held' : 'cancelled';
    const target = Math.floor(random() * 60);
    const meeting: Meeting = {
      id: `m${i}`,
      ...(target < 40 ? { body: `instance-${target}` } : { group: `groupe-${target}` }),
      title: `Réunion ${i}`,
      kind: 'meeting',
      start,
      ...(precise && random() < 0.5 ? { end: `${ymd}T${pad(hour + 2)}:${pad(minute)}` } : {}),
      agenda: [],
      status,
    };
    meetings.push(datedMeeting(meeting, pick(zones)));
  }
  return meetings.sort(compareMeetings);
}

const policies: ReminderPolicies = {
  default: [
    { id: 'j-7', label: '7 jours avant à 9 h', daysBefore: 7, at: '09:00', includeAgenda: true },
    { id: 'veille', label: 'la veille à 9 h', daysBefore: 1, at: '09:00', includeAgenda: false },
  ],
  byTarget: {
    'instance-1': [{ id: '2h', hoursBefore: 2, includeAgenda: false }],
    'groupe-45': [
      { id: 'veille', daysBefore: 1, at: '18:00', includeAgenda: false },
      { id: '30min', minutesBefore: 30, includeAgenda: false },
    ],
  },
};

interface Measure {
  readonly median: number;
  readonly p95: number;
  /** Median CPU time (user + system) of the process: less sensitive to other load on the machine. */
  readonly cpuMedian: number;
  readonly size: number;
}

function measure(run: () => number): Measure {
  let size = 0;
  for (let i = 0; i < WARMUP; i++) size = run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    size = run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...stats(wall), cpuMedian: stats(cpu).median, size };
}

const built = performance.now();
const meetings = syntheticMeetings(MEETINGS);
console.log(
  `${MEETINGS.toLocaleString('en')} meetings built in ${(performance.now() - built).toFixed(0)} ms`,
);

const now = new Date('2024-11-15T08:02:00Z');
const options = { catchUpWindowMs: 6 * 3_600_000 };
const fullRange = { from: new Date('2023-12-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') };
const nextMonth = { from: now, to: new Date(now.getTime() + 30 * DAY) };

// A ledger as the bot would hold it at `now`: everything before it was sent or skipped.
const ledger: LedgerEntry[] = [];
{
  const decisions = dueReminders(reminderPlan(meetings, policies, fullRange), [], now, options);
  for (const r of decisions.sent) ledger.push({ key: r.key, fingerprint: r.fingerprint, state: 'sent' });
  for (const { reminder: r, reason } of decisions.skipped) {
    ledger.push({ key: r.key, fingerprint: r.fingerprint, state: 'skipped', reason });
  }
  for (const r of [...decisions.due, ...decisions.late]) {
    ledger.push({ key: r.key, fingerprint: r.fingerprint, state: 'claimed' });
  }
}

let sink = 0;
const baseline = measure(() => {
  let total = 0;
  for (const m of meetings) total += m.when.startsAt - 7 * 86_400e3;
  sink += total;
  return meetings.length;
});

interface Window {
  readonly from: Date;
  readonly to: Date;
  readonly sortedByStart?: boolean;
}

const indexed = ledgerByKey(ledger);

const tick =
  (window: Window, rows: readonly LedgerEntry[] | LedgerByKey = ledger) =>
  () => {
    const plan = reminderPlan(meetings, policies, window);
    const decisions = dueReminders(plan, rows, now, options);
    sink += decisions.due.length + decisions.late.length;
    return plan.length;
  };
const planOnly = (window: Window) => () => reminderPlan(meetings, policies, window).length;

const rows = [
  ['baseline: touch every meeting', baseline],
  ['plan, next 30 days, scan', measure(planOnly(nextMonth))],
  ['plan, next 30 days, binary search', measure(planOnly({ ...nextMonth, sortedByStart: true }))],
  ['tick (plan + due), next 30 days, scan', measure(tick(nextMonth))],
  ['tick (plan + due), next 30 days, binary search', measure(tick({ ...nextMonth, sortedByStart: true }))],
  [
    'tick, next 30 days, binary search, kept ledger index',
    measure(tick({ ...nextMonth, sortedByStart: true }, indexed)),
  ],
  ['plan, full range', measure(planOnly(fullRange))],
  ['tick (plan + due), full range', measure(tick(fullRange))],
  ['tick, full range, kept ledger index', measure(tick(fullRange, indexed))],
] as const;

const table = rows.map(([name, r]) => ({
  scenario: name,
  items: r.size,
  'median ms': r.median.toFixed(2),
  'p95 ms': r.p95.toFixed(2),
  'median ÷ baseline': (r.median / baseline.median).toFixed(2),
  'cpu median ms': r.cpuMedian.toFixed(2),
}));
console.log(
  `ledger: ${ledger.length.toLocaleString('en')} entries; ${RUNS} runs after ${WARMUP} warm-up runs`,
);
console.table(table);
const [, realistic] = rows[5];
console.log(
  `scheduler tick (next 30 days, sorted meetings, kept ledger index): median ${realistic.median.toFixed(1)} ms, ` +
    `p95 ${realistic.p95.toFixed(1)} ms (target < 100 ms: ${realistic.median < 100 ? 'met' : 'missed'})`,
);
console.log(
  `machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} (median and p95 are wall-clock)`,
);
if (sink === Number.MIN_VALUE) console.log(sink);
