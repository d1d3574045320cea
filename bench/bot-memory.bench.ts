/**
 * Resident memory of the `ptce bot` process against a bare discord.js client, both spawned as
 * plain `node` processes against the same local fake Discord.
 * Run: npx tsx bench/bot-memory.bench.ts
 *
 * The bot runs its real CLI (`node packages/bot/bin/ptce.js bot`) on a simulated clock
 * (x20,000) with 250 meetings × 2 rules × 2 channels: 1,000 reminders fall due over five
 * simulated days. The bare client has the bot's intents, partials and cache limits, logs in, and
 * then posts 1,000 messages with a nonce through its REST client: the same Discord traffic without
 * the bot. Memory is `VmRSS` from `/proc/<pid>/status` (median of five reads 100 ms apart once
 * the process is idle), with the peak `VmHWM`. The ratio is bot / bare client.
 *
 * discord.js sends at most 50 requests per second: both processes take about 20 s for their 1,000
 * messages. At x20,000 a burst of 20 reminders then spans simulated hours, so most are sent
 * "late" (past the 5-minute tolerance, never past their meeting): none is lost, and memory is
 * what this measures.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../packages/bot/src/store/index.js';
import { FakeDiscord, type RecordedRequest } from '../test/support/fake-discord.js';
import {
  clockSetting,
  REPO_ROOT,
  requireBuiltCli,
  residentMemoryKiB,
  spawnReminderBot,
} from '../test/support/reminder-bot-process.js';

const TOKEN = 'bench.memory.token-not-secret';
const REMINDERS = 1000;
// Fast enough to cross five simulated days in about 20 s, slow enough for the bot to keep up.
const SPEED = 20_000;
// Ten simulated hours before the first reminder: memory at ready is read before any is sent.
const CLOCK_START = Date.parse('2026-05-04T04:00:00+02:00');
const LAST_MEETING = Date.parse('2026-05-10T17:30:00+02:00');
const CHANNELS = ['salon-a', 'salon-b', 'salon-c', 'salon-d', 'salon-e', 'general'];

const pad = (n: number) => String(n).padStart(2, '0');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// 250 meetings from 6 to 10 May 2026, five bodies with rules at their own times.
function datasetYaml(): string {
  const bodies = Array.from(
    { length: 5 },
    (_, k) => `  - { id: instance-${k}, name: Instance ${k}, level: ptce, kind: committee, source: doc }`,
  );
  const rules = Array.from(
    { length: 5 },
    (_, k) =>
      `    instance-${k}: [{ id: veille, daysBefore: 1, at: "${pad(8 + k)}:15" }, { id: j-2, daysBefore: 2, at: "${pad(13 + k)}:45" }]`,
  );
  const meetings = Array.from({ length: REMINDERS / 4 }, (_, i) => {
    const day = 6 + Math.floor(i / 50);
    const minutes = 8 * 60 + 11 * (i % 50);
    return `  - { id: reunion-${i}, body: instance-${i % 5}, title: Réunion ${i}, start: "2026-05-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}", place: Salle ${i % 7}, agenda: [{ title: Ordre du jour ${i} }] }`;
  });
  return `version: 1
ptce: { id: bench, name: PTCE banc mémoire, territory: { name: Banc } }
sources: [{ id: doc, title: Document, date: "2026" }]
bodies:
${bodies.join('\n')}
reminders:
  byTarget:
${rules.join('\n')}
meetings:
${meetings.join('\n')}
`;
}

/** The bare client: the bot's client options, nothing else; posts on request. */
const BARE_CLIENT = `
import { Client, Events, GatewayIntentBits, Options, Partials, Routes } from 'discord.js';
const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API_URL },
  makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 20 }),
});
client.once(Events.ClientReady, () => process.send({ ready: true }));
process.on('message', async ({ post, channels }) => {
  for (let i = 0; i < post; i++) {
    await client.rest.post(Routes.channelMessages(channels[i % channels.length]), {
      body: { content: 'Rappel ' + i, nonce: 'n' + i, enforce_nonce: true, allowed_mentions: { parse: [] } },
    });
  }
  process.send({ posted: post });
});
await client.login(process.env.DISCORD_TOKEN);
`;

interface Memory {
  readonly rssKiB: number;
  readonly peakKiB: number;
}

async function memoryOf(pid: number): Promise<Memory> {
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    reads.push(residentMemoryKiB(pid));
    await sleep(100);
  }
  const peak = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { rssKiB: reads.sort((a, b) => a - b)[2]!, peakKiB: Number(peak?.[1] ?? Number.NaN) };
}

function nextMessage<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (key in m) {
        child.off('message', onMessage);
        resolve(m as T);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`process exited (${code}) before "${key}"`)));
  });
}

async function bareClient(): Promise<{ ready: Memory; after: Memory; seconds: number }> {
  const fake = await FakeDiscord.start({
    token: TOKEN,
    guilds: [{ channels: CHANNELS.map((name) => ({ name })) }],
  });
  const child = spawn(process.execPath, ['--input-type=module', '-e', BARE_CLIENT], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await nextMessage(child, 'ready');
    await sleep(500);
    const ready = await memoryOf(child.pid!);
    const posted = nextMessage(child, 'posted');
    const started = performance.now();
    child.send({ post: REMINDERS, channels: CHANNELS.map((name) => fake.channel(name).id) });
    await posted;
    const seconds = (performance.now() - started) / 1000;
    await sleep(500);
    return { ready, after: await memoryOf(child.pid!), seconds };
  } finally {
    child.kill('SIGKILL');
    await fake.stop();
  }
}

async function ptceBot(): Promise<{ ready: Memory; after: Memory; seconds: number; late: number }> {
  const fake = await FakeDiscord.start({
    token: TOKEN,
    guilds: [{ channels: CHANNELS.map((name) => ({ name })) }],
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'ptce-bench-memory-'));
  const dataPath = path.join(dir, 'bench.yaml');
  const dbPath = path.join(dir, 'bench.sqlite');
  writeFileSync(dataPath, datasetYaml());
  const store = openStore(dbPath);
  for (let k = 0; k < 5; k++) {
    store.setRoute(fake.guild.id, { target: `instance-${k}`, channelId: fake.channel(CHANNELS[k]!).id });
  }
  store.setRoute(fake.guild.id, { target: '*', channelId: fake.channel('general').id });
  store.close();
  let created = 0;
  fake.on('request', (r: RecordedRequest) => {
    if (r.method === 'POST' && r.template === '/channels/:channelId/messages' && r.status === 200) created++;
  });
  const bot = spawnReminderBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    PTCE_DATA: dataPath,
    PTCE_DB: dbPath,
    PTCE_EVENTS: 'non',
    PTCE_CLOCK: clockSetting(CLOCK_START, SPEED),
  });
  try {
    await bot.ready;
    await sleep(500);
    const ready = await memoryOf(bot.pid);
    if (created > 0) throw new Error('reminders were sent before the memory at ready was read');
    const started = performance.now();
    while (created < REMINDERS) {
      if ((bot.simulatedNow() ?? 0) > LAST_MEETING) {
        const skipped = bot.lines.filter((l) => l.includes('reminder skipped')).length;
        throw new Error(`only ${created} reminders sent, ${skipped} skipped: the clock runs too fast`);
      }
      if (bot.child.exitCode !== null) throw new Error(`ptce bot exited:\n${bot.lines.join('\n')}`);
      await sleep(20);
    }
    const seconds = (performance.now() - started) / 1000;
    await sleep(500);
    const after = await memoryOf(bot.pid);
    const sent = bot.lines.filter((l) => l.includes('INFO  reminder sent')).length;
    if (sent !== REMINDERS) throw new Error(`expected ${REMINDERS} reminders sent, the log says ${sent}`);
    const late = bot.lines
      .map((l) => Number(/INFO {2}reminders pass .*\blate=(\d+)/.exec(l)?.[1] ?? 0))
      .reduce((a, b) => a + b, 0);
    return { ready, after, seconds, late };
  } finally {
    await bot.stop('SIGKILL');
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

requireBuiltCli();
const mib = (kib: number) => (kib / 1024).toFixed(1).padStart(8);
const bare = await bareClient();
const ptce = await ptceBot();
console.log(
  `bare client: ${REMINDERS} messages posted one after another in ${bare.seconds.toFixed(1)} s (${(REMINDERS / bare.seconds).toFixed(0)}/s)`,
);
console.log(
  `ptce bot: ${REMINDERS} reminders delivered over five simulated days in ${ptce.seconds.toFixed(1)} s (clock x${SPEED}), ${ptce.late} of them late`,
);
console.log('');
console.log('process                      |  RSS at ready |  RSS after 1,000 | peak (VmHWM)');
console.log('-----------------------------|---------------|------------------|-------------');
const row = (name: string, r: { ready: Memory; after: Memory }) =>
  console.log(
    `${name.padEnd(28)} | ${mib(r.ready.rssKiB)} MiB  |   ${mib(r.after.rssKiB)} MiB   | ${mib(r.after.peakKiB)} MiB`,
  );
row('bare discord.js client', bare);
row('ptce bot (1,000 reminders)', ptce);
console.log(
  `${'ratio bot / bare'.padEnd(28)} | ${(ptce.ready.rssKiB / bare.ready.rssKiB).toFixed(2).padStart(8)}      |   ${(ptce.after.rssKiB / bare.after.rssKiB).toFixed(2).padStart(8)}       | ${(ptce.after.peakKiB / bare.after.peakKiB).toFixed(2).padStart(8)}`,
);
