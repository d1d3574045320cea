/**
 * Interaction latency of the PTCE bot against a bare discord.js bot that answers "ok", both
 * running as their own process against a local fake Discord. Run with
 * `npx tsx bench/interaction-latency.bench.ts`.
 *
 * Latency is measured by the fake: from the moment it sends INTERACTION_CREATE to the moment
 * it receives the interaction callback (the reply, or the deferral for `/question`). The two
 * bots are sent interactions in alternation so that both see the same machine load. The bot's
 * resident memory is read in its own process after 1,000 interactions.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { startBot } from '../packages/bot/src/app/start-bot.js';
import { loadConfig } from '../packages/bot/src/config.js';
import { loadDataset } from '../packages/bot/src/data/load-data.js';
import { createLogger } from '../packages/bot/src/logger.js';
import { FakeDiscord, type SendInteractionInput } from '../test/support/fake-discord.js';

const SAMPLES = 300;
const WARMUP = 30;
const MEMORY_AFTER = 1000;
const TOKEN = 'bench.token.not-secret';
const CLOCK = '2026-01-15T09:00:00+01:00';
const self = fileURLToPath(import.meta.url);
const fixture = fileURLToPath(new URL('../test/fixtures/second-ptce.yaml', import.meta.url));

type Mode = 'bare' | 'ptce';

// ---- Child processes: one bot each -----------------------------------------------------------

async function runBare(apiUrl: string): Promise<void> {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    partials: [Partials.Channel],
    rest: { api: apiUrl },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isAutocomplete()) void interaction.respond([]).catch(() => {});
    else if (interaction.isRepliable()) void interaction.reply('ok').catch(() => {});
  });
  await new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.login(TOKEN).catch(reject);
  });
}

async function runPtce(env: Record<string, string | undefined>): Promise<void> {
  const config = loadConfig(env);
  await startBot({ config, logger: createLogger({ level: 'warn', secrets: [config.token] }) });
}

// ---- Parent: the fakes, the measures and the table -------------------------------------------

interface Bench {
  readonly mode: Mode;
  readonly fake: FakeDiscord;
  readonly child: ChildProcess;
}

function ask<T>(child: ChildProcess, message: object, key: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (reply: Record<string, unknown>) => {
      if (key in reply) {
        child.off('message', onMessage);
        resolve(reply as T);
      }
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

async function startBench(mode: Mode, env: Record<string, string>): Promise<Bench> {
  const fake = await FakeDiscord.start({ token: TOKEN, waitTimeoutMs: 60_000 });
  const child = fork(self, ['--child', mode, fake.apiUrl], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guild.id,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${mode} bot exited with ${code}`)));
  });
  return { mode, fake, child };
}

/** Sends one interaction and returns the ms until its callback reached the fake. */
async function once(bench: Bench, input: SendInteractionInput): Promise<number> {
  let callbackAt = 0;
  let id = '';
  const onRequest = (record: { template: string | null; params: Record<string, string> }) => {
    if (
      record.template === '/interactions/:interactionId/:token/callback' &&
      record.params.interactionId === id
    ) {
      callbackAt = performance.now();
    }
  };
  bench.fake.on('request', onRequest);
  const sentAt = performance.now();
  const sent = bench.fake.sendInteraction(input);
  id = sent.id;
  await sent.response;
  bench.fake.off('request', onRequest);
  return callbackAt - sentAt;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] ?? Number.NaN;

function inputs(
  command: 'prochain' | 'question',
  i: number,
  dataset: ReturnType<typeof loadDataset>,
): SendInteractionInput {
  if (command === 'prochain') {
    const targets = ['', ...dataset.bodies.map((b) => b.id), ...dataset.groups.map((g) => g.id)];
    const target = targets[i % targets.length]!;
    return { name: 'prochain', options: target ? { instance: target } : {} };
  }
  const questions = [
    'c’est quand le prochain comité de pilotage ?',
    'qui anime le GT1 ?',
    'quelles structures sont à Valenciennes ?',
    'combien d’adhérents en 2023 ?',
    'ordre du jour du prochain bureau',
    'qu’est-ce qu’un PTCE ?',
  ];
  return { name: 'question', options: { texte: questions[i % questions.length]! } };
}

async function main(): Promise<void> {
  let dataFile: string | undefined;
  let dataset: ReturnType<typeof loadDataset>;
  try {
    dataset = loadDataset();
  } catch {
    dataFile = fixture;
    dataset = loadDataset(fixture);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ptce-bench-'));
  const ptceEnv = {
    PTCE_CLOCK: CLOCK,
    PTCE_DB: path.join(dir, 'ptce.sqlite'),
    ...(dataFile ? { PTCE_DATA: dataFile } : {}),
  };
  const [bare, ptce] = await Promise.all([startBench('bare', {}), startBench('ptce', ptceEnv)]);
  let ptceCount = 0;

  const rows: string[][] = [];
  const ratios: Record<string, { p50: number; p99: number }> = {};
  for (const command of ['prochain', 'question'] as const) {
    const times: Record<Mode, number[]> = { bare: [], ptce: [] };
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      for (const bench of i % 2 === 0 ? [bare, ptce] : [ptce, bare]) {
        const ms = await once(bench, inputs(command, i, dataset));
        if (bench.mode === 'ptce') ptceCount++;
        if (i >= WARMUP) times[bench.mode].push(ms);
      }
    }
    const stats = Object.fromEntries(
      (['bare', 'ptce'] as const).map((mode) => {
        const sorted = [...times[mode]].sort((a, b) => a - b);
        return [mode, { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) }];
      }),
    ) as Record<Mode, { p50: number; p99: number }>;
    for (const mode of ['bare', 'ptce'] as const) {
      rows.push([
        `/${command}`,
        mode === 'bare' ? 'bare discord.js ("ok")' : 'PTCE bot',
        String(SAMPLES),
        stats[mode].p50.toFixed(2),
        stats[mode].p99.toFixed(2),
      ]);
    }
    ratios[command] = { p50: stats.ptce.p50 / stats.bare.p50, p99: stats.ptce.p99 / stats.bare.p99 };
  }

  for (let i = 0; ptceCount < MEMORY_AFTER; i++, ptceCount++) {
    await once(ptce, inputs(i % 2 === 0 ? 'prochain' : 'question', i, dataset));
  }
  const memory = {
    ptce: await ask<{ rss: number; heap: number }>(ptce.child, { rss: true }, 'rss'),
    bare: await ask<{ rss: number; heap: number }>(bare.child, { rss: true }, 'rss'),
  };

  const header = ['command', 'bot', 'n', 'p50 ms', 'p99 ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(
    `Interaction latency, INTERACTION_CREATE sent → callback received (${dataset.ptce.name}, ${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2)})`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const [command, r] of Object.entries(ratios)) {
    console.log(
      `/${command}: PTCE / bare = ${r.p50.toFixed(2)} at p50, ${r.p99.toFixed(2)} at p99 (target ≤ 1.3 at p99)`,
    );
  }
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  console.log('');
  console.log(
    `Resident memory after ${ptceCount} interactions: PTCE bot ${mb(memory.ptce.rss)} (heap ${mb(memory.ptce.heap)}); bare bot ${mb(memory.bare.rss)} (heap ${mb(memory.bare.heap)})`,
  );

  for (const bench of [bare, ptce]) {
    bench.child.send({ exit: true });
    await bench.fake.stop();
  }
  rmSync(dir, { recursive: true, force: true });
}

// ---- Entry ----------------------------------------------------------------------------------

if (process.argv[2] === '--child') {
  const mode = process.argv[3] as Mode;
  const apiUrl = process.argv[4]!;
  const started = mode === 'bare' ? runBare(apiUrl) : runPtce(process.env);
  started.then(
    () => process.send?.({ ready: true }),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
  process.on('message', (message: { rss?: boolean; exit?: boolean }) => {
    if (message.rss) process.send?.({ rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed });
    if (message.exit) process.exit(0);
  });
  // Never outlive the benchmark.
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}
