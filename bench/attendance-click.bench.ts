/**
 * Click-to-acknowledge latency of an attendance button: the PTCE bot against a bare discord.js
 * button handler, both running the built JavaScript under plain `node` as their own process,
 * each against its own local fake Discord. Run with `npm run build`, then
 * `npx tsx bench/attendance-click.bench.ts` (`PTCE_BENCH_SAMPLES=200` for a quick check).
 *
 * One round trip is timed: from the moment the fake sends the INTERACTION_CREATE of a click on
 * « Présent·e » or « Excusé·e » (a message component, type 3) to the moment the interaction
 * callback carrying the ephemeral confirmation (type 4) has reached it. The PTCE bot does what a
 * member's click does: checks the meeting, the member's link and the rules, stores the answer in
 * SQLite (each sample changes it, present then excused, so each one writes), confirms, and asks
 * for the message's counts to be edited (at most once every 10 s). The bare bot replies to the
 * button with a fixed ephemeral text. The data are the second PTCE with attendance rules on its
 * council, the clock ten days before the council, and the member clicking is linked to a
 * structure (`/membre lier`) before the samples. Samples alternate between the two bots, one pair
 * every 22 ms (under discord.js's 50 REST calls a second); three runs, each on fresh processes.
 *
 * A full run (2 CPUs shared with other work, load 1.9, 140 s), ms, PTCE bot / bare bot:
 *
 *   p50 1.91 / 1.45 (1.32)   p95 4.63 / 3.74 (1.24)   p99 7.29 / 6.33 (1.15)   max 38.6 / 32.5
 *   p50 over the 3 runs: PTCE 1.86 / 1.91 / 1.95, bare 1.34 / 1.48 / 1.49, ratio 1.29 / 1.31 / 1.39
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataWithRules } from '../test/e2e/attendance-fixture.js';
import type { FakeDiscord } from '../test/support/fake-discord.js';
import { REPO_ROOT } from '../test/support/reminder-bot-process.js';
import { percentile } from './bench-math.js';
import { PTCE_BOT, spawnBot } from './bot-round-trip.js';

const SAMPLES = Number(process.env.PTCE_BENCH_SAMPLES ?? 2000);
const WARMUP = Math.min(100, SAMPLES);
const PACE_MS = 22;
const RUNS = 3;
// Ten days before the council of 3 December 2026: its answers are open.
const CLOCK = '2026-11-23T10:00:00+01:00';
const MEETING = 'cocoop-2026-12';
const BARE_TEXT = 'Réponse fixe du bot nu.';
const botDist = path.join(REPO_ROOT, 'packages/bot/dist/index.js');

if (!Number.isInteger(SAMPLES) || SAMPLES < 1)
  throw new Error('PTCE_BENCH_SAMPLES must be a positive integer');
if (!existsSync(botDist)) {
  console.error('packages/bot/dist is missing: run `npm run build` first.');
  process.exit(1);
}

type Mode = 'bare' | 'ptce';
const MODES: readonly Mode[] = ['bare', 'ptce'];

/** The bare bot: the PTCE bot's intents, a fixed reply to /prochain and an ephemeral one to a click. */
const BARE_BOT = `
import { Client, Events, GatewayIntentBits, MessageFlags, Partials } from 'discord.js';
const TEXT = ${JSON.stringify(BARE_TEXT)};
const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API_URL },
});
client.on(Events.InteractionCreate, async (interaction) => {
  try {
    if (interaction.isButton()) await interaction.reply({ content: TEXT, flags: MessageFlags.Ephemeral });
    else if (interaction.isRepliable()) await interaction.reply(TEXT);
  } catch (error) {
    console.error(error);
  }
});
client.once(Events.ClientReady, () => process.send({ ready: true }));
process.on('disconnect', () => process.exit(0));
await client.login(process.env.DISCORD_TOKEN);
`;

/** The PTCE bot: \`startBot\` of the build (what \`ptce bot\` runs), logging warnings only. */

interface Bench {
  readonly mode: Mode;
  readonly fake: FakeDiscord;
  readonly child: ChildProcess;
  /** The message whose buttons are clicked. */
  messageId: string;
}

async function startBench(mode: Mode, env: Record<string, string>): Promise<Bench> {
  const { fake, child } = await spawnBot(mode === 'bare' ? BARE_BOT : PTCE_BOT, mode, env);
  const alice = fake.user('alice').id;
  if (mode === 'ptce') {
    await fake.sendInteraction({
      name: 'membre',
      subcommand: 'lier',
      options: [
        { name: 'utilisateur', type: 6, value: alice },
        { name: 'qui', type: 3, value: 'fil-d-opale' },
      ],
      userId: alice,
    }).response;
  }
  const posted = await fake.sendInteraction({
    name: 'prochain',
    options: { instance: 'conseil-cooperation' },
    userId: alice,
  }).response;
  if (!posted.message) throw new Error(`${mode} bot posted no /prochain message`);
  return { mode, fake, child, messageId: posted.message.id };
}

async function stopBench(bench: Bench): Promise<void> {
  const exited = new Promise((resolve) => bench.child.once('exit', resolve));
  bench.child.kill('SIGKILL');
  await exited;
  await bench.fake.stop();
}

/** One click (present on even samples, excused on odd ones): ms until its confirmation reached the fake. */
async function click(bench: Bench, i: number): Promise<{ ms: number; text: string }> {
  const { fake } = bench;
  let id = '';
  const answered = fake.nextRequest(
    (r) =>
      r.template === '/interactions/:interactionId/:token/callback' &&
      r.params.interactionId === id &&
      typeof (r.body as { data?: { content?: unknown } }).data?.content === 'string',
  );
  const sentAt = performance.now();
  ({ id } = fake.sendComponent({
    messageId: bench.messageId,
    customId: `presence:${i % 2 === 0 ? 'present' : 'excused'}:${MEETING}`,
    userId: fake.user('alice').id,
  }));
  const answer = await answered;
  fake.clearRecords();
  const body = answer.body as { type: number; data: { content: string; flags?: number } };
  if (body.type !== 4 || ((body.data.flags ?? 0) & 64) === 0)
    throw new Error(`${bench.mode}: not an ephemeral reply`);
  return { ms: answer.receivedAt - sentAt, text: body.data.content };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(): Promise<{ times: Record<Mode, number[]>; texts: Record<Mode, string> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ptce-bench-click-'));
  const ptceEnv = {
    PTCE_CLOCK: CLOCK,
    PTCE_DATA: dataWithRules(dir),
    PTCE_DB: path.join(dir, 'ptce.sqlite'),
  };
  const [bare, ptce] = await Promise.all([startBench('bare', {}), startBench('ptce', ptceEnv)]);
  try {
    const times: Record<Mode, number[]> = { bare: [], ptce: [] };
    const texts: Record<Mode, string> = { bare: '', ptce: '' };
    let next = performance.now();
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      next = performance.now() + PACE_MS;
      for (const bench of i % 2 === 0 ? [bare, ptce] : [ptce, bare]) {
        const { ms, text } = await click(bench, i);
        if (i >= WARMUP) times[bench.mode].push(ms);
        if (i === 0) texts[bench.mode] = text;
      }
    }
    return { times, texts };
  } finally {
    await Promise.all([stopBench(bare), stopBench(ptce)]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => percentile(values, 0.5);
const ms = (value: number) => value.toFixed(2);
const spread = (values: readonly number[], format: (v: number) => string) =>
  `${format(Math.min(...values))} / ${format(median(values))} / ${format(Math.max(...values))}`;

async function main(): Promise<void> {
  const started = performance.now();
  const runs: Awaited<ReturnType<typeof run>>[] = [];
  for (let r = 0; r < RUNS; r++) {
    runs.push(await run());
    console.error(`run ${r + 1}/${RUNS} done after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  console.log(
    `Click → ephemeral acknowledgement received by the fake (attendance button; both bots on the built JS under plain node; ` +
      `${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2)}; ${RUNS} runs × ${SAMPLES} clicks per bot after ${WARMUP} warm-up, ` +
      `in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  const all = Object.fromEntries(MODES.map((m) => [m, runs.flatMap((r) => r.times[m])])) as Record<
    Mode,
    number[]
  >;
  const q = (m: Mode, p: number) => percentile(all[m], p);
  for (const mode of MODES) {
    console.log(
      `  ${mode === 'bare' ? 'bare discord.js' : 'PTCE bot       '}  n ${all[mode].length}  p50 ${ms(q(mode, 0.5))}  p95 ${ms(q(mode, 0.95))}  p99 ${ms(q(mode, 0.99))}  max ${ms(Math.max(...all[mode]))} ms`,
    );
  }
  console.log(
    `  ratio PTCE / bare  p50 ${(q('ptce', 0.5) / q('bare', 0.5)).toFixed(2)}  p95 ${(q('ptce', 0.95) / q('bare', 0.95)).toFixed(2)}  p99 ${(q('ptce', 0.99) / q('bare', 0.99)).toFixed(2)}`,
  );
  const p50s = Object.fromEntries(MODES.map((m) => [m, runs.map((r) => median(r.times[m]))])) as Record<
    Mode,
    number[]
  >;
  console.log(
    `  p50 over runs, min / median / max: PTCE ${spread(p50s.ptce, ms)} ms, bare ${spread(p50s.bare, ms)} ms, ratio ${spread(
      runs.map((_, k) => p50s.ptce[k]! / p50s.bare[k]!),
      (v) => v.toFixed(2),
    )}`,
  );
  console.log(`  first answers: PTCE « ${runs[0]!.texts.ptce} », bare « ${runs[0]!.texts.bare} »`);
}

await main();
