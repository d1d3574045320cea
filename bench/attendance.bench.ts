/**
 * Benchmark of `attendanceReport` for an assemblée générale of 4,000 member structures (binômes:
 * 8,000 people) with 2,000 answers, some of them proxies, chains and proxies over the cap. It runs
 * on the built core (`npm run build` first): `npx tsx bench/attendance.bench.ts`.
 *
 * Figures are reported as a ratio against a naive report doing the same work in the same run:
 * for each convened structure, a scan of every answer, and for each proxy, a scan for its holder.
 * Both must agree on every count, or the bench stops.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type * as Core from '../packages/core/src/index.js';
import { seededRandom as prng, stats } from './bench-math.js';

const STRUCTURES = 4_000;
const RESPONSES = 2_000;
const RUNS = 50;
const WARMUP = 5;
const TARGET_MS = 5;

const builtCore = fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url));
if (!existsSync(builtCore)) {
  console.error('packages/core/dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const core = (await import(builtCore)) as typeof Core;

const random = prng(20_250_620);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const structures = Array.from({ length: STRUCTURES }, (_, i) => ({
  id: `s${i}`,
  name: `Structure ${i}`,
  kind: 'association' as const,
  membership: [{ period: '2025', source: 'bench' }],
  source: 'bench',
}));
const people = structures.flatMap((s, i) => [
  { id: `p${i}a`, name: `Administrateur ${i}`, organisation: s.id, source: 'bench' },
  { id: `p${i}b`, name: `Salarié ${i}`, organisation: s.id, source: 'bench' },
]);
const built = performance.now();
const dataset = core.buildDataset(
  core.DatasetFile.parse({
    version: 1,
    ptce: { id: 'bench', name: 'PTCE national', territory: { name: 'France' } },
    sources: [{ id: 'bench', title: 'Données synthétiques', date: '2025' }],
    structures,
    people,
    bodies: [
      {
        id: 'ag',
        name: 'Assemblée générale',
        level: 'association',
        kind: 'general-assembly',
        attendance: {
          convened: 'members',
          voice: 'structure',
          quorum: '1/4',
          proxies: { maxPerHolder: 2 },
          noticeDays: 15,
          setting: true,
        },
        source: 'bench',
      },
    ],
    meetings: [{ id: 'ag-2025', body: 'ag', title: 'AG', start: '2025-06-20T14:00' }],
  }),
);
const meeting = dataset.meetingById.get('ag-2025')!;
console.log(
  `dataset of ${STRUCTURES.toLocaleString('en')} structures built in ${(performance.now() - built).toFixed(0)} ms`,
);

const start = meeting.when.startsAt;
const now = new Date(start - 3 * 86_400_000);
const personIds = people.map((p) => p.id);
const responses: Core.AttendanceResponse[] = Array.from({ length: RESPONSES }, () => {
  const r = random();
  const respondent = pick(personIds);
  const at = start - Math.floor(random() * 20 * 86_400_000);
  if (r < 0.6) return { respondent, answer: 'present', at };
  if (r < 0.72) return { respondent, answer: 'excused', at };
  if (r < 0.8) return { respondent, answer: 'absent', at };
  // Proxies to a handful of popular holders, so that caps and chains come up.
  const holder = random() < 0.5 ? `p${Math.floor(random() * 50)}a` : pick(personIds);
  return { respondent, answer: 'proxy', holder, at };
});

/**
 * The same report written the obvious way: per structure, scan every answer for its people's
 * latest one; per proxy, scan the structures for the holder and the proxies for chains and caps.
 */
function naiveCounts(rules: Core.MeetingAttendanceRules, answers: readonly Core.AttendanceResponse[]) {
  const rank = { absent: 1, excused: 2, proxy: 3, present: 4 } as const;
  const stateOf = (voter: Core.ConvenedVoter) => {
    let best: Core.AttendanceResponse | undefined;
    let bestRank = 0;
    for (const person of [voter.id, ...voter.people]) {
      let latest: Core.AttendanceResponse | undefined;
      for (const a of answers) {
        if (a.respondent !== person || a.at >= start) continue;
        if (
          !latest ||
          a.at > latest.at ||
          (a.at === latest.at &&
            (rank[a.answer] > rank[latest.answer] ||
              (rank[a.answer] === rank[latest.answer] && (a.holder ?? '') > (latest.holder ?? ''))))
        )
          latest = a;
      }
      if (!latest) continue;
      const r = rank[latest.answer];
      if (r > bestRank || (r === 3 && bestRank === 3 && best && latest.at > best.at)) {
        best = latest;
        bestRank = r;
      }
    }
    return { voter, best, rank: bestRank };
  };
  const states = rules.convened.map(stateOf);
  const holderOf = (id: string | undefined) =>
    states.findIndex((s) => s.voter.id === id || s.voter.people.includes(id ?? ''));
  const cap = rules.rules.proxies?.maxPerHolder ?? 0;
  const counts = { present: 0, represented: 0, awaitingHolder: 0, excused: 0, absent: 0, noAnswer: 0 };
  const valid: { giver: number; holder: number; at: number }[] = [];
  states.forEach((s, i) => {
    if (s.rank === 4) counts.present++;
    else if (s.rank === 2) counts.excused++;
    else if (s.rank === 1) counts.absent++;
    else if (s.rank === 0) counts.noAnswer++;
    else {
      const h = holderOf(s.best?.holder);
      const hr = h < 0 ? -1 : (states[h] as { rank: number }).rank;
      if (h < 0 || h === i || hr === 3 || hr === 1 || hr === 2) counts.excused++;
      else valid.push({ giver: i, holder: h, at: s.best?.at ?? 0 });
    }
  });
  for (const v of valid) {
    const rivals = valid.filter(
      (o) => o.holder === v.holder && (o.at < v.at || (o.at === v.at && o.giver < v.giver)),
    ).length;
    const holderPresent = (states[v.holder] as { rank: number }).rank === 4;
    if (rivals >= cap) counts.excused++;
    else if (holderPresent) counts.represented++;
    else counts.awaitingHolder++;
  }
  return counts;
}

interface Measure {
  readonly median: number;
  readonly p95: number;
  /** Median CPU time (user + system) of the process: less sensitive to other load on the machine. */
  readonly cpuMedian: number;
}

function measure(run: () => unknown, runs = RUNS): Measure {
  for (let i = 0; i < WARMUP; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...stats(wall), cpuMedian: stats(cpu).median };
}

const rules = core.meetingAttendanceRules(dataset, meeting)!;
const report = core.attendanceReport(meeting, responses, rules, now);
const { convened: _convened, ...fast } = report.counts;
const naive = naiveCounts(rules, responses);
if (JSON.stringify(fast) !== JSON.stringify(naive)) {
  console.error('the naive and the real report disagree', { fast, naive });
  process.exit(1);
}
console.log(
  `${rules.convened.length.toLocaleString('en')} structures convened, ${RESPONSES.toLocaleString('en')} answers: ` +
    `${JSON.stringify(report.counts)}, ${report.invalidProxies.length} invalid proxies, quorum ${JSON.stringify(report.quorum)}`,
);

const baseline = measure(() => naiveCounts(rules, responses), 7);
const rows = [
  ['baseline: naive report (scans)', baseline],
  ['attendanceReport', measure(() => core.attendanceReport(meeting, responses, rules, now))],
  ['meetingAttendanceRules (convened roster)', measure(() => core.meetingAttendanceRules(dataset, meeting))],
] as const;
console.table(
  rows.map(([name, r]) => ({
    scenario: name,
    'median ms': r.median.toFixed(2),
    'p95 ms': r.p95.toFixed(2),
    'median ÷ baseline': (r.median / baseline.median).toFixed(4),
    'cpu median ms': r.cpuMedian.toFixed(2),
  })),
);
const [, real] = rows[1];
console.log(
  `attendance report (AG, ${STRUCTURES.toLocaleString('en')} structures, ${RESPONSES.toLocaleString('en')} answers): ` +
    `median ${real.median.toFixed(2)} ms (cpu ${real.cpuMedian.toFixed(2)} ms), p95 ${real.p95.toFixed(2)} ms, ` +
    `${(baseline.median / real.median).toFixed(0)}× faster than the naive report ` +
    `(target < ${TARGET_MS} ms: ${real.median < TARGET_MS ? 'met' : 'missed'})`,
);
console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} (wall-clock)`);
