import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { meetingAttendanceRules } from '@ptce/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../../packages/bot/src/app/start-bot.js';
import { loadConfig } from '../../packages/bot/src/config.js';
import { ask } from '../../packages/bot/src/conversation/engine.js';
import { defaultDataPath, loadDataset } from '../../packages/bot/src/data/load-data.js';
import { matchingChoices } from '../../packages/bot/src/discord/autocomplete-choices.js';
import { datasetSummary } from '../../packages/bot/src/discord/reload-reply.js';
import { renderEmbed } from '../../packages/bot/src/discord/render-embed.js';
import { calendarFeed } from '../../packages/bot/src/http/calendar-feed.js';
import { createLogger } from '../../packages/bot/src/logger.js';
import { openStore } from '../../packages/bot/src/store/index.js';
import {
  type BotHarness,
  embedOf,
  fixture,
  isEphemeral,
  startHarness,
  TEST_CLOCK,
} from '../bot/discord/e2e-harness.js';
import { type FakeGuildInput, type InteractionReply, Permission } from '../support/fake-discord.js';

const AUTON = readFileSync(defaultDataPath(), 'utf8');
const SECOND = readFileSync(fixture('second-ptce.yaml'), 'utf8');
const autonData = loadDataset(defaultDataPath());
const secondData = loadDataset(fixture('second-ptce.yaml'));
const NOW = new Date(TEST_CLOCK);

const guildA: FakeGuildInput = {
  name: 'PTCE Auton’Hommes',
  channels: [{ name: 'general' }, { name: 'rappels-a' }],
  roles: [{ name: 'Équipe A', permissions: Permission.ManageGuild }, { name: 'Membre' }],
  members: [
    { user: { username: 'alice' }, roles: ['Équipe A'] },
    { user: { username: 'bob' }, roles: ['Membre'] },
  ],
};
const guildB: FakeGuildInput = {
  name: 'Pôle Ressources',
  channels: [{ name: 'accueil' }, { name: 'rappels-b' }],
  roles: [{ name: 'Équipe B', permissions: Permission.ManageGuild }, { name: 'Membre' }],
  members: [
    { user: { username: 'carol' }, roles: ['Équipe B'] },
    { user: { username: 'dave' }, roles: ['Membre'] },
  ],
};

/** A free port on the loopback, for the bot's HTTP server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

let h: BotHarness;
let port: number;
let a: string;
let b: string;
const user = (name: string) => h.fake.user(name).id;

/** Sends `/donnees importer` with a file served by the fake Discord. */
const importFile = (guildId: string, userId: string, filename: string, content: string | Buffer) =>
  h.fake.sendInteraction({
    name: 'donnees',
    subcommand: 'importer',
    options: [{ name: 'fichier', type: 11, value: h.fake.addUpload(filename, content) }],
    guildId,
    userId,
  }).response;
const donnees = (guildId: string, userId: string, subcommand: string, options: Record<string, number> = {}) =>
  h.fake.sendInteraction({ name: 'donnees', subcommand, options, guildId, userId }).response;
const question = (guildId: string, texte: string, userId: string) =>
  h.fake.sendInteraction({ name: 'question', options: { texte }, guildId, userId }).response;
const lines = (r: InteractionReply) => String(embedOf(r).description ?? '').split('\n');
/** The file the bot attached to its latest answer to an interaction (multipart edit of @original). */
const lastAttachment = () => {
  const edits = h.fake.requests(
    (r) => r.method === 'PATCH' && decodeURIComponent(r.path).endsWith('/messages/@original'),
  );
  const files = edits.at(-1)?.files ?? [];
  return files.map((f) => ({ name: f.name, text: f.bytes.toString('utf8') }));
};

beforeAll(async () => {
  port = await freePort();
  h = await startHarness({
    fake: { guilds: [guildA, guildB] },
    // The hosted mode: no guild is seeded by the environment, each imports its own data.
    env: () => ({ DISCORD_GUILD_ID: '', PTCE_HTTP_PORT: String(port), PTCE_EVENTS: 'non' }),
  });
  a = h.fake.guilds[0]!.id;
  b = h.fake.guilds[1]!.id;
});
afterAll(async () => {
  await h?.stop();
});

describe('a guild with no PTCE yet', () => {
  it('answers a member’s question with one line saying how to set it up, and offers no choices', async () => {
    const answer = await question(a, 'quand a lieu le prochain conseil ?', user('bob'));
    expect([isEphemeral(answer), embedOf(answer).title, embedOf(answer).description]).toEqual([
      true,
      'Serveur pas encore configuré',
      'Ce serveur n’est pas encore relié à un PTCE : un membre ayant la permission « Gérer le serveur » peut le faire avec /donnees importer.',
    ]);
    const choices = await h.fake.sendInteraction({
      name: 'prochain',
      type: 4,
      options: { instance: '' },
      guildId: a,
      userId: user('bob'),
    }).response;
    expect(choices.data.choices).toEqual([]);
  });

  it('answers a click on an attendance button left in the guild with the same line, and stores nothing', async () => {
    // A meeting of the shared data file: without the gate, the click would be judged against
    // another PTCE's meeting.
    const meeting = autonData.meetings.find((m) => meetingAttendanceRules(autonData, m) !== undefined)!;
    const guild = h.fake.guilds[0]!;
    const left = h.fake.state.addMessage({
      channel: guild.channels.find((c) => c.type === 0)!,
      author: h.fake.bot,
      body: {
        content: 'Rappel',
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 3, label: 'Présent·e', custom_id: `presence:present:${meeting.id}` },
            ],
          },
        ],
      },
    });
    const answer = await h.fake.sendComponent({
      messageId: left.id,
      customId: `presence:present:${meeting.id}`,
      userId: user('bob'),
    }).response;
    expect([isEphemeral(answer), embedOf(answer).title, embedOf(answer).description]).toEqual([
      true,
      'Serveur pas encore configuré',
      'Ce serveur n’est pas encore relié à un PTCE : un membre ayant la permission « Gérer le serveur » peut le faire avec /donnees importer.',
    ]);
    expect(h.bot.store.attendanceResponses(a, meeting.id)).toEqual([]);
  });

  it('refuses a plain member’s import, and downloads nothing', async () => {
    const refused = await importFile(a, user('bob'), 'auton-hommes.yaml', AUTON);
    expect([isEphemeral(refused), embedOf(refused).title, embedOf(refused).description]).toEqual([
      true,
      'Commande réservée à l’équipe',
      'Cette commande est réservée à l’équipe d’animation du PTCE de ce serveur (rôle équipe ou permission « Gérer le serveur »).',
    ]);
    expect([h.fake.uploadDownloads(), h.bot.store.datasetVersions(a)]).toEqual([0, []]);
  });
});

describe('two PTCEs, two guilds, each imported by its own staff', () => {
  beforeAll(async () => {
    const first = await importFile(a, user('alice'), 'auton-hommes.yaml', AUTON);
    const second = await importFile(b, user('carol'), 'second-ptce.yaml', SECOND);
    expect([embedOf(first).title, embedOf(second).title]).toEqual(['Données importées', 'Données importées']);
  });

  it('summarises each import: structures, groups, meetings, the version and its SHA-256', () => {
    const versionA = h.bot.store.datasetVersion(a)!;
    const versionB = h.bot.store.datasetVersion(b)!;
    expect([versionA.ptceId, versionA.yaml === AUTON, versionB.ptceId, versionB.yaml === SECOND]).toEqual([
      'auton-hommes',
      true,
      'pole-ressources',
      true,
    ]);
    expect(h.bot.store.guildBindings().map((g) => [g.guildId, g.ptceId, g.source])).toEqual(
      [
        [a, 'auton-hommes', 'upload'],
        [b, 'pole-ressources', 'upload'],
      ].sort((x, y) => x[0]!.localeCompare(y[0]!)),
    );
    expect(datasetSummary(autonData)).not.toBe(datasetSummary(secondData));
  });

  it('gives the same question each guild’s own answer', async () => {
    const text = 'quelles sont les instances ?';
    const inA = await question(a, text, user('bob'));
    const inB = await question(b, text, user('dave'));
    const expected = (dataset: typeof autonData) =>
      JSON.parse(JSON.stringify(renderEmbed(ask(text, { dataset, now: NOW }))));
    expect(embedOf(inA)).toEqual(expected(autonData));
    expect(embedOf(inB)).toEqual(expected(secondData));
    expect(embedOf(inA)).not.toEqual(embedOf(inB));
  });

  it('offers in autocomplete only the guild’s own bodies and groups', async () => {
    const choices = async (guildId: string, userId: string) =>
      (
        await h.fake.sendInteraction({
          name: 'prochain',
          type: 4,
          options: { instance: '' },
          guildId,
          userId,
        }).response
      ).data.choices;
    const kinds = ['body', 'group', 'subgroup'] as const;
    const ofA = await choices(a, user('bob'));
    const ofB = await choices(b, user('dave'));
    expect(ofA).toEqual(matchingChoices(autonData, '', kinds).slice(0, 25));
    expect(ofB).toEqual(matchingChoices(secondData, '', kinds).slice(0, 25));
    // Ids may coincide across PTCEs (gt1, bureau); the names they offer are each guild's own.
    const namesA = new Set((ofA as { name: string }[]).map((c) => c.name));
    expect((ofB as { name: string }[]).filter((c) => namesA.has(c.name)).map((c) => c.name)).toEqual(
      (ofB as { name: string }[]).map((c) => c.name).filter((name) => name === 'Bureau'),
    );
  });

  it('lists each guild’s versions in its own history only', async () => {
    const historyB = await donnees(b, user('carol'), 'historique');
    expect(lines(historyB)).toHaveLength(1);
    expect(lines(historyB)[0]).toMatch(
      new RegExp(`^Version 1 du .+ 2026 à .+, par <@${user('carol')}> ; SHA-256 [0-9a-f]{12}… — en service$`),
    );
  });

  it('refuses staff of one guild any action on the other: they are plain strangers there', async () => {
    // alice is not a member of guild B at all; carol's rights hold in guild B only.
    expect(() =>
      h.fake.sendInteraction({ name: 'donnees', subcommand: 'exporter', guildId: b, userId: user('alice') }),
    ).toThrow(/is not a member/);
    const restore = await donnees(b, user('dave'), 'restaurer', { version: 1 });
    const setting = await h.fake.sendInteraction({
      name: 'parametres',
      subcommand: 'evenements',
      options: { actif: false },
      guildId: b,
      userId: user('dave'),
    }).response;
    expect([
      embedOf(restore).title,
      embedOf(setting).title,
      isEphemeral(restore),
      isEphemeral(setting),
    ]).toEqual(['Commande réservée à l’équipe', 'Commande réservée à l’équipe', true, true]);
    expect([h.bot.store.datasetVersions(b).length, h.bot.store.guildSettings(b)]).toEqual([1, {}]);
  });

  it('refuses a file whose PTCE another guild already has', async () => {
    const taken = await importFile(b, user('carol'), 'copie.yaml', AUTON);
    expect([isEphemeral(taken), embedOf(taken).title, lines(taken)]).toEqual([
      true,
      'Données refusées',
      [
        'Le fichier décrit le PTCE « auton-hommes », déjà lié à un autre serveur Discord : un PTCE ne peut servir qu’un serveur. Changez son identifiant (ptce.id) s’il s’agit d’un autre PTCE.',
        `Les données précédentes restent en service (${datasetSummary(secondData)}).`,
      ],
    ]);
    expect(h.bot.store.guildBinding(b)?.ptceId).toBe('pole-ressources');
  });
});

describe('each PTCE’s own calendar feed', () => {
  it('serves /<ptce-id>/calendar.ics with that guild’s meetings only', async () => {
    const feed = async (p: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${p}`);
      return [response.status, await response.text()] as const;
    };
    const [statusA, icsA] = await feed('/auton-hommes/calendar.ics');
    const [statusB, icsB] = await feed('/pole-ressources/calendar.ics');
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].length;
    expect([statusA, statusB]).toEqual([200, 200]);
    const uidList = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim());
    expect(uidList(icsB).some((uid) => uid.includes('cocoop-2026-02'))).toBe(true);
    expect(uidList(icsA).some((uid) => uid.includes('cocoop-2026-02'))).toBe(false);
    const events = (dataset: typeof autonData) => calendarFeed(dataset, { now: NOW, stamp: NOW }).events;
    expect([uids(icsA), uids(icsB)]).toEqual([events(autonData), events(secondData)]);
    expect(events(autonData)).not.toBe(events(secondData));
    expect(await feed('/inconnu/calendar.ics')).toEqual([
      404,
      'Page introuvable : /inconnu/calendar.ics. Essayez /calendar.ics ou /healthz.\n',
    ]);
  });
});

describe('bad uploads are refused in French, and the data in force stay', () => {
  const kept = () => `Les données précédentes restent en service (${datasetSummary(secondData)}).`;
  const refusal = async (filename: string, content: string | Buffer) => {
    const answer = await importFile(b, user('carol'), filename, content);
    return { ephemeral: isEphemeral(answer), title: embedOf(answer).title, lines: lines(answer) };
  };

  it('an impossible date: its line, column, path and expectation, and the full report attached', async () => {
    const broken = SECOND.replace('start: "2026-02-05T14:00"', 'start: "2026-02-30T14:00"');
    const line = broken.split('\n').findIndex((l) => l.includes('2026-02-30')) + 1;
    const answer = await refusal('casse.yaml', broken);
    expect(answer.ephemeral).toBe(true);
    expect(answer.title).toBe('Données refusées');
    expect(answer.lines[0]).toBe('Le fichier « casse.yaml » contient une erreur.');
    expect(answer.lines[1]).toMatch(new RegExp(`^${line}:\\d+ meetings\\[\\d+\\]\\.start : .+`));
    expect(answer.lines.at(-1)).toBe(kept());
    const [report] = lastAttachment();
    expect(report?.name).toBe('erreurs-donnees.txt');
    expect(report?.text).toMatch(
      new RegExp(`^Le fichier « casse.yaml » contient une erreur\\.\\ncasse\\.yaml:${line}:\\d+ meetings`),
    );
  });

  it('bad YAML', async () => {
    const answer = await refusal('yaml.yaml', 'ptce:\n  id: [non fermé\n');
    expect(answer.title).toBe('Données refusées');
    expect(answer.lines[1]).toMatch(/^\d+:\d+ : YAML illisible : /);
    expect(answer.lines.at(-1)).toBe(kept());
  });

  it('a 2 MB file, refused from its declared size before any download', async () => {
    const before = h.fake.uploadDownloads();
    const answer = await refusal('gros.yaml', `# ${'x'.repeat(2 * 1_048_576)}\n`);
    expect(answer.lines).toEqual(['Le fichier « gros.yaml » pèse 2 Mo : la limite est de 1 Mo.', kept()]);
    expect(h.fake.uploadDownloads()).toBe(before);
  });

  it('an alias bomb, refused at its first alias without expanding it', async () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      '',
    ].join('\n');
    const answer = await refusal('bombe.yaml', bomb);
    expect(answer.lines).toEqual([
      'Le fichier « bombe.yaml » contient une erreur.',
      '2:8 : YAML refusé : ses alias (\\*nom) reprennent trop de fois les mêmes blocs (attendu : au plus 100 reprises). Écrivez les données en toutes lettres, sans alias.',
      kept(),
    ]);
  });

  it('not YAML at all (a PNG image)', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe,
    ]);
    const answer = await refusal('photo.png', png);
    expect(answer.lines).toEqual([
      'La pièce jointe n’est pas un fichier texte UTF-8 : un fichier de données YAML est attendu.',
      kept(),
    ]);
  });

  it('kept guild B on its first version, answering from it', async () => {
    expect(h.bot.store.datasetVersions(b).map((v) => v.version)).toEqual([1]);
    const answer = await question(b, 'quelles sont les instances ?', user('dave'));
    expect(embedOf(answer)).toEqual(
      JSON.parse(
        JSON.stringify(renderEmbed(ask('quelles sont les instances ?', { dataset: secondData, now: NOW }))),
      ),
    );
  });
});

describe('versions', () => {
  it('a new version says what changed; restoring version 1 and exporting give the first file byte for byte', async () => {
    const changed = SECOND.replace(/\n {2}- id: cocoop-2026-02\n/, '\n  - id: cocoop-2026-02-bis\n');
    const second = await importFile(b, user('carol'), 'v2.yaml', changed);
    expect(lines(second)).toContain(
      '• 1 réunion en plus (cocoop-2026-02-bis), 1 réunion en moins (cocoop-2026-02)',
    );

    const exported2 = await donnees(b, user('carol'), 'exporter');
    expect([embedOf(exported2).title, lastAttachment()]).toEqual([
      'Fichier de données',
      [{ name: 'pole-ressources-v2.yaml', text: changed }],
    ]);

    const restored = await donnees(b, user('carol'), 'restaurer', { version: 1 });
    expect(embedOf(restored).title).toBe('Données restaurées');
    expect(lines(restored)).toContain(
      '• 1 réunion en plus (cocoop-2026-02), 1 réunion en moins (cocoop-2026-02-bis)',
    );
    await donnees(b, user('carol'), 'exporter');
    expect(lastAttachment()).toEqual([{ name: 'pole-ressources-v3.yaml', text: SECOND }]);
    expect(h.bot.store.datasetVersions(b).map((v) => [v.version, v.restoredFrom])).toEqual([
      [3, 1],
      [2, undefined],
      [1, undefined],
    ]);
    expect(h.bot.store.datasetVersion(b, 3)?.sha256).toBe(h.bot.store.datasetVersion(b, 1)?.sha256);
  });

  it('refuses to restore a version the guild does not have, naming those it has', async () => {
    const missing = await donnees(a, user('alice'), 'restaurer', { version: 3 });
    expect([isEphemeral(missing), embedOf(missing).title, embedOf(missing).description]).toEqual([
      true,
      'Version introuvable',
      'Ce serveur n’a pas de version 3 : versions disponibles 1 (voir /donnees historique).',
    ]);
  });
});

describe('/parametres', () => {
  it('changes one guild’s settings, logs the change, and leaves the other guild’s alone', async () => {
    const channel = h.fake.channel('rappels-b', b).id;
    const digest = await h.fake.sendInteraction({
      name: 'parametres',
      subcommand: 'resume',
      options: [
        { name: 'salon', type: 7, value: channel },
        { name: 'horaire', type: 3, value: '1er et 15 à 08:00' },
      ],
      guildId: b,
      userId: user('carol'),
    }).response;
    expect(embedOf(digest).title).toBe('Réglage enregistré');
    expect(lines(digest)[0]).toBe(`Résumé : <#${channel}>, le 1er et le 15 du mois à 08:00.`);
    expect(h.bot.store.guildSettings(b)).toEqual({
      digest: { channelId: channel, timing: { monthDays: [1, 15], time: '08:00' } },
    });
    expect(h.bot.store.guildSettings(a)).toEqual({});
    expect(
      h.bot.store
        .decisions(b)
        .filter((d) => d.key === 'parametres')
        .map((d) => d.reason),
    ).toEqual([`Résumé : <#${channel}>, le 1er et le 15 du mois à 08:00 par ${user('carol')}`]);
  });

  it('refuses a schedule it cannot read, in French', async () => {
    const bad = await h.fake.sendInteraction({
      name: 'parametres',
      subcommand: 'resume',
      options: [
        { name: 'salon', type: 7, value: h.fake.channel('rappels-a', a).id },
        { name: 'horaire', type: 3, value: 'le 31 à 8h' },
      ],
      guildId: a,
      userId: user('alice'),
    }).response;
    expect([isEphemeral(bad), embedOf(bad).title, embedOf(bad).description]).toEqual([
      true,
      'Réglage refusé',
      'Horaire « le 31 à 8h » non compris : écrivez par exemple « lundi 08:00 » (chaque semaine) ou « 1er et 15 à 08:00 » (deux fois par mois, jours 1 à 28).',
    ]);
    expect(h.bot.store.guildSettings(a)).toEqual({});
  });

  it('lets the staff role it sets act as staff in that guild only', async () => {
    const role = h.fake.role('Membre', a).id;
    await h.fake.sendInteraction({
      name: 'parametres',
      subcommand: 'role-equipe',
      options: [{ name: 'role', type: 8, value: role }],
      guildId: a,
      userId: user('alice'),
    }).response;
    const bobInA = await donnees(a, user('bob'), 'historique');
    const daveInB = await donnees(b, user('dave'), 'historique');
    expect([embedOf(bobInA).title, embedOf(daveInB).title]).toEqual([
      'Historique des données',
      'Commande réservée à l’équipe',
    ]);
  });
});

describe('a restart', () => {
  it('keeps both bindings: each guild answers from its own data again', async () => {
    await h.bot.stop();
    const config = loadConfig(h.env);
    const logs: string[] = [];
    const bot = await startBot({
      config,
      logger: createLogger({ write: (l) => logs.push(l), secrets: [config.token] }),
    });
    try {
      const text = 'quelles sont les instances ?';
      const inA = await question(a, text, user('bob'));
      const inB = await question(b, text, user('dave'));
      const expected = (dataset: typeof autonData) =>
        JSON.parse(JSON.stringify(renderEmbed(ask(text, { dataset, now: NOW }))));
      expect([embedOf(inA), embedOf(inB)]).toEqual([expected(autonData), expected(secondData)]);
      expect(
        bot.store
          .guildBindings()
          .map((g) => g.ptceId)
          .sort(),
      ).toEqual(['auton-hommes', 'pole-ressources']);
    } finally {
      await bot.stop();
    }
  });
});

describe('leaving a guild', () => {
  it('keeps its data while it is gone, and purges them 30 days after', async () => {
    const store = openStore(loadConfig(h.env).dbPath);
    try {
      expect(store.markGuildLeft(b, true, new Date('2025-12-01T00:00:00Z'))).toBe(true);
      expect(store.markGuildLeft(a, true, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    } finally {
      store.close();
    }
    const config = loadConfig(h.env);
    const bot = await startBot({
      config,
      logger: createLogger({ write: () => {}, secrets: [config.token] }),
    });
    try {
      expect(bot.store.guildBindings().map((g) => g.ptceId)).toEqual(['auton-hommes']);
      expect([bot.store.datasetVersions(b), bot.store.guildSettings(b), bot.store.decisions(b)]).toEqual([
        [],
        {},
        [],
      ]);
      expect(bot.store.datasetVersions(a)).toHaveLength(1);
    } finally {
      await bot.stop();
    }
  });
});
