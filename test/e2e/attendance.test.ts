import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHandle, startBot } from '../../packages/bot/src/app/start-bot.js';
import { main } from '../../packages/bot/src/cli.js';
import { loadConfig } from '../../packages/bot/src/config.js';
import { createLogger } from '../../packages/bot/src/logger.js';
import { type BotHarness, embedOf, isEphemeral, startHarness } from '../bot/discord/e2e-harness.js';
import type {
  FakeGuildInput,
  InteractionReply,
  JsonObject,
  RawInteractionOption,
} from '../support/fake-discord.js';
import { Permission } from '../support/fake-discord.js';
import { dataWithRules, EVE, ptceGuild } from './attendance-fixture.js';

// Monday 23 November 2026: the December council (3 Dec, 14 h) is ahead, February's is past.
const CLOCK = '2026-11-23T10:00:00+01:00';
const MEETING = 'cocoop-2026-12';
const WHAT = 'Conseil de coopération, jeudi 3 décembre 2026 de 14 h à 16 h 30';
const REFUSED = 'Commande réservée à l’équipe';
const otherGuild: FakeGuildInput = {
  name: 'Association voisine',
  channels: [{ name: 'accueil' }],
  roles: [{ name: 'Admin', permissions: Permission.Administrator | Permission.ManageGuild }],
  members: [{ user: { id: EVE, username: 'eve', globalName: 'Ève Voisine' }, roles: ['Admin'] }],
};

let h: BotHarness;
let guild: string;
const id = (name: string) => h.fake.user(name).id;

beforeAll(async () => {
  h = await startHarness({
    env: (_fake, dir) => ({ PTCE_CLOCK: CLOCK, PTCE_DATA: dataWithRules(dir) }),
    fake: { guilds: [ptceGuild, otherGuild] },
  });
  guild = h.fake.guild.id;
});
afterAll(async () => {
  if (process.env.SHOW_LOGS) console.log(h.logs.filter((l) => /error|warn/i.test(l)).join('\n'));
  await h?.stop();
});

function command(
  user: string,
  name: string,
  subcommand: string | undefined,
  options: Record<string, string> | RawInteractionOption[] = {},
  guildId?: string,
) {
  return h.fake.sendInteraction({
    name,
    ...(subcommand ? { subcommand } : {}),
    options,
    userId: id(user),
    ...(guildId
      ? {
          guildId,
          channelId: h.fake.guilds.find((g) => g.id === guildId)!.channels.find((c) => c.type === 0)!.id,
        }
      : {}),
  }).response;
}

function click(user: string, messageId: string, customId: string, values?: string[]) {
  return h.fake.sendComponent({
    messageId,
    customId,
    userId: id(user),
    ...(values ? { componentType: 5 as const, values } : {}),
  }).response;
}

/** `/membre lier` options: a user option (type 6) and the person or structure id. */
const linkOptions = (userId: string, who: string): RawInteractionOption[] => [
  { name: 'utilisateur', type: 6, value: userId },
  { name: 'qui', type: 3, value: who },
];

const buttons = (message: { components: JsonObject[] }) =>
  message.components.flatMap((row) => (row.components as JsonObject[]).map((b) => [b.label, b.custom_id]));
const fieldsOf = (reply: InteractionReply) =>
  ((embedOf(reply).fields as JsonObject[] | undefined) ?? []).map((f) => [f.name, f.value]);
const contentOf = (reply: InteractionReply) => [
  reply.via,
  reply.type,
  isEphemeral(reply),
  reply.data.content,
];

let prochain: string;

describe('linking members (/membre, staff only)', () => {
  it('refuses a member who is not staff, privately, and links nothing', async () => {
    const reply = await command('bob', 'membre', 'lier', linkOptions(id('bob'), 'fil-d-opale'));
    expect([isEphemeral(reply), embedOf(reply).title]).toEqual([true, REFUSED]);
    expect(h.bot.store.memberLinks(guild)).toEqual([]);
  });

  it('refuses the staff of another server the bot is in', async () => {
    const other = h.fake.guilds.find((g) => g.id !== guild)!.id;
    const reply = await command('eve', 'membre', 'lier', linkOptions(EVE, 'fil-d-opale'), other);
    expect([isEphemeral(reply), embedOf(reply).title]).toEqual([true, REFUSED]);
    expect(h.bot.store.memberLinks(guild)).toEqual([]);
  });

  it('links four members to their structures, in French', async () => {
    const links: [string, string, string][] = [
      ['alice', 'fil-d-opale', "Fil d'Opale"],
      ['bob', 'panier-des-dunes', 'Panier des Dunes'],
      ['carol', 'repare-et-vous', 'Répare & Vous'],
      ['dan', 'cooperative-canche', 'Coopérative de la Canche'],
    ];
    for (const [user, who, name] of links) {
      const reply = await command('alice', 'membre', 'lier', linkOptions(id(user), who));
      expect([embedOf(reply).title, embedOf(reply).description]).toEqual([
        'Membre relié',
        `<@${id(user)}> répond désormais aux convocations pour ${name}.`,
      ]);
    }
    expect(h.bot.store.memberLinks(guild).map((l) => l.respondent)).toEqual([
      'cooperative-canche',
      'fil-d-opale',
      'panier-des-dunes',
      'repare-et-vous',
    ]);
  });

  it('explains an unknown person or structure in French', async () => {
    const reply = await command('alice', 'membre', 'lier', linkOptions(id('eve'), 'inconnue'));
    expect([isEphemeral(reply), embedOf(reply).description]).toEqual([
      true,
      'Je ne connais ni personne ni structure « inconnue ». Choisissez dans la liste proposée.',
    ]);
  });
});

describe('answer buttons on /prochain', () => {
  it('carries Présent·e, Excusé·e, Absent·e and Donner pouvoir for the council', async () => {
    const reply = await command('bob', 'prochain', undefined, { instance: 'conseil-cooperation' });
    expect(reply.message).not.toBeNull();
    prochain = reply.message!.id;
    expect(buttons(reply.message!)).toEqual([
      ['Présent·e', `presence:present:${MEETING}`],
      ['Excusé·e', `presence:excused:${MEETING}`],
      ['Absent·e', `presence:absent:${MEETING}`],
      ['Donner pouvoir', `presence:proxy:${MEETING}`],
    ]);
  });

  it('confirms an answer to the member alone, and a double click changes nothing', async () => {
    const first = await click('alice', prochain, `presence:present:${MEETING}`);
    expect(contentOf(first)).toEqual([
      'callback',
      4,
      true,
      `C’est noté : vous serez présent·e (${WHAT}). Vous pouvez changer d’avis jusqu’au début de la réunion.`,
    ]);
    const again = await click('alice', prochain, `presence:present:${MEETING}`);
    expect(contentOf(again)[3]).toBe(
      `Votre réponse était déjà enregistrée : vous serez présent·e (${WHAT}).`,
    );
    expect(h.bot.store.attendanceAnswers(guild, MEETING).map((a) => [a.respondent, a.answer])).toEqual([
      ['fil-d-opale', 'present'],
    ]);
  });

  it('edits the counts on the message (names never shown), at once for the first answer', async () => {
    await expect
      .poll(() => h.fake.message(prochain)?.embeds[0]?.fields, { timeout: 5000 })
      .toContainEqual({
        name: 'Réponses',
        value:
          '1 présent·e · 0 excusé·e · 0 absent·e · 3 sans réponse — quorum : 1 voix sur 2 requises, il en manque 1',
      });
  });

  it('two clicks racing from the same member store one answer', async () => {
    const [a, b] = await Promise.all([
      click('carol', prochain, `presence:excused:${MEETING}`),
      click('carol', prochain, `presence:excused:${MEETING}`),
    ]);
    expect([a, b].map((r) => String(r.data.content).slice(0, 14)).sort()).toEqual([
      'C’est noté : v',
      'Votre réponse ',
    ]);
    expect(
      h.bot.store.attendanceAnswers(guild, MEETING).filter((x) => x.respondent === 'repare-et-vous'),
    ).toHaveLength(1);
  });

  it('opens the proxy holder select, privately, and stores nothing yet', async () => {
    const reply = await click('bob', prochain, `presence:proxy:${MEETING}`);
    expect([reply.type, isEphemeral(reply), reply.data.content]).toEqual([
      4,
      true,
      'À qui donnez-vous pouvoir ? Choisissez un membre convoqué.',
    ]);
    expect((reply.data.components as JsonObject[])[0]!.components).toEqual([
      expect.objectContaining({
        type: 5,
        custom_id: `pouvoir:${MEETING}`,
        placeholder: 'À qui donnez-vous pouvoir ?',
      }),
    ]);
    expect(h.bot.store.answerOf(guild, MEETING, id('bob'))).toBeUndefined();
    // Bob picks Alice in the select of that ephemeral message.
    const picked = await click('bob', reply.message!.id, `pouvoir:${MEETING}`, [id('alice')]);
    expect([picked.type, picked.data.content]).toEqual([
      7,
      `C’est noté : vous donnez pouvoir à « Alice Martin » (${WHAT}). Vous pouvez changer d’avis jusqu’au début de la réunion.`,
    ]);
    expect(h.bot.store.answerOf(guild, MEETING, id('bob'))).toMatchObject({
      respondent: 'panier-des-dunes',
      answer: 'proxy',
      holder: 'fil-d-opale',
    });
  });

  it('refuses a proxy over the holder’s cap, a self-proxy, and a holder linked to nothing', async () => {
    const select = (await click('dan', prochain, `presence:proxy:${MEETING}`)).message!.id;
    const over = await click('dan', select, `pouvoir:${MEETING}`, [id('alice')]);
    expect([isEphemeral(over), over.data.content]).toEqual([
      true,
      '« Alice Martin » porte déjà 1 pouvoir, le maximum pour cette instance.',
    ]);
    const self = await click('dan', select, `pouvoir:${MEETING}`, [id('dan')]);
    expect(self.data.content).toBe(
      'Un pouvoir se donne à une autre structure : ni à vous-même, ni à votre binôme.',
    );
    const nobody = await click('dan', select, `pouvoir:${MEETING}`, [EVE]);
    expect(nobody.data.content).toBe(
      '« Ève Voisine » n’est relié·e à aucune structure convoquée : le pouvoir ne peut pas lui être donné.',
    );
    expect(h.bot.store.answerOf(guild, MEETING, id('dan'))).toBeUndefined();
  });

  it('explains to a member who is not convened, and stores nothing', async () => {
    const reply = await click('eve', prochain, `presence:present:${MEETING}`);
    expect([isEphemeral(reply), reply.data.content]).toEqual([
      true,
      'Vous n’êtes pas convoqué·e à cette réunion (Conseil de coopération). Si c’est une erreur, demandez à l’équipe de vous relier à votre structure.',
    ]);
    expect(h.bot.store.answerOf(guild, MEETING, EVE)).toBeUndefined();
  });

  it('says a meeting that has started is closed', async () => {
    const reply = await click('alice', prochain, 'presence:present:cocoop-2026-02');
    expect([isEphemeral(reply), reply.data.content]).toEqual([
      true,
      'La réunion a commencé : les réponses sont closes.',
    ]);
    expect(h.bot.store.attendanceAnswers(guild, 'cocoop-2026-02')).toEqual([]);
  });

  it('shows the last counts once, within the 10 s throttle', async () => {
    const edits = () => h.fake.requests({ method: 'PATCH', pathIncludes: `/messages/${prochain}` }).length;
    const before = edits();
    await expect
      .poll(() => h.fake.message(prochain)?.embeds[0]?.fields, { timeout: 15_000, interval: 250 })
      .toContainEqual({
        name: 'Réponses',
        value:
          '1 présent·e · 1 pouvoir · 1 excusé·e · 0 absent·e · 1 sans réponse — quorum atteint (2 voix sur 2 requises)',
      });
    expect(edits() - before).toBeLessThanOrEqual(1);
  }, 20_000);
});

describe('/mes-reunions', () => {
  it('lists my next meetings with my answer, privately, with buttons to change it', async () => {
    const reply = await command('bob', 'mes-reunions', undefined);
    expect(isEphemeral(reply)).toBe(true);
    expect([embedOf(reply).title, embedOf(reply).description]).toEqual([
      'Mes prochaines réunions',
      `(1) ${WHAT} — pouvoir donné à Fil d'Opale\nLes boutons numérotés changent votre réponse jusqu’au début de chaque réunion.`,
    ]);
    expect(
      buttons(reply.message ?? { components: (reply.data.components as JsonObject[]) ?? [] })[0],
    ).toEqual(['Présent·e (1)', `presence:present:${MEETING}`]);
  });

  it('answers in DM too, for the PTCE’s server', async () => {
    const reply = await h.fake.sendInteraction({ name: 'mes-reunions', guildId: null, userId: id('alice') })
      .response;
    expect(embedOf(reply).description).toBe(
      `(1) ${WHAT} — présent·e\nLes boutons numérotés changent votre réponse jusqu’au début de chaque réunion.`,
    );
  });
});

describe('/reunion presences and relancer (staff)', () => {
  it('refuses members and the staff of another server', async () => {
    const bob = await command('bob', 'reunion', 'presences', { reunion: MEETING });
    const other = h.fake.guilds.find((g) => g.id !== guild)!.id;
    const eve = await command('eve', 'reunion', 'relancer', { reunion: MEETING }, other);
    expect([bob, eve].map((r) => [isEphemeral(r), embedOf(r).title])).toEqual([
      [true, REFUSED],
      [true, REFUSED],
    ]);
  });

  it('lists names by status for staff only, with the quorum and who has not answered', async () => {
    const reply = await command('alice', 'reunion', 'presences', { reunion: MEETING });
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).title).toBe(`Présences : ${WHAT}`);
    expect(String(embedOf(reply).description).split('\n')).toEqual([
      '4 voix convoquées.',
      'Quorum (1/2) atteint : 2 voix sur 2 requises.',
      '📋 Réponses : 1 présent·e · 1 pouvoir · 1 excusé·e · 0 absent·e · 1 sans réponse — quorum atteint (2 voix sur 2 requises)',
    ]);
    expect(fieldsOf(reply)).toEqual([
      ['Présents (1)', "Fil d'Opale"],
      ['Représentés (1)', "Panier des Dunes → Fil d'Opale"],
      ['Excusés (1)', 'Répare & Vous'],
      ['Sans réponse (1)', 'Coopérative de la Canche'],
    ]);
  });

  it('posts one reminder, with buttons and without pinging anyone', async () => {
    const channel = h.fake.channel('général').id;
    const before = h.fake.messagesIn(channel).length;
    const reply = await command('alice', 'reunion', 'relancer', { reunion: MEETING });
    expect([isEphemeral(reply), embedOf(reply).description]).toEqual([
      true,
      `Relance de ${WHAT} envoyée dans <#${channel}>.`,
    ]);
    // The deferred answer moved to an ephemeral follow-up; the reminder is the one public message.
    const posted = h.fake
      .messagesIn(channel)
      .slice(before)
      .filter((m) => (m.flags & 64) === 0);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.content.split('\n')).toEqual([
      `📣 **Relance — ${WHAT}**`,
      '1 convoqué·e n’a pas encore répondu. Merci d’indiquer votre présence avec les boutons ci-dessous.',
      '📋 Réponses : 1 présent·e · 1 pouvoir · 1 excusé·e · 0 absent·e · 1 sans réponse — quorum atteint (2 voix sur 2 requises)',
    ]);
    expect([posted[0]!.mention_everyone, posted[0]!.mentions, posted[0]!.mention_roles]).toEqual([
      false,
      [],
      [],
    ]);
    expect(buttons(posted[0]!).map((b) => b[0])).toEqual([
      'Présent·e',
      'Excusé·e',
      'Absent·e',
      'Donner pouvoir',
    ]);
    const body = h.fake.requests({ method: 'POST', pathIncludes: `/channels/${channel}/messages` }).at(-1)!
      .body as JsonObject;
    expect(body.allowed_mentions).toEqual({ parse: [], roles: [] });
  });
});

describe('buttons on a real reminder, and a restart between an answer and its count', () => {
  // Two minutes before the council's J-14 reminder (19 Nov, 9 h), sixty times faster than real time.
  const EARLY = '2026-11-19T08:58:00+01:00x60';
  let r: BotHarness;
  let restarted: BotHandle | undefined;
  const rid = (name: string) => r.fake.user(name).id;
  const as = (user: string, name: string, subcommand: string, options: RawInteractionOption[]) =>
    r.fake.sendInteraction({ name, subcommand, options, userId: rid(user) }).response;

  beforeAll(async () => {
    r = await startHarness({
      env: (_fake, dir) => ({ PTCE_CLOCK: EARLY, PTCE_DATA: dataWithRules(dir) }),
      fake: { guilds: [ptceGuild] },
    });
  });
  afterAll(async () => {
    await restarted?.stop();
    await r?.stop();
  });

  it('posts the reminder with the answer buttons, and counts the click on it', async () => {
    const rappels = r.fake.channel('rappels').id;
    const g = r.fake.guild.id;
    await as('alice', 'rappels', 'canal', [
      { name: 'instance', type: 3, value: 'conseil-cooperation' },
      { name: 'salon', type: 7, value: rappels },
    ]);
    for (const [user, who] of [
      ['alice', 'fil-d-opale'],
      ['bob', 'panier-des-dunes'],
    ] as const) {
      await as('alice', 'membre', 'lier', linkOptions(rid(user), who));
    }
    await expect
      .poll(() => r.fake.messagesIn(rappels).filter((m) => m.content.startsWith('🔔')), { timeout: 15_000 })
      .toHaveLength(1);
    const reminder = r.fake.messagesIn(rappels).find((m) => m.content.startsWith('🔔'))!;
    expect(reminder.content.split('\n')[0]).toBe(
      '🔔 **Rappel — Conseil de coopération** : Conseil de coopération de décembre',
    );
    expect(buttons(reminder).map((b) => b[0])).toEqual([
      'Présent·e',
      'Excusé·e',
      'Absent·e',
      'Donner pouvoir',
    ]);

    const clicked = r.fake.sendComponent({
      messageId: reminder.id,
      customId: `presence:present:${MEETING}`,
      userId: rid('alice'),
    });
    expect(String((await clicked.response).data.content)).toMatch(/^C’est noté : vous serez présent·e/);
    const line1 =
      '📋 Réponses : 1 présent·e · 0 excusé·e · 0 absent·e · 3 sans réponse — quorum : 1 voix sur 2 requises, il en manque 1';
    await expect
      .poll(() => r.fake.message(reminder.id)?.content.split('\n').at(-1), { timeout: 5000 })
      .toBe(line1);

    // Bob answers within the 10 s window: his count waits, and the bot stops before it is shown.
    const excused = r.fake.sendComponent({
      messageId: reminder.id,
      customId: `presence:excused:${MEETING}`,
      userId: rid('bob'),
    });
    expect(String((await excused.response).data.content)).toMatch(/^C’est noté : vous êtes excusé·e/);
    await r.bot.stop();
    expect(r.fake.message(reminder.id)?.content.split('\n').at(-1)).toBe(line1);

    // Restarted on the same file, the bot brings the counts up to date, and sends no reminder twice.
    restarted = await startBot({ config: loadConfig(r.env), logger: createLogger({ write: () => {} }) });
    await expect
      .poll(() => r.fake.message(reminder.id)?.content.split('\n').at(-1), { timeout: 10_000 })
      .toBe(
        '📋 Réponses : 1 présent·e · 1 excusé·e · 0 absent·e · 2 sans réponse — quorum : 1 voix sur 2 requises, il en manque 1',
      );
    expect(r.fake.messagesIn(rappels).filter((m) => m.content.startsWith('🔔'))).toHaveLength(1);
    expect(restarted.store.attendanceAnswers(g, MEETING).map((a) => [a.respondent, a.answer])).toEqual([
      ['fil-d-opale', 'present'],
      ['panier-des-dunes', 'excused'],
    ]);
  }, 40_000);
});

describe('ptce presences (the CLI reads the answers the bot stored)', () => {
  async function ptce(argv: string[], env: Record<string, string> = {}) {
    let out = '';
    let err = '';
    const io = {
      out: (t: string) => {
        out += `${t}\n`;
      },
      err: (t: string) => {
        err += `${t}\n`;
      },
      env,
    };
    return { code: await main(argv, io), out, err };
  }
  const flags = () => ['--db', h.env.PTCE_DB!, '--data', h.env.PTCE_DATA!, '--now', '2026-11-23T10:30'];

  it('prints the list by status, the proxies and the quorum, in French', async () => {
    const r = await ptce(['presences', MEETING, ...flags(), '--serveur', guild]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.trimEnd().split('\n')).toEqual([
      `Présences : ${WHAT}`,
      '4 voix convoquées.',
      'Quorum (1/2) atteint : 2 voix sur 2 requises.',
      '📋 Réponses : 1 présent·e · 1 pouvoir · 1 excusé·e · 0 absent·e · 1 sans réponse — quorum atteint (2 voix sur 2 requises)',
      '',
      'Présents (1) :',
      "  Fil d'Opale",
      '',
      'Représentés (1) :',
      "  Panier des Dunes → Fil d'Opale",
      '',
      'Excusés (1) :',
      '  Répare & Vous',
      '',
      'Sans réponse (1) :',
      '  Coopérative de la Canche',
    ]);
  });

  it('gives the report as JSON, with the guild from DISCORD_GUILD_ID', async () => {
    const r = await ptce(['presences', MEETING, ...flags(), '--json'], { DISCORD_GUILD_ID: guild });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect([report.counts, report.quorum]).toEqual([
      { convened: 4, present: 1, represented: 1, awaitingHolder: 0, excused: 1, absent: 0, noAnswer: 1 },
      { fraction: '1/2', required: 2, counted: 2, reached: true, missing: 0, reachable: true },
    ]);
  });

  it('explains a missing server, an unknown meeting, a meeting without rules and a server with no PTCE', async () => {
    const results = [
      await ptce(['presences', MEETING, ...flags()]),
      await ptce(['presences', 'nulle-part', ...flags(), '--serveur', guild]),
      await ptce(['presences', 'gt2-2027-01', ...flags(), '--serveur', guild]),
      await ptce(['presences', MEETING, ...flags(), '--serveur', '999999999999999999'], {
        DISCORD_GUILD_ID: guild,
      }),
    ];
    expect(results.map((r) => [r.code, r.err.trim()])).toEqual([
      [2, 'Indiquez le serveur Discord : --serveur <id>, ou la variable DISCORD_GUILD_ID.'],
      [2, 'Réunion inconnue : « nulle-part ».'],
      [
        2,
        'La réunion « gt2-2027-01 » n’a pas de règles de présence dans le fichier de données (« attendance »).',
      ],
      [
        2,
        'Le serveur 999999999999999999 n’est relié à aucun PTCE : importez ses données avec /donnees importer ou ptce donnees importer.',
      ],
    ]);
  });
});

describe('/mes-donnees (a member’s own data)', () => {
  it('shows what the bot keeps about me, privately', async () => {
    const reply = await command('bob', 'mes-donnees', 'voir');
    expect(isEphemeral(reply)).toBe(true);
    expect(String(embedOf(reply).description).split('\n').slice(1)).toEqual([
      '1 réponse de présence enregistrée, dont 1 pour une réunion à venir :',
      `• ${WHAT}`,
      '« /mes-donnees supprimer » efface vos réponses aux réunions à venir.',
    ]);
  });

  it('erases my answers to the meetings to come, and nobody else’s', async () => {
    const reply = await command('bob', 'mes-donnees', 'supprimer');
    expect(isEphemeral(reply)).toBe(true);
    expect(String(embedOf(reply).description).split('\n')).toEqual([
      '1 réponse effacée (réunions à venir).',
      'Les réponses aux réunions passées restent : l’équipe en tire la feuille d’émargement.',
    ]);
    expect(h.bot.store.answerOf(guild, MEETING, id('bob'))).toBeUndefined();
    expect(h.bot.store.answerOf(guild, MEETING, id('alice'))?.answer).toBe('present');
    const again = await command('bob', 'mes-donnees', 'supprimer');
    expect(String(embedOf(again).description).split('\n')[0]).toBe(
      'Vous n’avez aucune réponse à une réunion à venir : rien à effacer.',
    );
  });
});
