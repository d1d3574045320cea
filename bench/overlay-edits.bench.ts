/**
 * Staff edits at scale (issue 13, item 2), on the built JavaScript (run `npm run build` first):
 * `npx tsx bench/overlay-edits.bench.ts`. tsx only runs this harness and generates the data; what
 * is timed is `packages/bot/dist` and `packages/core/dist`, and the first tick runs in plain `node`.
 *
 * 1. **One edit applied**: a staff change written (`updateMeeting` or `deleteMeeting`: cancel, move,
 *    agenda, minutes, removal from the overlay, in turn), then the guild's dataset derived from it
 *    (`overlaidDataset`), as the next interaction or tick does. On the national dataset (203 PTCEs,
 *    40,000 meetings in the file, bench/national-dataset.ts) with 200 meetings already edited, and
 *    on 100,000 meetings stored in the overlay. Baseline, in the same run, on the same store after
 *    the same edit: the full rebuild the bot did before (the whole overlay read with
 *    `listMeetings`, laid over the file, and `buildDataset`). Both must give the same meetings.
 * 2. **The version check** every interaction and tick makes: `overlayVersion` (one row, kept by
 *    triggers) against the aggregate query it replaced (`count`, `sum(revision)`,
 *    `max(updated_at)` over the guild's rows), on the same database of 100,000 stored meetings.
 * 3. **The first tick after start** with 100,000 stored meetings: a fresh `node` process opens a
 *    copy of that database and runs one `ReminderScheduler.tick()`; the wall time of the tick
 *    (the overlay read, the dataset built, the catch-up decided and sent to a fake sender), and
 *    the process's resident memory after it (VmRSS) and at its peak (VmHWM). Baseline: the same
 *    process building the dataset the old way (the overlay read row by row, then copied by
 *    `buildDataset`). Runs alternate between the two.
 *
 * Targets: an edit (write and apply) under 5 ms, the version check under 0.1 ms, the first tick
 * under 300 ms. The last line is a one-line JSON summary for scripts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type * as Bot from '../packages/bot/src/index.js';
import type * as Core from '../packages/core/src/index.js';
import { percentile, seededRandom } from './bench-math.js';
import { nationalDatasetFile } from './national-dataset.js';

const STORED = 100_000;
const NATIONAL_EDITED = 200;
const EDITS = 60;
const WARMUP = 5;
const VERSION_BATCHES = 30;
const VERSION_BATCH = 200;
const TICK_RUNS = 3;
const TARGET_EDIT_MS = 5;
const TARGET_VERSION_MS = 0.1;
const TARGET_TICK_MS = 300;
const GUILD = '123456789012345678';

const root = fileURLToPath(new URL('..', import.meta.url));
const botDist = path.join(root, 'packages/bot/dist/index.js');
const coreDist = path.join(root, 'packages/core/dist/index.js');
if (!existsSync(botDist) || !existsSync(coreDist)) {
  console.error('packages/bot/dist or packages/core/dist is missing: run `npm run build` first.');
  process.exit(1);
}
const bot = (await import(pathToFileURL(botDist).href)) as typeof Bot;
const core = (await import(pathToFileURL(coreDist).href)) as typeof Core;
type Dataset = Core.Dataset;
type Meeting = Core.Meeting;
type Store = Bot.Store;

const scratch = mkdtempSync(path.join(tmpdir(), 'ptce-overlay-edits-'));
const random = seededRandom(20_261_204);
const pad = (n: number) => String(n).padStart(2, '0');
const ms = (n: number) => (n < 0.1 ? n.toFixed(4) : n.toFixed(2));

/** The overlay laid over the file as the bot did before (store/overlay-meetings.ts then). */
function oldOverlayMeetings(datasetMeetings: readonly Meeting[], overlay: readonly Meeting[]): Meeting[] {
  const byId = new Map<string, Meeting>();
  for (const meeting of overlay) byId.set(meeting.id, meeting);
  const merged = datasetMeetings.map((meeting) => byId.get(meeting.id) ?? meeting);
  const known = new Set(datasetMeetings.map((meeting) => meeting.id));
  for (const [id, meeting] of byId) if (!known.has(id)) merged.push(meeting);
  return merged;
}

/** The full rebuild of before: the whole overlay read, laid over the file, built again. */
function fullRebuild(base: Dataset, store: Store, guild: string): Dataset {
  const overlay = store.listMeetings(guild).map((s) => s.meeting);
  return core.buildDataset({ ...base.file, meetings: oldOverlayMeetings(base.file.meetings, overlay) });
}

// A small file (20 bodies) whose meetings all live in the store, as in bench/scheduler.bench.ts.
const SMALL_YAML = `version: 1
ptce: { id: bench, name: PTCE banc d'essai, territory: { name: Banc } }
sources: [{ id: doc, title: Doc, date: "2026" }]
bodies:
${Array.from({ length: 20 }, (_, i) => `  - { id: b${i}, name: Instance ${i}, level: ptce, kind: committee, source: doc }`).join('\n')}
`;

/** 100,000 meetings over two years, written in one transaction; the store's triggers count them. */
function fillStored(file: string): void {
  bot.openStore(file).close();
  const db = new Database(file);
  const insert = db.prepare(
    `INSERT INTO meeting_overlay
       (guild_id, meeting_id, body_id, group_id, start_local, status, revision, updated_at, data)
     VALUES (?, ?, ?, NULL, ?, ?, 1, '2026-01-01T00:00:00.000Z', ?)`,
  );
  const first = Date.UTC(2026, 0, 1);
  db.transaction(() => {
    for (let i = 0; i < STORED; i++) {
      const d = new Date(first + Math.floor(random() * 730) * 86_400_000);
      const meeting: Meeting = {
        id: `m${i}`,
        body: `b${i % 20}`,
        title: `Réunion ${i}`,
        kind: 'meeting',
        start: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(8 + Math.floor(random() * 10))}:00`,
        agenda: [],
        status: random() < 0.05 ? 'cancelled' : 'planned',
      };
      insert.run(GUILD, meeting.id, meeting.body, meeting.start, meeting.status, JSON.stringify(meeting));
    }
    const route = db.prepare(
      "INSERT INTO reminder_routes (guild_id, target, channel_id, updated_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')",
    );
    for (let i = 0; i < 20; i++) route.run(GUILD, `b${i}`, `9${String(i).padStart(17, '0')}`);
  })();
  db.close();
}

interface EditFigures {
  /** Writing the edit. */
  readonly write: number[];
  /** Deriving the dataset after it. */
  readonly apply: number[];
  /** The full rebuild after the same edit. */
  readonly rebuild: number[];
}

/** Edits in turn (cancel, move, agenda, minutes, removal), each applied; every `rebuildEvery`th also rebuilt in full. */
function measureEdits(
  base: Dataset,
  store: Store,
  ids: readonly string[],
  rebuildEvery: number,
): EditFigures {
  const figures: EditFigures = { write: [], apply: [], rebuild: [] };
  const inOverlay = store.listMeetings(GUILD).map((s) => s.meeting.id);
  overlaidDataset(base, store);
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const options = { base: base.meetingById.get(id), now: new Date(Date.UTC(2026, 5, 1, 0, 0, i)) };
    const day = `2027-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
    const kind = i % 5;
    const removed = kind === 4 ? inOverlay.splice(Math.floor(random() * inOverlay.length), 1)[0]! : id;
    if (kind !== 4) inOverlay.push(id);
    let t = performance.now();
    if (kind === 0) store.updateMeeting(GUILD, id, (m) => ({ ...m, status: 'cancelled' }), options);
    else if (kind === 1)
      store.updateMeeting(GUILD, id, ({ end: _end, ...m }) => ({ ...m, start: `${day}T18:30` }), options);
    else if (kind === 2)
      store.updateMeeting(GUILD, id, (m) => ({ ...m, agenda: [{ title: `Point ${i}` }] }), options);
    else if (kind === 3)
      store.updateMeeting(
        GUILD,
        id,
        (m) => ({ ...m, minutes: { url: `https://example.org/cr-${i}.pdf` } }),
        options,
      );
    else store.deleteMeeting(GUILD, removed);
    const write = performance.now() - t;
    t = performance.now();
    const applied = overlaidDataset(base, store);
    const apply = performance.now() - t;
    if (i < WARMUP) continue;
    figures.write.push(write);
    figures.apply.push(apply);
    if ((i - WARMUP) % rebuildEvery !== 0) continue;
    t = performance.now();
    const rebuilt = fullRebuild(base, store, GUILD);
    figures.rebuild.push(performance.now() - t);
    if (
      applied.meetings.length !== rebuilt.meetings.length ||
      JSON.stringify(applied.meetingById.get(removed)) !== JSON.stringify(rebuilt.meetingById.get(removed)) ||
      applied.meetings.some((m, k) => m.id !== rebuilt.meetings[k]!.id)
    ) {
      console.error(`the applied edit and the full rebuild disagree after edit ${i} (${id})`);
      process.exit(1);
    }
  }
  return figures;
}

function overlaidDataset(base: Dataset, store: Store): Dataset {
  return bot.overlaidDataset(base, store, GUILD);
}

// The first tick runs in a fresh plain `node` process, as the bot's first tick after a start.
const tickScript = path.join(scratch, 'first-tick.mjs');
writeFileSync(
  tickScript,
  `import { readFileSync } from 'node:fs';
const [, , dbFile, mode, yamlFile] = process.argv;
const core = await import(${JSON.stringify(pathToFileURL(coreDist).href)});
const bot = await import(${JSON.stringify(pathToFileURL(botDist).href)});
const GUILD = ${JSON.stringify(GUILD)};
const base = core.parseDataset(readFileSync(yamlFile, 'utf8')).value;
const store = bot.openStore(dbFile);
${oldOverlayMeetings.toString()}
const dataset =
  mode === 'incremental'
    ? () => bot.overlaidDataset(base, store, GUILD)
    : () => core.buildDataset({ ...base.file, meetings: oldOverlayMeetings(base.file.meetings, store.listMeetings(GUILD).map((s) => s.meeting)) });
let sent = 0;
const now = Date.parse('2026-06-15T07:00:30Z');
const scheduler = new bot.ReminderScheduler({
  guildId: GUILD,
  store,
  dataset,
  clock: { speed: 1, now: () => new Date(now), setTimeout: () => ({ done: false }), clearTimeout() {}, sleep: async () => {} },
  sender: { async send() { sent++; return String(800000000000000000n + BigInt(sent)); } },
  logger: { debug() {}, info() {}, warn() {}, error() {} },
});
const started = performance.now();
const report = await scheduler.tick();
const tickMs = performance.now() - started;
const status = readFileSync('/proc/self/status', 'utf8');
const kib = (name) => Number(new RegExp('^' + name + ':\\\\s+(\\\\d+) kB$', 'm').exec(status)[1]);
console.log(JSON.stringify({ tickMs, sent: report.sent + report.late, skipped: report.skipped, rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') }));
store.close();
`,
);

interface TickFigures {
  readonly tickMs: number;
  readonly sent: number;
  readonly skipped: number;
  readonly rssKiB: number;
  readonly hwmKiB: number;
}

function firstTick(dbFile: string, mode: 'incremental' | 'full-rebuild', yamlFile: string): TickFigures {
  const copy = path.join(scratch, `tick-${mode}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(dbFile, copy);
  const run = spawnSync(process.execPath, [tickScript, copy, mode, yamlFile], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the first tick (${mode}) failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as TickFigures;
}

const median = (xs: readonly number[]) => percentile(xs, 0.5);

try {
  // 1a. The national dataset, 200 of its meetings already edited.
  const national = core.buildDataset(nationalDatasetFile().file);
  const nationalStore = bot.openStore(path.join(scratch, 'national.sqlite'));
  const nationalIds = national.file.meetings.map((m) => m.id);
  for (let i = 0; i < NATIONAL_EDITED; i++) {
    const id = nationalIds[Math.floor(random() * nationalIds.length)]!;
    nationalStore.updateMeeting(GUILD, id, (m) => ({ ...m, status: 'cancelled' }), {
      base: national.meetingById.get(id),
    });
  }
  let t = performance.now();
  overlaidDataset(national, nationalStore);
  const nationalFirstBuild = performance.now() - t;
  const nationalEdits = measureEdits(national, nationalStore, nationalIds, 4);
  nationalStore.close();

  // 1b and 2. 100,000 stored meetings.
  const storedFile = path.join(scratch, 'stored.sqlite');
  t = performance.now();
  fillStored(storedFile);
  const fillMs = performance.now() - t;
  const yamlFile = path.join(scratch, 'small.yaml');
  writeFileSync(yamlFile, SMALL_YAML);
  const small = core.parseDataset(SMALL_YAML);
  if (!small.ok) throw new Error('the small dataset is invalid');
  const storedStore = bot.openStore(storedFile);
  const storedIds = storedStore.listMeetings(GUILD).map((s) => s.meeting.id);
  const storedEdits = measureEdits(small.value, storedStore, storedIds, 8);

  const raw = new Database(storedFile, { readonly: true });
  const aggregate = raw.prepare(
    `SELECT count(*) AS n, coalesce(sum(revision), 0) AS r, coalesce(max(updated_at), '') AS u
     FROM meeting_overlay WHERE guild_id = ?`,
  );
  const versionMs: number[] = [];
  const aggregateMs: number[] = [];
  for (let b = 0; b < VERSION_BATCHES; b++) {
    t = performance.now();
    for (let k = 0; k < VERSION_BATCH; k++) storedStore.overlayVersion(GUILD);
    versionMs.push((performance.now() - t) / VERSION_BATCH);
    t = performance.now();
    aggregate.get(GUILD);
    aggregateMs.push(performance.now() - t);
  }
  raw.close();
  storedStore.close();

  // 3. The first tick in a fresh process, alternating with the old way.
  const ticks = { incremental: [] as TickFigures[], 'full-rebuild': [] as TickFigures[] };
  for (let r = 0; r < TICK_RUNS; r++) {
    for (const mode of r % 2 === 0
      ? (['incremental', 'full-rebuild'] as const)
      : (['full-rebuild', 'incremental'] as const))
      ticks[mode].push(firstTick(storedFile, mode, yamlFile));
  }
  const [newTick, oldTick] = [ticks.incremental, ticks['full-rebuild']];
  if (newTick.some((f) => f.sent !== oldTick[0]!.sent || f.skipped !== oldTick[0]!.skipped)) {
    console.error('the first tick sends differently the old way and the new', ticks);
    process.exit(1);
  }

  const editRow = (name: string, f: EditFigures) => {
    const total = f.write.map((w, i) => w + f.apply[i]!);
    return {
      scenario: name,
      'write ms': ms(median(f.write)),
      'apply ms': ms(median(f.apply)),
      'apply p95 ms': ms(percentile(f.apply, 0.95)),
      'write + apply ms': ms(median(total)),
      'full rebuild ms (baseline)': ms(median(f.rebuild)),
      'apply ÷ rebuild': (median(f.apply) / median(f.rebuild)).toFixed(4),
    };
  };
  console.log(
    `national dataset: ${national.meetings.length.toLocaleString('en')} meetings, ${NATIONAL_EDITED} edited, first build ${ms(nationalFirstBuild)} ms; ` +
      `${STORED.toLocaleString('en')} meetings stored in ${(fillMs / 1000).toFixed(1)} s; ${EDITS} edits after ${WARMUP} warm-up edits`,
  );
  console.table([
    editRow(`national file (${national.meetings.length.toLocaleString('en')})`, nationalEdits),
    editRow(`${STORED.toLocaleString('en')} stored`, storedEdits),
  ]);
  console.table([
    {
      check: 'overlayVersion (counter row)',
      'median ms': ms(median(versionMs)),
      'p95 ms': ms(percentile(versionMs, 0.95)),
      'ratio to aggregate': (median(versionMs) / median(aggregateMs)).toFixed(5),
    },
    {
      check: 'aggregate query (baseline)',
      'median ms': ms(median(aggregateMs)),
      'p95 ms': ms(percentile(aggregateMs, 0.95)),
      'ratio to aggregate': '1',
    },
  ]);
  const mib = (kib: number) => (kib / 1024).toFixed(0);
  const tickRow = (name: string, f: readonly TickFigures[]) => ({
    'first tick': name,
    'runs (ms)': f.map((x) => x.tickMs.toFixed(0)).join(' / '),
    'median ms': median(f.map((x) => x.tickMs)).toFixed(0),
    'RSS MiB': mib(median(f.map((x) => x.rssKiB))),
    'peak RSS MiB': mib(median(f.map((x) => x.hwmKiB))),
    'reminders sent': f[0]!.sent,
  });
  console.table([tickRow('overlaidDataset (now)', newTick), tickRow('full rebuild (baseline)', oldTick)]);

  const summary = {
    editNationalMs: median(nationalEdits.write.map((w, i) => w + nationalEdits.apply[i]!)),
    applyNationalMs: median(nationalEdits.apply),
    rebuildNationalMs: median(nationalEdits.rebuild),
    edit100kMs: median(storedEdits.write.map((w, i) => w + storedEdits.apply[i]!)),
    apply100kMs: median(storedEdits.apply),
    rebuild100kMs: median(storedEdits.rebuild),
    versionMs: median(versionMs),
    aggregateMs: median(aggregateMs),
    firstTickMs: median(newTick.map((x) => x.tickMs)),
    firstTickBaselineMs: median(oldTick.map((x) => x.tickMs)),
    firstTickRssMiB: median(newTick.map((x) => x.rssKiB)) / 1024,
    firstTickBaselineRssMiB: median(oldTick.map((x) => x.rssKiB)) / 1024,
  };
  const met = (value: number, target: number) => (value < target ? 'met' : 'missed');
  console.log(
    `targets: edit < ${TARGET_EDIT_MS} ms ${met(summary.editNationalMs, TARGET_EDIT_MS)} on the national file, ` +
      `${met(summary.edit100kMs, TARGET_EDIT_MS)} at ${STORED.toLocaleString('en')} stored, ` +
      `version check < ${TARGET_VERSION_MS} ms ${met(summary.versionMs, TARGET_VERSION_MS)}, ` +
      `first tick < ${TARGET_TICK_MS} ms ${met(summary.firstTickMs, TARGET_TICK_MS)}`,
  );
  console.log(
    `machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} (wall-clock figures)`,
  );
  console.log(
    `overlay-edits ${JSON.stringify(Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, Number(v.toFixed(4))])))}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
