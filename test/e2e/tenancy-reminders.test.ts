import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHandle, startBot } from '../../packages/bot/src/app/start-bot.js';
import { loadConfig } from '../../packages/bot/src/config.js';
import { createLogger } from '../../packages/bot/src/logger.js';
import { type SteppedClock, steppedClock } from '../../packages/bot/src/stepped-clock.js';
import { botEnv, embedOf, TEST_TOKEN } from '../bot/discord/e2e-harness.js';
import { FakeDiscord, type FakeGuildInput, Permission } from '../support/fake-discord.js';

/** A small PTCE whose bureau meets at 14 h on 15 January 2026, reminded two hours before. */
const ptceYaml = (id: string, name: string, bureau: string) => `version: 1
ptce: { id: ${id}, name: ${name}, territory: { name: ${name} } }
sources: [{ id: doc, title: Document, date: "2026" }]
bodies:
  - { id: bureau, name: ${bureau}, level: association, kind: bureau, source: doc }
reminders:
  byTarget:
    bureau: [{ id: deux-heures, hoursBefore: 2 }]
meetings:
  - { id: bureau-2026-01-15, title: Bureau de janvier, body: bureau, start: "2026-01-15T14:00", source: doc }
`;

const guild = (name: string, staff: string): FakeGuildInput => ({
  name,
  channels: [{ name: 'general' }, { name: 'rappels' }],
  roles: [{ name: 'Équipe', permissions: Permission.ManageGuild }],
  members: [{ user: { username: staff }, roles: ['Équipe'] }],
});

let fake: FakeDiscord;
let bot: BotHandle;
let clock: SteppedClock;
let dir: string;

beforeAll(async () => {
  fake = await FakeDiscord.start({
    token: TEST_TOKEN,
    heartbeatIntervalMs: 500,
    guilds: [guild('PTCE Alpha', 'alice'), guild('PTCE Bêta', 'carol')],
  });
  dir = mkdtempSync(path.join(tmpdir(), 'ptce-tenancy-reminders-'));
  const config = loadConfig(botEnv(fake, dir, { DISCORD_GUILD_ID: '' }));
  clock = steppedClock(new Date('2026-01-15T09:00:00+01:00'));
  const logs: string[] = [];
  bot = await startBot({
    config,
    clock,
    logger: createLogger({ write: (l) => logs.push(l), secrets: [config.token] }),
  });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reminders of two PTCEs in two guilds', () => {
  it('go to each guild’s own channel, with its own meeting, exactly once', async () => {
    const [a, b] = [fake.guilds[0]!.id, fake.guilds[1]!.id];
    const setUp = async (guildId: string, staff: string, yaml: string) => {
      const userId = fake.user(staff).id;
      const imported = await fake.sendInteraction({
        name: 'donnees',
        subcommand: 'importer',
        options: [{ name: 'fichier', type: 11, value: fake.addUpload('ptce.yaml', yaml) }],
        guildId,
        userId,
      }).response;
      const routed = await fake.sendInteraction({
        name: 'rappels',
        subcommand: 'canal',
        options: [
          { name: 'instance', type: 3, value: '*' },
          { name: 'salon', type: 7, value: fake.channel('rappels', guildId).id },
        ],
        guildId,
        userId,
      }).response;
      return [embedOf(imported).title, embedOf(routed).title];
    };
    expect(await setUp(a, 'alice', ptceYaml('alpha', 'PTCE Alpha', 'Bureau Alpha'))).toEqual([
      'Données importées',
      'Salon de rappel enregistré',
    ]);
    expect(await setUp(b, 'carol', ptceYaml('beta', 'PTCE Beta', 'Bureau Bêta'))).toEqual([
      'Données importées',
      'Salon de rappel enregistré',
    ]);
    fake.clearRecords();

    await clock.advanceTo(new Date('2026-01-15T12:30:00+01:00'));

    const posts = fake
      .requests({ method: 'POST', template: '/channels/:channelId/messages' })
      .filter((r) => r.status === 200)
      .map((r) => [
        r.params.channelId,
        String((r.body as { content?: string }).content ?? '').split('\n')[0],
      ]);
    const channelA = fake.channel('rappels', a).id;
    const channelB = fake.channel('rappels', b).id;
    expect(posts.map(([channel]) => channel).sort()).toEqual([channelA, channelB].sort());
    const [, textA] = posts.find(([channel]) => channel === channelA)!;
    const [, textB] = posts.find(([channel]) => channel === channelB)!;
    expect([textA?.includes('Bureau Alpha'), textA?.includes('Bêta')]).toEqual([true, false]);
    expect([textB?.includes('Bureau Bêta'), textB?.includes('Alpha')]).toEqual([true, false]);
    expect([bot.store.ledger(a).map((l) => l.state), bot.store.ledger(b).map((l) => l.state)]).toEqual([
      ['sent'],
      ['sent'],
    ]);
  });
});
