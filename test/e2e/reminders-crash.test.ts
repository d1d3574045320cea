import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDataset, reminderPlan } from '@ptce/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, reminderNonce, type Store } from '../../packages/bot/src/store/index.js';
import { FakeDiscord, type RecordedRequest } from '../support/fake-discord.js';
import {
  clockSetting,
  requireBuiltCli,
  type SpareReminderBot,
  spawnReminderBot,
} from '../support/reminder-bot-process.js';

const TOKEN = 'MTE5NjU0MzIxMDk4NzY1NDMyMQ.Cr4shT.reminders-crash-token-not-secret';
const SEED = 20260323;
const KILLS = 50;
/**
 * The test moves the bot's clock (a stepped clock, `PTCE_CLOCK_CONTROL=ipc`) by this much at a
 * time, and each move ends when every pass due on the way has finished.
 */
const STEP_MS = 15 * 60_000;
const FIRST_START = Date.parse('2026-03-25T07:00:00+01:00');
const DAY = 86_400_000;
const BODIES = 6;
const CHANNELS = ['salon-a', 'salon-b', 'salon-c', 'general'] as const;

/** A small deterministic PRNG (mulberry32), so that a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * 36 meetings of six bodies from 28 to 31 March 2026 (across the DST change), each with two
 * wall-clock rules at times of its own: the sends are spread over the simulated days instead of
 * falling at the same minute, so that kills land between and during them. Every reminder is
 * more than a day and a half before its meeting, so a run of crashes never makes one too late
 * to send (its meeting passed): every planned reminder is due and must arrive.
 */
function crashDatasetYaml(): string {
  const bodies = Array.from(
    { length: BODIES },
    (_, k) => `  - { id: instance-${k}, name: Instance ${k}, level: ptce, kind: committee, source: doc }`,
  );
  const rules = Array.from(
    { length: BODIES },
    (_, k) =>
      `    instance-${k}: [{ id: j-2, daysBefore: 2, at: "${hhmm(8 * 60 + 95 * k)}" }, { id: j-3, daysBefore: 3, at: "${hhmm(7 * 60 + 30 + 110 * k)}" }]`,
  );
  const meetings = Array.from({ length: 36 }, (_, i) => {
    const day = 28 + Math.floor(i / 9);
    return `  - { id: reunion-${i}, body: instance-${i % BODIES}, title: Réunion ${i}, start: "2026-03-${day}T${hhmm(9 * 60 + 73 * (i % 9))}" }`;
  });
  return `version: 1
ptce: { id: crash, name: PTCE Crash, territory: { name: Essai } }
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

type KillMode = 'after-post' | 'after-ready' | 'any-time';

/** What one run of the bot went through before it was killed. */
interface Run {
  readonly mode: KillMode;
  readonly startAt: number;
  /** The last instant the test asked the bot's clock to reach: the bot never went past it. */
  reached: number;
  killedAt?: number;
  wasReady: boolean;
  /** Claimed by this run but not marked sent when it died: killed in the middle of a delivery. */
  pendingClaims: number;
}

let fake: FakeDiscord;
let dir: string;
let store: Store;
const spares: SpareReminderBot[] = [];

beforeAll(async () => {
  requireBuiltCli();
  fake = await FakeDiscord.start({
    token: TOKEN,
    guilds: [{ channels: CHANNELS.map((name) => ({ name })) }],
  });
  dir = mkdtempSync(path.join(tmpdir(), 'ptce-crash-'));
});

afterAll(async () => {
  await Promise.all(spares.splice(0).map((spare) => spare.stop('SIGKILL')));
  store?.close();
  await fake?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reminders across SIGKILL crashes of the real `ptce bot` process', () => {
  it(`delivers every due reminder exactly once through ${KILLS} random kills and restarts`, {
    // A guard against a hang, not a measure: every pass of the simulated time runs, and a loaded
    // machine only makes that slower.
    timeout: 300_000,
  }, async () => {
    const guild = fake.guild.id;
    const channelId = (name: (typeof CHANNELS)[number]) => fake.channel(name).id;
    const yaml = crashDatasetYaml();
    const dataPath = path.join(dir, 'crash.yaml');
    const dbPath = path.join(dir, 'crash.sqlite');
    writeFileSync(dataPath, yaml);
    store = openStore(dbPath);
    for (let k = 0; k < BODIES; k++) {
      store.setRoute(guild, { target: `instance-${k}`, channelId: channelId(CHANNELS[k % 3]!) });
    }
    store.setRoute(guild, { target: '*', channelId: channelId('general') });

    const parsed = parseDataset(yaml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const dataset = parsed.value;
    const routes = store.listRoutes(guild);
    const plan = reminderPlan(dataset.meetings, dataset.reminders, {
      from: new Date(FIRST_START - 3 * DAY),
      to: new Date(FIRST_START + 40 * DAY),
      targetsOf: (m) =>
        [...routes.filter((r) => r.target === m.body), ...routes.filter((r) => r.target === '*')].map(
          (r) => r.channelId,
        ),
    });
    const lastSendAt = Math.max(...plan.map((r) => r.sendAt));
    expect(plan.length).toBe(144);
    expect(Math.min(...plan.map((r) => r.sendAt))).toBeGreaterThan(FIRST_START);
    expect(Math.min(...plan.map((r) => r.meetingStartsAt - r.sendAt))).toBe(42 * 3_600_000 + 31 * 60_000);

    // Every run sees the same environment; only the clock position moves on. No
    // DISCORD_GUILD_ID: no command sync, the quickest start; the bot serves the guild it is in.
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      PTCE_DATA: dataPath,
      PTCE_DB: dbPath,
      PTCE_EVENTS: 'non',
      PTCE_CLOCK_CONTROL: 'ipc',
    };
    // Loading discord.js takes most of a start: two spare processes load it while a run goes on,
    // and each restart is the release of the next spare at the clock position the last run reached.
    const restart = async (start: number): Promise<SpareReminderBot> => {
      while (spares.length < 3) spares.push(spawnReminderBot(env, { spare: true }));
      const next = spares.shift()!;
      await next.warm;
      next.release({ PTCE_CLOCK: clockSetting(start) });
      return next;
    };

    // A crashed bot comes back some time later: its clock skips the quiet hours, to half an hour
    // before the next planned send at most, so that every run has sends to be killed in (the
    // stepped clock runs every pass of the time it covers, which takes real time).
    const afterDowntime = (killedAt: number) => {
      const next = Math.min(...plan.map((r) => r.sendAt).filter((at) => at >= killedAt));
      return Number.isFinite(next) ? Math.max(killedAt, next - 30 * 60_000) : killedAt;
    };
    const seen = new Set<string>();
    let created = 0;
    let replays = 0;
    let bot: SpareReminderBot | undefined;
    let run: Run | undefined;
    let position = afterDowntime(FIRST_START);
    const kill = () => {
      if (!bot || !run || run.killedAt !== undefined) return;
      run.killedAt = run.reached;
      run.wasReady = bot.isReady;
      bot.child.kill('SIGKILL');
    };
    fake.on('request', (r: RecordedRequest) => {
      if (r.method !== 'POST' || r.template !== '/channels/:channelId/messages' || r.status !== 200) return;
      const id = (r.responseBody as { id: string }).id;
      if (seen.has(id)) {
        replays++;
        return;
      }
      seen.add(id);
      created++;
      // Right after Discord created the message, before the bot can record it as sent.
      if (run?.mode === 'after-post') kill();
    });

    const random = prng(SEED);
    const runs: Run[] = [];
    for (let i = 0; i < KILLS; i++) {
      const roll = random();
      const mode: KillMode = roll < 0.35 ? 'after-post' : roll < 0.85 ? 'after-ready' : 'any-time';
      const delay = random();
      const current: Run = { mode, startAt: position, reached: position, wasReady: false, pendingClaims: 0 };
      run = current;
      runs.push(current);
      const pendingBefore = new Set(store.unsentClaims(guild).map((c) => c.key));
      const started = await restart(position);
      bot = started;
      // Moves the clock step by step until `steps` are done or the bot is killed.
      const drive = async (steps: number) => {
        await started.ready;
        for (let k = 0; k < steps && current.killedAt === undefined; k++) {
          current.reached += STEP_MS;
          await started.advanceTo(current.reached).catch(() => {});
        }
      };
      if (mode === 'any-time') {
        // Anywhere from the start of the bot to shortly after ready, the clock moving meanwhile.
        const driving = drive(96).catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, delay * 400));
        kill();
        await driving;
      } else {
        // Right after a POST (up to a simulated day of steps); else after 0 to 5 steps.
        await drive(mode === 'after-post' ? 96 : Math.floor(delay * 6));
      }
      kill();
      const exit = await bot.exited;
      // A bot that died on its own would show why here.
      expect({ ...exit, log: exit.signal === 'SIGKILL' ? [] : bot.lines }).toEqual({
        code: null,
        signal: 'SIGKILL',
        log: [],
      });
      run.pendingClaims = store.unsentClaims(guild).filter((c) => !pendingBefore.has(c.key)).length;
      position = afterDowntime(run.killedAt ?? position);
    }

    // The last run is left alone until everything due has been delivered, then stopped cleanly.
    run = undefined;
    bot = await restart(position);
    await bot.ready;
    await bot.advanceTo(Math.max(position, lastSendAt));
    expect(await bot.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const ledger = new Map(store.ledger(guild).map((e) => [e.key, e]));
    // Every planned reminder is recorded as sent (a skip would name its reason here).
    expect(
      plan.filter((r) => ledger.get(r.key)?.state !== 'sent').map((r) => [r.key, ledger.get(r.key)]),
    ).toEqual([]);
    expect(ledger.size).toBe(plan.length);
    const byNonce = new Map<string, string[]>();
    for (const name of CHANNELS) {
      for (const m of fake.messagesIn(channelId(name))) {
        const key = String(m.nonce ?? 'sans nonce');
        byNonce.set(key, [...(byNonce.get(key) ?? []), m.channel_id]);
      }
    }
    const expected = new Map(plan.map((r) => [reminderNonce(r.key, r.fingerprint), [r.target]]));
    // One message per planned reminder, in its channel: none missing, none twice, nothing else.
    expect(new Map([...byNonce].sort())).toEqual(new Map([...expected].sort()));
    expect(created).toBe(plan.length);

    const killed = runs.filter((r) => r.killedAt !== undefined);
    const midDelivery = runs.filter((r) => r.pendingClaims > 0).length;
    console.info(
      `${killed.length} kills (${runs.filter((r) => !r.wasReady).length} before ready, ${midDelivery} with a claim not yet recorded as sent), ${replays} resends answered from the nonce, ${plan.length} reminders over ${((position - FIRST_START) / 3_600_000).toFixed(0)} simulated hours`,
    );
    expect(killed.length).toBe(KILLS);
    // The kills right after a POST leave a claim whose message exists: the next run resends it with
    // the same nonce, and Discord answers with the first message.
    expect(midDelivery).toBeGreaterThanOrEqual(10);
    expect(replays).toBeGreaterThanOrEqual(10);
  });
});
