/**
 * Series expansion: core's `occurrences` against rrule expanding the same rule.
 * Run with `npx tsx bench/series.bench.ts`. Figures only; nothing is asserted.
 */
import { performance } from 'node:perf_hooks';
import * as rruleModule from 'rrule';
import { occurrences } from '../packages/core/src/meetings/series/occurrences.js';
import { Series } from '../packages/core/src/schema/index.js';

// rrule ships CommonJS for Node: its named exports sit on `default` under tsx.
const { RRule, datetime } =
  (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

interface Case {
  readonly name: string;
  readonly series: Series;
  readonly range: { from: Date; to: Date };
  readonly rrule: (tzid?: string) => InstanceType<typeof RRule>;
}

const cases: Case[] = [
  {
    name: 'first Tuesday monthly 18:00, 50 years',
    series: Series.parse({
      id: 'gt',
      title: 'GT',
      frequency: 'monthly',
      weekday: 'TU',
      setPosition: 1,
      time: '18:00',
      from: '2000-01-01',
      until: '2049-12-31',
    }),
    range: { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2050-01-01T00:00:00Z') },
    rrule: (tzid) =>
      new RRule({
        freq: RRule.MONTHLY,
        byweekday: [RRule.TU.nth(1)],
        dtstart: datetime(2000, 1, 1, 18, 0),
        until: datetime(2049, 12, 31, 23, 59),
        ...(tzid ? { tzid } : {}),
      }),
  },
  {
    name: 'weekly Thursday 18:00, 10 years',
    series: Series.parse({
      id: 'gt',
      title: 'GT',
      frequency: 'weekly',
      weekday: 'TH',
      time: '18:00',
      from: '2020-01-01',
      until: '2029-12-31',
    }),
    range: { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') },
    rrule: (tzid) =>
      new RRule({
        freq: RRule.WEEKLY,
        byweekday: [RRule.TH],
        dtstart: datetime(2020, 1, 1, 18, 0),
        until: datetime(2029, 12, 31, 23, 59),
        ...(tzid ? { tzid } : {}),
      }),
  },
  {
    name: 'first Tuesday monthly, one month out of 50 years',
    series: Series.parse({
      id: 'gt',
      title: 'GT',
      frequency: 'monthly',
      weekday: 'TU',
      setPosition: 1,
      time: '18:00',
      from: '2000-01-01',
      until: '2049-12-31',
    }),
    range: { from: new Date('2045-06-01T00:00:00Z'), to: new Date('2045-07-01T00:00:00Z') },
    rrule: (tzid) =>
      new RRule({
        freq: RRule.MONTHLY,
        byweekday: [RRule.TU.nth(1)],
        dtstart: datetime(2000, 1, 1, 18, 0),
        until: datetime(2049, 12, 31, 23, 59),
        ...(tzid ? { tzid } : {}),
      }),
  },
];

/** The best of several batches: the least disturbed by other work on the machine. */
function timePerRun(run: () => number, batches = 7, minMs = 150): { ms: number; count: number } {
  let count = run();
  for (let i = 0; i < 5; i++) count = run();
  let best = Number.POSITIVE_INFINITY;
  for (let b = 0; b < batches; b++) {
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      count = run();
      runs++;
    }
    best = Math.min(best, (performance.now() - start) / runs);
  }
  return { ms: best, count };
}

const rows: string[][] = [];
for (const c of cases) {
  const windowed = c.name.includes('one month');
  const ours = timePerRun(() => occurrences(c.series, c.range).length);
  const floating = timePerRun(() =>
    windowed ? c.rrule().between(c.range.from, c.range.to, true).length : c.rrule().all().length,
  );
  const tzid = timePerRun(() =>
    windowed
      ? c.rrule('Europe/Paris').between(c.range.from, c.range.to, true).length
      : c.rrule('Europe/Paris').all().length,
  );
  rows.push([
    c.name,
    String(ours.count),
    ours.ms.toFixed(3),
    floating.ms.toFixed(3),
    tzid.ms.toFixed(3),
    (floating.ms / ours.ms).toFixed(2),
    (tzid.ms / ours.ms).toFixed(2),
  ]);
}

const header = [
  'case',
  'occurrences',
  'core ms',
  'rrule ms',
  'rrule+tzid ms',
  'rrule/core',
  'rrule+tzid/core',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('\nRatios above 1 mean core is faster. Core computes real instants in Europe/Paris;');
console.log('rrule without tzid computes floating wall-clock dates only (no time zone work).');
