/**
 * Start-up time of the `ptce` command line, on the built JavaScript (run `npm run build` first):
 * `npx tsx bench/cli-cold-start.bench.ts`.
 *
 * Four commands run as plain `node` processes, alternating, each {@link RUNS} times:
 *
 * 1. `node -e 0`, the baseline: Node.js's own start-up on this machine, in this run;
 * 2. `node packages/bot/bin/ptce.js --help`;
 * 3. `ptce ask` with a warm cache: the validated-data cache (`PTCE_CACHE_DIR`) already holds the
 *    embedded dataset, as on every run after the first;
 * 4. `ptce ask` cold: `PTCE_CACHE_DIR` is a new empty folder for each run, as on the first run
 *    after an install or an upgrade: the embedded dataset's validated content is the one core's
 *    build shipped (`packages/core/dist/validated/`);
 * 5. `ptce ask --data` cold, on a copy of the embedded file with one comment line added: a file
 *    that nothing has seen, whose YAML is parsed and validated (and the entry written). No
 *    target: it is what any PTCE's own file costs the first time.
 *
 * Each figure is the wall time of a synchronous spawn, which the baseline pays too; the ratios
 * to the baseline's median are what compares across machines. Targets: `--help` at most 2×,
 * `ask` warm at most 3×, `ask` cold at most 5×. A command that fails, or an answer that differs
 * from the first one, stops the bench.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { percentile } from './bench-math.js';

const RUNS = 25;
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'packages/bot/bin/ptce.js');
if (!existsSync(path.join(root, 'packages/bot/dist/cli.js'))) {
  console.error('packages/bot/dist is missing: run `npm run build` first.');
  process.exit(1);
}

const QUESTION = ['ask', '--now', '2023-12-01T09:00', '--', 'c’est quand le prochain comité strat ?'];
const scratch = mkdtempSync(path.join(tmpdir(), 'ptce-cold-start-'));
const warmCache = path.join(scratch, 'warm');

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly target?: number;
  /** The cache folder of one run (the cold case makes a new one each time). */
  readonly cache?: () => string;
}

// A file no build shipped: the embedded one, one comment line longer.
const unseenFile = path.join(scratch, 'ptce-inconnu.yaml');
writeFileSync(
  unseenFile,
  `${readFileSync(path.join(root, 'packages/core/data/auton-hommes.yaml'), 'utf8')}\n# copie\n`,
);

const cases: readonly Case[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'ptce --help', args: [bin, '--help'], target: 2 },
  { name: 'ptce ask, cache chaud', args: [bin, ...QUESTION], target: 3, cache: () => warmCache },
  {
    name: 'ptce ask, cache froid',
    args: [bin, ...QUESTION],
    target: 5,
    cache: () => mkdtempSync(path.join(scratch, 'cold-')),
  },
  {
    name: 'ptce ask --data, fichier inédit, cache froid',
    args: [bin, 'ask', '--data', unseenFile, ...QUESTION.slice(1)],
    cache: () => mkdtempSync(path.join(scratch, 'cold-')),
  },
];

const outputs = new Map<string, string>();

function run(c: Case): number {
  const cache = c.cache?.();
  const env = { ...process.env, ...(cache ? { PTCE_CACHE_DIR: cache } : {}) };
  const start = performance.now();
  const r = spawnSync(process.execPath, c.args, { cwd: root, env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${c.name} a échoué (statut ${r.status}) : ${r.stderr}`);
  const seen = outputs.get(c.args.join(' '));
  if (seen === undefined) outputs.set(c.args.join(' '), r.stdout);
  else if (seen !== r.stdout)
    throw new Error(`${c.name} n’a pas répondu la même chose d’une fois sur l’autre.`);
  if (cache && cache !== warmCache) rmSync(cache, { recursive: true, force: true });
  return ms;
}

const fr = (n: number, digits: number) =>
  n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });

try {
  // One unmeasured round: the warm cache gets its entry, the file system cache its files.
  for (const c of cases) run(c);
  const samples = cases.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    // Alternating, and in a rotating order, so that a burst of load falls on every case alike.
    for (let k = 0; k < cases.length; k++) {
      const j = (i + k) % cases.length;
      samples[j]!.push(run(cases[j]!));
    }
  }

  console.log(
    `Machine : ${availableParallelism()} cœurs, charge moyenne ${loadavg()
      .map((l) => fr(l, 1))
      .join(' / ')} (les temps absolus en dépendent ; les rapports moins)`,
  );
  console.log(`${RUNS} lancements de chaque commande, en alternance ; temps en ms.`);
  const base = percentile(samples[0]!, 0.5);
  const rows = cases.map((c, j) => {
    const s = samples[j]!;
    const median = percentile(s, 0.5);
    const ratio = median / base;
    const verdict =
      c.target === undefined
        ? j === 0
          ? 'référence'
          : 'sans objectif'
        : `${ratio <= c.target ? 'atteint' : 'MANQUÉ'} (≤ ${c.target}×)`;
    return [c.name, fr(median, 1), fr(Math.min(...s), 1), fr(Math.max(...s), 1), `${fr(ratio, 2)}×`, verdict];
  });
  const header = ['commande', 'médiane', 'min', 'max', '/ node -e 0', 'objectif'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows]) {
    console.log(
      r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
