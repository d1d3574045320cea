import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, embedOf, isEphemeral, startHarness } from '../bot/discord/e2e-harness.js';
import { type FakeGuildInput, type InteractionReply, Permission } from '../support/fake-discord.js';

const CLOCK = '2026-11-23T10:00:00+01:00';
const REFUSED = 'Commande réservée à l’équipe';
/** Eve runs another server the bot is in, and is a plain member of the PTCE's server. */
const EVE = '110000000000000042';

const ptceGuild: FakeGuildInput = {
  name: 'PTCE Pôle Ressources',
  members: [
    { user: { username: 'alice' }, roles: ['Bureau', 'Membre'] },
    { user: { id: EVE, username: 'eve' }, roles: ['Membre'] },
  ],
};
const otherGuild: FakeGuildInput = {
  name: 'Association voisine',
  channels: [{ name: 'accueil' }, { name: 'annonces' }],
  roles: [
    { name: 'Admin', permissions: Permission.Administrator | Permission.ManageGuild },
    { name: 'Équipe voisine', permissions: Permission.ManageGuild },
  ],
  members: [{ user: { id: EVE, username: 'eve' }, roles: ['Admin', 'Équipe voisine'] }],
};

const textChannelOf = (h: BotHarness, guild: string) =>
  h.fake.guilds.find((g) => g.id === guild)!.channels.find((c) => c.type === 0)!.id;

type Attempt = [name: string, subcommand: string, options: (h: BotHarness, guild: string) => unknown];

/** Every change a staff command can make: meetings, reminder routes, and the shared data file. */
const MUTATIONS: Attempt[] = [
  ['reunion', 'planifier', () => ({ instance: 'bureau', date: '15/12/2026', heure: '14h' })],
  ['reunion', 'deplacer', () => ({ reunion: 'cocoop-2026-12', date: '10/12/2026', heure: '9h' })],
  ['reunion', 'annuler', () => ({ reunion: 'cocoop-2026-12' })],
  ['reunion', 'ordre-du-jour', () => ({ reunion: 'cocoop-2026-12', points: 'Accueil ; Budget' })],
  ['reunion', 'compte-rendu', () => ({ reunion: 'gt3-2026-09', lien: 'https://exemple.org/cr.pdf' })],
  [
    'rappels',
    'canal',
    (h, guild) => [
      { name: 'instance', type: 3, value: '*' },
      { name: 'salon', type: 7, value: textChannelOf(h, guild) },
    ],
  ],
  ['rappels', 'retirer', () => ({ instance: '*' })],
  ['rappels', 'tester', () => ({})],
  ['donnees', 'recharger', () => ({})],
];

function refusals(replies: readonly InteractionReply[]) {
  return replies.map((r) => [r.via, isEphemeral(r), embedOf(r).title, embedOf(r).description]);
}

describe('staff rights hold in the PTCE’s own server only (DISCORD_GUILD_ID set)', () => {
  let h: BotHarness;
  let other: string;

  beforeAll(async () => {
    h = await startHarness({
      fake: { guilds: [ptceGuild, otherGuild] },
      env: () => ({ PTCE_CLOCK: CLOCK }),
    });
    other = h.fake.guilds[1]!.id;
  });
  afterAll(async () => {
    await h?.stop();
  });

  const send = (guildId: string, [name, subcommand, options]: Attempt) =>
    h.fake.sendInteraction({ name, subcommand, options: options(h, guildId) as never, guildId, userId: EVE })
      .response;

  it('refuses the administrator of another server every change, privately and in French, and changes nothing', async () => {
    const replies: InteractionReply[] = [];
    for (const attempt of MUTATIONS) replies.push(await send(other, attempt));
    const elsewhere =
      'Ce serveur n’est pas celui du PTCE : les droits sur ce serveur-ci ne donnent aucun droit sur ses réunions ni ses rappels.';
    expect(refusals(replies)).toEqual([
      ...Array(8).fill(['callback', true, REFUSED, elsewhere]),
      [
        'callback',
        true,
        REFUSED,
        'Les données du PTCE sont communes à tous les serveurs : seule l’équipe du serveur du PTCE peut les recharger. Les droits sur ce serveur-ci n’y donnent pas accès.',
      ],
    ]);
    expect([h.bot.store.listMeetings(h.fake.guild.id), h.bot.store.listMeetings(other)]).toEqual([[], []]);
    expect([h.bot.store.listRoutes(h.fake.guild.id), h.bot.store.listRoutes(other)]).toEqual([[], []]);
    expect(h.logs.filter((l) => l.includes('data reload'))).toEqual([]);
    expect(h.fake.requests({ method: 'POST', template: '/channels/:channelId/messages' })).toEqual([]);
  });

  it('refuses the same person every change in the PTCE’s server, where she is a plain member', async () => {
    const replies: InteractionReply[] = [];
    for (const attempt of MUTATIONS) replies.push(await send(h.fake.guild.id, attempt));
    expect(refusals(replies)).toEqual(
      Array(MUTATIONS.length).fill([
        'callback',
        true,
        REFUSED,
        'Cette commande est réservée à l’équipe d’animation du PTCE (rôle équipe ou permission « Gérer le serveur »).',
      ]),
    );
    expect(h.bot.store.listMeetings(h.fake.guild.id)).toEqual([]);
  });

  it('still lets the PTCE’s own staff change its meetings and reload its data', async () => {
    const alice = h.fake.user('alice').id;
    const cancel = await h.fake.sendInteraction({
      name: 'reunion',
      subcommand: 'annuler',
      options: { reunion: 'cocoop-2026-12' },
      userId: alice,
    }).response;
    const reload = await h.fake.sendInteraction({ name: 'donnees', subcommand: 'recharger', userId: alice })
      .response;
    expect([embedOf(cancel).title, embedOf(reload).title]).toEqual(['Réunion annulée', 'Données rechargées']);
    expect(h.bot.store.listMeetings(h.fake.guild.id).map((m) => [m.meeting.id, m.meeting.status])).toEqual([
      ['cocoop-2026-12', 'cancelled'],
    ]);
  });
});

describe('staff rights when no server is named as the PTCE’s (no DISCORD_GUILD_ID, two servers)', () => {
  let h: BotHarness;

  beforeAll(async () => {
    h = await startHarness({
      fake: { guilds: [otherGuild, ptceGuild] },
      env: () => ({ PTCE_CLOCK: CLOCK, DISCORD_GUILD_ID: '' }),
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('refuses every change everywhere and says what the host must set', async () => {
    const first = h.fake.guilds[0]!.id;
    const replies: InteractionReply[] = [];
    for (const [name, subcommand, options] of MUTATIONS) {
      replies.push(
        await h.fake.sendInteraction({
          name,
          subcommand,
          options: options(h, first) as never,
          guildId: first,
          userId: EVE,
        }).response,
      );
    }
    expect(refusals(replies)).toEqual(
      Array(MUTATIONS.length).fill([
        'callback',
        true,
        REFUSED,
        'Aucun serveur n’est rattaché au PTCE : l’hébergeur doit indiquer son identifiant (réglage DISCORD_GUILD_ID).',
      ]),
    );
    expect(h.bot.store.listMeetings(first)).toEqual([]);
    expect(h.logs.filter((l) => l.includes('data reload'))).toEqual([]);
  });
});
