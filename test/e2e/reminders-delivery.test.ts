import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Dataset, meetingFingerprint, parseDataset } from '@ptce/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotHandle, startBot } from '../../packages/bot/src/app/start-bot.js';
import { loadConfig } from '../../packages/bot/src/config.js';
import { createLogger } from '../../packages/bot/src/logger.js';
import { cancelled, movedTo } from '../../packages/bot/src/staff/meeting-edits.js';
import { type SteppedClock, steppedClock } from '../../packages/bot/src/stepped-clock.js';
import {
  openStore,
  type ReminderRoute,
  reminderNonce,
  type Store,
} from '../../packages/bot/src/store/index.js';
import { FakeDiscord, type RecordedRequest } from '../support/fake-discord.js';

const TOKEN = 'MTE5NjU0MzIxMDk4NzY1NDMyMQ.Rm1ndr.reminders-delivery-token-not-secret';
/** The bot's longest wait between two passes, in simulated time. */
const TICK_MS = 60_000;

const CHANNELS = ['comite', 'bureau', 'general', 'staff', 'ancien'] as const;
type ChannelName = (typeof CHANNELS)[number];

/**
 * A dataset with three bodies: the default rules (J-7 and eve at 9 h) for the comité, "2 heures
 * avant" for the bureau, "30 minutes avant" for the CA.
 */
function ptceYaml(meetings: string): string {
  return `version: 1
ptce: { id: demo, name: PTCE Démo, territory: { name: Démo } }
sources: [{ id: doc, title: Document, date: "2026" }]
bodies:
  - { id: comite, name: Comité de coopération, level: ptce, kind: committee, source: doc }
  - { id: bureau, name: Bureau, level: association, kind: bureau, source: doc }
  - { id: ca, name: Conseil d'administration, level: association, kind: board, source: doc }
reminders:
  byTarget:
    bureau: [{ id: deux-heures, hoursBefore: 2 }]
    ca: [{ id: demi-heure, minutesBefore: 30 }]
meetings:
${meetings}`;
}

/** One `POST /channels/:id/messages` the fake received, stamped with the bot's simulated clock. */
interface Post {
  readonly channel: ChannelName;
  readonly nonce: string | undefined;
  readonly content: string;
  readonly status: number;
  readonly injected: boolean;
  /** The message the answer carried, if any. */
  readonly messageId: string | undefined;
  /** A message the fake created for this request (not a nonce replay, not an error). */
  readonly created: boolean;
  /** The bot's simulated instant when the fake received the request. */
  readonly simAt: number;
  readonly body: Record<string, unknown>;
}

/**
 * One fake Discord, one data file and one SQLite file; the real bot (`startBot`, configured from
 * the environment like `ptce bot`) can be started and stopped on them, each time at a given
 * position of its clock. The clock is a stepped one: it moves only when the test moves it, and
 * each move ends once the passes due on the way have finished, so a loaded machine cannot make a
 * reminder late.
 */
class Scenario {
  readonly posts: Post[] = [];
  readonly logs: string[] = [];
  bot: BotHandle | undefined;
  clock: SteppedClock | undefined;
  private readonly seenMessages = new Set<string>();
  // Read once, so that a deleted channel keeps its name in the records.
  private readonly ids = new Map<ChannelName, string>();

  private constructor(
    readonly fake: FakeDiscord,
    readonly dir: string,
    readonly dataPath: string,
    readonly dbPath: string,
    readonly dataset: Dataset,
  ) {
    for (const name of CHANNELS) this.ids.set(name, fake.channel(name).id);
    fake.on('request', (r: RecordedRequest) => this.record(r));
  }

  static async open(meetings: string, routes: (s: Scenario) => ReminderRoute[]): Promise<Scenario> {
    const fake = await FakeDiscord.start({
      token: TOKEN,
      guilds: [
        {
          channels: CHANNELS.map((name) => ({ name })),
          roles: [{ name: 'Bureau' }, { name: 'Membre' }, { name: 'Comité' }],
        },
      ],
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'ptce-reminders-'));
    const yaml = ptceYaml(meetings);
    const parsed = parseDataset(yaml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const s = new Scenario(
      fake,
      dir,
      path.join(dir, 'ptce.yaml'),
      path.join(dir, 'ptce.sqlite'),
      parsed.value,
    );
    writeFileSync(s.dataPath, yaml);
    // The routes go straight into the SQLite file the bot opens, as `/rappels canal` would write them.
    const store = openStore(s.dbPath);
    for (const route of routes(s)) store.setRoute(s.guild, route);
    store.close();
    opened.push(s);
    return s;
  }

  get guild(): string {
    return this.fake.guild.id;
  }

  channelId(name: ChannelName): string {
    const id = this.ids.get(name);
    if (!id) throw new Error(`unknown channel ${name}`);
    return id;
  }

  channelName(id: string): ChannelName {
    const name = CHANNELS.find((n) => this.ids.get(n) === id);
    if (!name) throw new Error(`unknown channel ${id}`);
    return name;
  }

  /** Starts the bot with its clock standing at `localStart` (an ISO instant with its offset). */
  async start(localStart: string, env: Record<string, string> = {}): Promise<BotHandle> {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: this.fake.applicationId,
      DISCORD_GUILD_ID: this.guild,
      DISCORD_API_URL: this.fake.apiUrl,
      PTCE_DATA: this.dataPath,
      PTCE_DB: this.dbPath,
      PTCE_EVENTS: 'non',
      ...env,
    });
    const logger = createLogger({
      write: (line) => this.logs.push(line),
      secrets: [config.token],
      level: 'debug',
    });
    const clock = steppedClock(new Date(localStart));
    this.clock = clock;
    this.bot = await startBot({ config, logger, clock });
    return this.bot;
  }

  async stopBot(): Promise<void> {
    await this.bot?.stop();
    this.bot = undefined;
    this.clock = undefined;
  }

  /** The bot's simulated now. */
  simNow(): number {
    return this.runningClock().now().getTime();
  }

  private runningClock(): SteppedClock {
    if (!this.bot || !this.clock) throw new Error('the bot is not running');
    return this.clock;
  }

  /** Moves the bot's clock to `iso`, each pass on the way at its instant; resolves once idle there. */
  async runUntil(iso: string): Promise<void> {
    await this.runningClock().advanceTo(Date.parse(iso));
  }

  /** Moves the bot's clock from one pass to the next until `check` holds; fails after 2,000 passes. */
  async until(check: () => boolean, what: string): Promise<void> {
    const clock = this.runningClock();
    for (let i = 0; i < 2000 && !check(); i++) {
      const next = clock.nextTimerAt();
      if (next === undefined) break;
      await clock.advanceTo(next);
    }
    if (!check()) throw new Error(`timed out waiting for ${what}`);
  }

  /** The reminder posts (and notices) that created a message, in arrival order. */
  created(channel?: ChannelName): Post[] {
    return this.posts.filter((p) => p.created && (channel === undefined || p.channel === channel));
  }

  /** The nonce the bot sends for a reminder of the plan. */
  nonceOf(meetingId: string, ruleId: string, channel: ChannelName, dataset = this.currentDataset()): string {
    const meeting = dataset.meetingById.get(meetingId);
    if (!meeting) throw new Error(`unknown meeting ${meetingId}`);
    return reminderNonce(`${meetingId}/${ruleId}/${this.channelId(channel)}`, meetingFingerprint(meeting));
  }

  currentDataset(): Dataset {
    return this.bot ? this.bot.services.dataset(this.guild) : this.dataset;
  }

  /** A second connection to the bot's SQLite file, as staff tooling would open it. */
  openStore(): Store {
    const store = openStore(this.dbPath);
    stores.push(store);
    return store;
  }

  private record(r: RecordedRequest): void {
    if (r.method !== 'POST' || r.template !== '/channels/:channelId/messages') return;
    const body = (r.body ?? {}) as Record<string, unknown>;
    const messageId = (r.responseBody as { id?: string } | undefined)?.id;
    const created = r.status === 200 && messageId !== undefined && !this.seenMessages.has(messageId);
    if (messageId) this.seenMessages.add(messageId);
    this.posts.push({
      channel: this.channelName(r.params.channelId ?? ''),
      nonce: typeof body.nonce === 'string' ? body.nonce : undefined,
      content: typeof body.content === 'string' ? body.content : '',
      status: r.status,
      injected: r.injected,
      messageId,
      created,
      simAt: this.bot ? this.simNow() : Number.NaN,
      body,
    });
  }

  async close(): Promise<void> {
    await this.stopBot();
    await this.fake.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const opened: Scenario[] = [];
const stores: Store[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) store.close();
  for (const s of opened.splice(0)) await s.close();
});

/** How a post relates to its planned instant, in the bot's simulated time. */
function punctuality(post: Post, planned: string): string {
  const at = Date.parse(planned);
  if (post.simAt < at) return `${(at - post.simAt) / 1000} s early`;
  if (post.simAt > at + TICK_MS) return `${(post.simAt - at) / 1000} s late`;
  return 'on time';
}

/** The Discord timestamps a message shows for a meeting starting at `iso`. */
function discordTime(iso: string): string {
  const seconds = Date.parse(iso) / 1000;
  return `(<t:${seconds}:F>, <t:${seconds}:R>)`;
}

const firstLine = (p: Post) => p.content.split('\n')[0];

/** How many created messages carry each nonce. */
function messagesPerNonce(posts: readonly Post[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of posts) if (p.created) counts[p.nonce ?? 'none'] = (counts[p.nonce ?? 'none'] ?? 0) + 1;
  return counts;
}

describe('reminder delivery through the real bot and the fake Discord', () => {
  it('posts each reminder within one tick after its planned instant, to every routed channel', async () => {
    const s = await Scenario.open(
      `  - { id: comite-mars, body: comite, title: Comité de coopération, start: "2026-03-31T09:00", place: "Salle des fêtes, Arras", agenda: [{ title: Bilan 2025 }, { title: "Feuille de route @everyone" }] }
  - { id: bureau-mardi, body: bureau, title: Bureau, start: "2026-03-24T11:05" }
  - { id: ca-mardi, body: ca, title: Conseil d'administration, start: "2026-03-24T09:40", link: "https://visio.example.org/ca" }
`,
      (s) => [
        { target: 'comite', channelId: s.channelId('comite'), roleId: s.fake.role('Comité').id },
        { target: 'bureau', channelId: s.channelId('bureau') },
        { target: '*', channelId: s.channelId('general') },
      ],
    );
    await s.start('2026-03-24T08:58:00+01:00');
    await s.runUntil('2026-03-24T09:11:00+01:00');
    await s.until(() => s.created().length >= 5, 'five reminders');

    const planned: Record<string, string> = {
      [s.nonceOf('comite-mars', 'j-7', 'comite')]: '2026-03-24T08:00:00Z',
      [s.nonceOf('comite-mars', 'j-7', 'general')]: '2026-03-24T08:00:00Z',
      [s.nonceOf('bureau-mardi', 'deux-heures', 'bureau')]: '2026-03-24T08:05:00Z',
      [s.nonceOf('bureau-mardi', 'deux-heures', 'general')]: '2026-03-24T08:05:00Z',
      [s.nonceOf('ca-mardi', 'demi-heure', 'general')]: '2026-03-24T08:10:00Z',
    };
    const created = s.created();
    expect(created.map((p) => [p.channel, firstLine(p)])).toEqual([
      ['comite', '🔔 **Rappel — Comité de coopération**'],
      ['general', '🔔 **Rappel — Comité de coopération**'],
      ['bureau', '🔔 **Rappel — Bureau**'],
      ['general', '🔔 **Rappel — Bureau**'],
      ['general', "🔔 **Rappel — Conseil d'administration**"],
    ]);
    expect(created.map((p) => punctuality(p, planned[p.nonce!] ?? 'unplanned'))).toEqual(
      Array(5).fill('on time'),
    );
    expect(messagesPerNonce(s.posts)).toEqual(Object.fromEntries(Object.keys(planned).map((n) => [n, 1])));
    expect(created[0]!.content.split('\n')).toEqual([
      '🔔 **Rappel — Comité de coopération**',
      `📅 mardi 31 mars 2026 à 9 h ${discordTime('2026-03-31T07:00:00Z')}`,
      '📍 Salle des fêtes, Arras',
      'Ordre du jour :',
      '• Bilan 2025',
      '• Feuille de route @\u200beveryone',
      `<@&${s.fake.role('Comité').id}>`,
    ]);
    expect(created[0]!.body.allowed_mentions).toEqual({ parse: [], roles: [s.fake.role('Comité').id] });
    expect(created[1]!.body.allowed_mentions).toEqual({ parse: [], roles: [] });
    expect(created[4]!.content.split('\n')).toEqual([
      "🔔 **Rappel — Conseil d'administration**",
      `📅 mardi 24 mars 2026 à 9 h 40 ${discordTime('2026-03-24T08:40:00Z')}`,
      '🔗 https://visio.example.org/ca',
    ]);
    expect(created.every((p) => p.body.enforce_nonce === true)).toBe(true);
  });

  it('keeps wall-clock rules at 09:00 Paris across the spring DST change', async () => {
    const s = await Scenario.open(
      `  - { id: comite-dst, body: comite, title: Comité de coopération, start: "2026-03-30T18:00" }
`,
      (s) => [{ target: 'comite', channelId: s.channelId('comite') }],
    );
    // "7 jours avant à 9 h" falls in winter time (UTC+1), "la veille à 9 h" in summer time (UTC+2).
    await s.start('2026-03-23T08:58:00+01:00');
    await s.runUntil('2026-03-23T09:02:00+01:00');
    await s.until(() => s.created().length >= 1, 'the J-7 reminder');
    // Nothing falls due in between: the bot is restarted six simulated days later rather than left
    // running for the 14 real minutes those days take at x600.
    await s.stopBot();
    await s.start('2026-03-29T08:58:00+02:00');
    await s.runUntil('2026-03-29T09:02:00+02:00');
    await s.until(() => s.created().length >= 2, 'the eve reminder');

    const created = s.created();
    expect(created.map((p) => p.nonce)).toEqual([
      s.nonceOf('comite-dst', 'j-7', 'comite'),
      s.nonceOf('comite-dst', 'veille', 'comite'),
    ]);
    expect([
      punctuality(created[0]!, '2026-03-23T08:00:00Z'),
      punctuality(created[1]!, '2026-03-29T07:00:00Z'),
    ]).toEqual(['on time', 'on time']);
    expect(created.map((p) => p.content.split('\n')[1])).toEqual([
      `📅 lundi 30 mars 2026 à 18 h ${discordTime('2026-03-30T16:00:00Z')}`,
      `📅 lundi 30 mars 2026 à 18 h ${discordTime('2026-03-30T16:00:00Z')}`,
    ]);
    expect(s.posts).toHaveLength(2);
  });

  it('loses and duplicates nothing when sends meet 500 and 429 answers', async () => {
    const s = await Scenario.open(
      `  - { id: bureau-a, body: bureau, title: Bureau, start: "2026-03-24T11:00" }
  - { id: bureau-b, body: bureau, title: Bureau élargi, start: "2026-03-24T11:00" }
  - { id: bureau-c, body: bureau, title: Bureau restreint, start: "2026-03-24T11:00" }
`,
      (s) => [
        { target: 'bureau', channelId: s.channelId('bureau') },
        { target: '*', channelId: s.channelId('general') },
      ],
    );
    const messages = (channel: ChannelName) => `/channels/${s.channelId(channel)}/messages`;
    // Four 500s in a row outlast discord.js's own retries: the scheduler sees the failure.
    s.fake.failNext({ method: 'POST', pathIncludes: messages('bureau'), status: 500, times: 4 });
    // These two are absorbed by discord.js's retries, after its wait for the 429.
    s.fake.failNext({ method: 'POST', pathIncludes: messages('general'), status: 500, times: 2 });
    s.fake.failNext({ method: 'POST', pathIncludes: messages('general'), status: 429, retryAfter: 0.05 });
    await s.start('2026-03-24T08:59:00+01:00');
    await s.runUntil('2026-03-24T09:04:00+01:00');
    await s.until(() => s.created().length >= 6, 'six reminders');

    const plan = ['bureau-a', 'bureau-b', 'bureau-c'].flatMap((id) =>
      (['bureau', 'general'] as const).map((c) => s.nonceOf(id, 'deux-heures', c)),
    );
    expect(messagesPerNonce(s.posts)).toEqual(Object.fromEntries(plan.map((n) => [n, 1])));
    expect(s.posts.filter((p) => p.injected).map((p) => [p.channel, p.status])).toEqual([
      ['bureau', 500],
      ['bureau', 500],
      ['bureau', 500],
      ['bureau', 500],
      ['general', 500],
      ['general', 500],
      ['general', 429],
    ]);
    // Every request that Discord answered 200 created a message: no resend was needed to be safe.
    expect(s.posts.filter((p) => p.status === 200).length).toBe(6);
    expect(s.created().every((p) => !p.content.includes('rappel envoyé en retard'))).toBe(true);
    const store = s.openStore();
    expect(store.ledger(s.guild).map((e) => e.state)).toEqual(Array(6).fill('sent'));
    const failed = store.ledgerRecord(
      s.guild,
      `bureau-a/deux-heures/${s.channelId('bureau')}`,
      meetingFingerprint(s.dataset.meetingById.get('bureau-a')!),
    );
    expect([failed?.attempts, failed?.lastError]).toEqual([1, 'Internal Server Error']);
    // The failed channel waited for its backoff (60 s) before the retry, then got all three.
    const failedAt = s.posts.find((p) => p.injected)!.simAt;
    expect(s.created('bureau').map((p) => p.simAt - failedAt >= 60_000)).toEqual([true, true, true]);
  });

  it('sends fresh reminders for a moved meeting and never the old ones', async () => {
    const s = await Scenario.open(
      `  - { id: bureau-deja, body: bureau, title: Bureau, start: "2026-03-24T11:01" }
  - { id: bureau-avance, body: bureau, title: Bureau, start: "2026-03-24T11:08" }
`,
      (s) => [{ target: 'bureau', channelId: s.channelId('bureau') }],
    );
    await s.start('2026-03-24T08:59:00+01:00');
    await s.until(() => s.created().length >= 1, 'the first reminder');
    const before = s.currentDataset();
    // Staff move both meetings while the bot runs: one already reminded, one not yet.
    const staff = s.openStore();
    for (const [id, start] of [
      ['bureau-deja', '2026-03-24T11:12'],
      ['bureau-avance', '2026-03-24T11:14'],
    ] as const) {
      staff.updateMeeting(s.guild, id, movedTo(start), { base: s.dataset.meetingById.get(id)! });
    }
    await s.runUntil('2026-03-24T09:16:00+01:00');
    await s.until(() => s.created().length >= 3, 'the fresh reminders');

    const after = s.currentDataset();
    const created = s.created();
    expect(created.map((p) => p.nonce)).toEqual([
      s.nonceOf('bureau-deja', 'deux-heures', 'bureau', before),
      s.nonceOf('bureau-deja', 'deux-heures', 'bureau', after),
      s.nonceOf('bureau-avance', 'deux-heures', 'bureau', after),
    ]);
    expect(created.map((p) => p.content.split('\n')[1]!.split(' (')[0])).toEqual([
      '📅 mardi 24 mars 2026 à 11 h 01',
      '📅 mardi 24 mars 2026 à 11 h 12',
      '📅 mardi 24 mars 2026 à 11 h 14',
    ]);
    expect([
      punctuality(created[0]!, '2026-03-24T08:01:00Z'),
      punctuality(created[1]!, '2026-03-24T08:12:00Z'),
      punctuality(created[2]!, '2026-03-24T08:14:00Z'),
    ]).toEqual(['on time', 'on time', 'on time']);
    // The old 09:08 reminder of bureau-avance was never even claimed.
    expect(s.posts.some((p) => p.nonce === s.nonceOf('bureau-avance', 'deux-heures', 'bureau', before))).toBe(
      false,
    );
    expect(
      staff
        .ledger(s.guild)
        .map((e) => [e.key.replace(s.channelId('bureau'), 'bureau'), e.fingerprint, e.state]),
    ).toEqual([
      ['bureau-deja/deux-heures/bureau', '2026-03-24T11:01||Europe/Paris|planned', 'sent'],
      ['bureau-deja/deux-heures/bureau', '2026-03-24T11:12||Europe/Paris|planned', 'sent'],
      ['bureau-avance/deux-heures/bureau', '2026-03-24T11:14||Europe/Paris|planned', 'sent'],
    ]);
  });

  it('tells each reminded channel once that the meeting is cancelled', async () => {
    const s = await Scenario.open(
      `  - { id: bureau-annule, body: bureau, title: Bureau, start: "2026-03-24T11:01" }
`,
      (s) => [
        { target: 'bureau', channelId: s.channelId('bureau'), roleId: s.fake.role('Bureau').id },
        { target: '*', channelId: s.channelId('general') },
      ],
    );
    await s.start('2026-03-24T08:59:00+01:00');
    await s.until(() => s.created().length >= 2, 'the reminders');
    s.openStore().updateMeeting(s.guild, 'bureau-annule', cancelled, {
      base: s.dataset.meetingById.get('bureau-annule')!,
    });
    await s.until(() => s.created().length >= 4, 'the notices');
    // Several more passes: nothing more is posted.
    await s.runUntil('2026-03-24T09:08:00+01:00');

    expect(s.created().map((p) => [p.channel, firstLine(p)])).toEqual([
      ['bureau', '🔔 **Rappel — Bureau**'],
      ['general', '🔔 **Rappel — Bureau**'],
      ['bureau', '❌ **Réunion annulée — Bureau**'],
      ['general', '❌ **Réunion annulée — Bureau**'],
    ]);
    expect(s.created('bureau')[1]!.content.split('\n')).toEqual([
      '❌ **Réunion annulée — Bureau**',
      `La réunion du mardi 24 mars 2026 à 11 h 01 ${discordTime('2026-03-24T10:01:00Z')} est annulée. Le rappel envoyé plus tôt ne tient plus.`,
      `<@&${s.fake.role('Bureau').id}>`,
    ]);
    expect(s.posts).toHaveLength(4);
    expect(
      s
        .openStore()
        .decisions(s.guild)
        .map((d) => [d.key.replace(/\d{17,20}$/, '…'), d.decision, d.reason.replace(/\d{17,20}/g, '…')]),
    ).toEqual([
      ['bureau-annule/deux-heures/…', 'sent', 'message … dans …'],
      ['bureau-annule/deux-heures/…', 'sent', 'message … dans …'],
      ['bureau-annule/deux-heures/…', 'skipped', 'cancelled'],
      ['bureau-annule/annulation/…', 'sent', 'message … dans …'],
      ['bureau-annule/deux-heures/…', 'skipped', 'cancelled'],
      ['bureau-annule/annulation/…', 'sent', 'message … dans …'],
    ]);
  });

  // Regression: the skip was recorded before the notice was sent, and later passes ignored
  // reminders already recorded as skipped, so a notice that failed once was never retried.
  it('retries a cancellation notice whose first send failed', async () => {
    const s = await Scenario.open(
      `  - { id: bureau-annule, body: bureau, title: Bureau, start: "2026-03-24T11:01" }
`,
      (s) => [{ target: 'bureau', channelId: s.channelId('bureau') }],
    );
    await s.start('2026-03-24T08:59:00+01:00');
    await s.until(() => s.created().length >= 1, 'the reminder');
    s.fake.failNext({
      method: 'POST',
      pathIncludes: `/channels/${s.channelId('bureau')}/messages`,
      status: 500,
      times: 4,
    });
    s.openStore().updateMeeting(s.guild, 'bureau-annule', cancelled, {
      base: s.dataset.meetingById.get('bureau-annule')!,
    });
    await s.until(() => s.posts.filter((p) => p.injected).length >= 4, 'the failed notice');
    // Ten minutes of passes: the retry after the 60 s backoff should post the notice.
    await s.runUntil('2026-03-24T09:12:00+01:00');

    expect(s.created().map(firstLine)).toEqual(['🔔 **Rappel — Bureau**', '❌ **Réunion annulée — Bureau**']);
  });

  it('logs a deleted channel, tells staff once, retries with backoff, and keeps the other routes going', async () => {
    const s = await Scenario.open(
      `  - { id: bureau-neuf, body: bureau, title: Bureau, start: "2026-03-24T11:00" }
  - { id: bureau-dix, body: bureau, title: Bureau, start: "2026-03-24T11:05" }
`,
      (s) => [
        { target: 'bureau', channelId: s.channelId('ancien') },
        { target: '*', channelId: s.channelId('general') },
      ],
    );
    s.fake.deleteChannel(s.channelId('ancien'));
    await s.start('2026-03-24T08:59:00+01:00', { PTCE_STAFF_CHANNEL_ID: s.channelId('staff') });
    await s.runUntil('2026-03-24T09:14:00+01:00');

    const general = s.created('general');
    expect(general.map((p) => p.nonce)).toEqual([
      s.nonceOf('bureau-neuf', 'deux-heures', 'general'),
      s.nonceOf('bureau-dix', 'deux-heures', 'general'),
    ]);
    expect([
      punctuality(general[0]!, '2026-03-24T08:00:00Z'),
      punctuality(general[1]!, '2026-03-24T08:05:00Z'),
    ]).toEqual(['on time', 'on time']);
    expect(s.created('staff').map((p) => p.content)).toEqual([
      `⚠️ Les rappels ne parviennent pas au salon <#${s.channelId('ancien')}> (Unknown Channel). Vérifiez que le salon existe et que le bot peut y écrire ; de nouveaux essais auront lieu automatiquement.`,
    ]);
    // Each retry waits twice as long as the one before (60 s, 120 s, 240 s …), not one per pass.
    const attempts = s.posts.filter((p) => p.channel === 'ancien');
    expect(attempts.every((p) => p.status === 404)).toBe(true);
    const waits = attempts.slice(1).map((p, i) => p.simAt - attempts[i]!.simAt);
    expect(waits.map((w, i) => w >= 60_000 * 2 ** i && w < 60_000 * 2 ** i + 3 * TICK_MS)).toEqual(
      waits.map(() => true),
    );
    expect(attempts.length).toBe(4);
    expect(s.logs.filter((l) => l.includes('WARN  reminder not delivered, will retry')).length).toBe(4);
    expect(s.logs.find((l) => l.includes('WARN  reminder not delivered'))).toContain(
      `channel=${s.channelId('ancien')}`,
    );
  });

  it('after downtime, sends a missed reminder late and records one whose meeting passed as skipped', async () => {
    const s = await Scenario.open(
      `  - { id: bureau-tot, body: bureau, title: Bureau, start: "2026-03-24T10:30" }
  - { id: bureau-passe, body: bureau, title: Bureau, start: "2026-03-24T11:00" }
  - { id: bureau-apres, body: bureau, title: Bureau, start: "2026-03-24T14:00" }
`,
      (s) => [{ target: 'bureau', channelId: s.channelId('bureau') }],
    );
    await s.start('2026-03-24T08:29:00+01:00');
    await s.until(() => s.created().length >= 1, 'the 08:30 reminder');
    await s.stopBot();
    // Down from about 08:31 to 12:30: the 09:00 and 12:00 reminders were never sent.
    await s.start('2026-03-24T12:30:00+01:00');
    await s.until(() => s.created().length >= 2, 'the late reminder');
    await s.runUntil('2026-03-24T12:33:00+01:00');

    const created = s.created();
    expect(created.map((p) => p.nonce)).toEqual([
      s.nonceOf('bureau-tot', 'deux-heures', 'bureau'),
      s.nonceOf('bureau-apres', 'deux-heures', 'bureau'),
    ]);
    expect(created[1]!.content.split('\n')).toEqual([
      '🔔 **Rappel — Bureau**',
      `📅 mardi 24 mars 2026 à 14 h ${discordTime('2026-03-24T13:00:00Z')}`,
      '_(rappel envoyé en retard : prévu 2 heures avant)_',
    ]);
    // The catch-up is the first pass after the start.
    expect(punctuality(created[1]!, '2026-03-24T11:30:00Z')).toBe('on time');
    const store = s.openStore();
    const bureau = s.channelId('bureau');
    expect(store.ledger(s.guild).map((e) => [e.key.replace(bureau, 'bureau'), e.state, e.reason])).toEqual([
      ['bureau-tot/deux-heures/bureau', 'sent', undefined],
      ['bureau-passe/deux-heures/bureau', 'skipped', 'meeting-passed'],
      ['bureau-apres/deux-heures/bureau', 'sent', undefined],
    ]);
    expect(
      store
        .decisions(s.guild)
        .map((d) => [d.key.replace(bureau, 'bureau'), d.decision, d.at.toISOString().slice(0, 16)]),
    ).toEqual([
      ['bureau-tot/deux-heures/bureau', 'sent', '2026-03-24T07:30'],
      ['bureau-passe/deux-heures/bureau', 'skipped', '2026-03-24T11:30'],
      ['bureau-apres/deux-heures/bureau', 'sent', '2026-03-24T11:30'],
    ]);
    expect(
      s.logs.some((l) =>
        /INFO {2}reminder skipped key=bureau-passe\/deux-heures\/\d+ reason=meeting-passed/.test(l),
      ),
    ).toBe(true);
  });

  // Regression: the plan only reached back `catchUpWindowMs` (3 days), so after a longer downtime
  // the missed reminders of meetings that started in between were never decided, with no ledger
  // row, decision or log line. ARCHITECTURE.md: "Nothing is silently dropped".
  it('after a downtime longer than the catch-up window, still records the missed reminders as skipped', async () => {
    const s = await Scenario.open(
      `  - { id: bureau-tot, body: bureau, title: Bureau, start: "2026-03-24T10:30" }
  - { id: bureau-passe, body: bureau, title: Bureau, start: "2026-03-24T11:00" }
`,
      (s) => [{ target: 'bureau', channelId: s.channelId('bureau') }],
    );
    await s.start('2026-03-24T08:29:00+01:00');
    await s.until(() => s.created().length >= 1, 'the 08:30 reminder');
    await s.stopBot();
    await s.start('2026-03-28T12:30:00+01:00');
    await s.runUntil('2026-03-28T12:33:00+01:00');

    const store = s.openStore();
    const bureau = s.channelId('bureau');
    expect(store.ledger(s.guild).map((e) => [e.key.replace(bureau, 'bureau'), e.state, e.reason])).toEqual([
      ['bureau-tot/deux-heures/bureau', 'sent', undefined],
      ['bureau-passe/deux-heures/bureau', 'skipped', 'meeting-passed'],
    ]);
  });
});
