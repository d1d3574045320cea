import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBot } from '../../packages/bot/src/app/start-bot.js';
import { loadConfig } from '../../packages/bot/src/config.js';
import { createLogger } from '../../packages/bot/src/logger.js';
import { type BotHarness, embedOf, isEphemeral, startHarness } from '../bot/discord/e2e-harness.js';
import type { InteractionReply, RawInteractionOption } from '../support/fake-discord.js';

// Monday 23 November 2026: the December council (3 Dec) is ahead, the GT3 visit (22 Sep) is past.
const CLOCK = '2026-11-23T10:00:00+01:00';
const REFUSED = 'Commande réservée à l’équipe';

let h: BotHarness;
let guild: string;

beforeAll(async () => {
  h = await startHarness({ env: () => ({ PTCE_CLOCK: CLOCK }) });
  guild = h.fake.guild.id;
});
afterAll(async () => {
  await h?.stop();
});

type Options = Record<string, string> | RawInteractionOption[];

/** A staff command from Alice, who holds the Bureau role (« Gérer le serveur »). */
function asStaff(name: string, subcommand: string, options: Options = {}): Promise<InteractionReply> {
  return h.fake.sendInteraction({ name, subcommand, options, userId: h.fake.user('alice').id }).response;
}

function asMember(name: string, subcommand: string, options: Options = {}): Promise<InteractionReply> {
  return h.fake.sendInteraction({ name, subcommand, options, userId: h.fake.user('bob').id }).response;
}

async function choices(subcommand: string, options: Record<string, string>, name = 'reunion') {
  const reply = await h.fake.sendInteraction({ name, subcommand, type: 4, options }).response;
  expect(reply.type).toBe(8);
  return reply.data.choices;
}

const lines = (reply: InteractionReply) => String(embedOf(reply).description).split('\n');
const at = (iso: string) => `(<t:${Date.parse(iso) / 1000}:F>, <t:${Date.parse(iso) / 1000}:R>)`;

function routeOptions(instance: string, channel: string, role?: string): RawInteractionOption[] {
  return [
    { name: 'instance', type: 3, value: instance },
    { name: 'salon', type: 7, value: h.fake.channel(channel).id },
    ...(role ? [{ name: 'role', type: 8, value: h.fake.role(role).id }] : []),
  ];
}

describe('registration', () => {
  it('syncs /reunion and /rappels after the member commands', () => {
    expect(
      h.fake
        .commands(guild)
        .map((c) => c.name)
        .slice(-4),
    ).toEqual(['donnees', 'parametres', 'reunion', 'rappels']);
  });
});

describe('staff only', () => {
  it('refuses every change to a member who is not staff, privately, and stores nothing', async () => {
    const attempts: [string, string, Options][] = [
      ['reunion', 'planifier', { instance: 'bureau', date: '15/12/2026', heure: '14h' }],
      ['reunion', 'deplacer', { reunion: 'cocoop-2026-12', date: '10/12/2026', heure: '9h' }],
      ['reunion', 'annuler', { reunion: 'cocoop-2026-12' }],
      ['reunion', 'ordre-du-jour', { reunion: 'cocoop-2026-12', points: 'Accueil ; Budget' }],
      ['reunion', 'compte-rendu', { reunion: 'gt3-2026-09', lien: 'https://exemple.org/cr.pdf' }],
      ['rappels', 'canal', routeOptions('*', 'général')],
      ['rappels', 'liste', {}],
      ['rappels', 'tester', {}],
    ];
    for (const [name, subcommand, options] of attempts) {
      const reply = await asMember(name, subcommand, options);
      expect([name, subcommand, reply.via, isEphemeral(reply), embedOf(reply).title]).toEqual([
        name,
        subcommand,
        'callback',
        true,
        REFUSED,
      ]);
    }
    expect(h.bot.store.listMeetings(guild)).toEqual([]);
    expect(h.bot.store.listRoutes(guild)).toEqual([]);
  });
});

describe('autocomplete', () => {
  it('/reunion planifier instance offers bodies and groups', async () => {
    expect(await choices('planifier', { instance: 'bur' })).toEqual([{ name: 'Bureau', value: 'bureau' }]);
  });

  it('/reunion deplacer reunion offers the upcoming meetings with their French date', async () => {
    expect(await choices('deplacer', { reunion: '' })).toEqual([
      {
        name: 'jeudi 3 décembre 2026 de 14 h à 16 h 30 — Conseil de coopération de décembre',
        value: 'cocoop-2026-12',
      },
      {
        name: "mardi 19 janvier 2027 à 14 h — Accès à l'alimentation — réunion · GT2 Accès à l'alimentation",
        value: 'gt2-2027-01',
      },
      { name: 'jeudi 11 mars 2027 à 18 h — Assemblée des membres 2027', value: 'ag-2027' },
    ]);
  });

  it('/reunion annuler reunion keeps the meetings matching every typed word', async () => {
    expect(await choices('annuler', { reunion: 'assemblee mars' })).toEqual([
      { name: 'jeudi 11 mars 2027 à 18 h — Assemblée des membres 2027', value: 'ag-2027' },
    ]);
  });

  it('/reunion compte-rendu reunion offers recent past meetings first, latest first', async () => {
    const offered = (await choices('compte-rendu', { reunion: '' })) as { value: string }[];
    expect(offered.map((c) => c.value)).toEqual(['gt3-2026-09', 'cocoop-2026-12', 'gt2-2027-01', 'ag-2027']);
    expect(offered[0]).toEqual({
      name: 'mardi 22 septembre 2026 à 9 h 30 — Réemploi et réparation — visite · GT3 Réemploi et réparation',
      value: 'gt3-2026-09',
    });
  });

  it('/rappels canal instance offers « all meetings » first, then bodies and groups', async () => {
    const offered = (await choices('canal', { instance: '' }, 'rappels')) as { value: string }[];
    expect(offered.map((c) => c.value)).toEqual([
      '*',
      'conseil-cooperation',
      'assemblee-membres',
      'bureau',
      'gt1',
      'gt2',
      'gt3',
    ]);
    expect(offered[0]).toEqual({ name: 'Toutes les instances et tous les groupes (*)', value: '*' });
  });
});

describe('/reunion planifier', () => {
  it('plans a meeting typed in French, and /prochain shows it', async () => {
    const reply = await asStaff('reunion', 'planifier', {
      instance: 'bureau',
      date: 'mardi 15 décembre',
      heure: '14h',
      lieu: 'Étaples',
    });
    expect(isEphemeral(reply)).toBe(false);
    expect(embedOf(reply).title).toBe('Réunion planifiée');
    expect(lines(reply)).toEqual([
      `mardi 15 décembre 2026 à 14 h — Bureau (Étaples) ${at('2026-12-15T13:00:00Z')}`,
      'Ajoutez l’ordre du jour avec /reunion ordre-du-jour ; les rappels suivront les salons de /rappels liste.',
    ]);
    expect(h.bot.store.getMeeting(guild, '2026-12-15-bureau')).toMatchObject({
      revision: 1,
      meeting: { body: 'bureau', start: '2026-12-15T14:00', place: 'Étaples', status: 'planned' },
    });

    const next = await h.fake.sendInteraction({ name: 'prochain', options: { instance: 'bureau' } }).response;
    expect(embedOf(next).title).toBe('Prochaine réunion : Bureau');
    // The wording of /prochain belongs to the conversation layer: only the meeting is checked here.
    expect(String(embedOf(next).description)).toContain('mardi 15 décembre 2026 à 14 h — Bureau (Étaples)');
    expect(String(embedOf(next).description)).toContain(at('2026-12-15T13:00:00Z'));
  });

  it('answers a free-text question with the planned meeting', async () => {
    const texte = 'quand a lieu le prochain bureau ?';
    const reply = await h.fake.sendInteraction({ name: 'question', options: { texte } }).response;
    expect(embedOf(reply).title).toBe('Prochaine réunion : Bureau');
    expect(String(embedOf(reply).description)).toContain('mardi 15 décembre 2026 à 14 h — Bureau (Étaples)');
  });

  it.each([
    [
      'a past date',
      '20/11/2026',
      '14:00',
      'bureau',
      'Cette date est passée : vendredi 20 novembre 2026 à 14 h.',
    ],
    ['an impossible date', '30/02/2027', '14:00', 'bureau', 'Date impossible : « 30/02/2027 ».'],
    [
      'an unknown instance',
      '15/12/2026',
      '14:00',
      'conseil des sages',
      'Instance ou groupe inconnu : « conseil des sages ».',
    ],
    [
      'a weekday that does not match',
      'lundi 15 décembre',
      '14:00',
      'bureau',
      'Le 15 décembre 2026 est un mardi, pas un lundi.',
    ],
    [
      'a second meeting of the body at the same time',
      '2026-12-15',
      '14:00',
      'bureau',
      'Bureau a déjà une réunion le mardi 15 décembre 2026 à 14 h : « Bureau ».',
    ],
  ])('refuses %s, privately, with the reason', async (_case, date, heure, instance, error) => {
    const reply = await asStaff('reunion', 'planifier', { instance, date, heure });
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply)).toMatchObject({ title: 'Réunion non planifiée', description: error });
    expect(h.bot.store.listMeetings(guild).map((s) => s.meeting.id)).toEqual(['2026-12-15-bureau']);
  });
});

describe('/reunion changes to a meeting of the data file', () => {
  it('moves the December council, keeping its length, and /prochain follows', async () => {
    const reply = await asStaff('reunion', 'deplacer', {
      reunion: 'cocoop-2026-12',
      date: '10/12/2026',
      heure: '9h30',
    });
    expect(embedOf(reply).title).toBe('Réunion déplacée');
    expect(lines(reply)).toEqual([
      `jeudi 10 décembre 2026 de 9 h 30 à 12 h — Conseil de coopération de décembre (Montreuil-sur-Mer) ${at('2026-12-10T08:30:00Z')}`,
      'Ancienne date : jeudi 3 décembre 2026 de 14 h à 16 h 30.',
      'Les rappels suivront la nouvelle date.',
    ]);
    expect(h.bot.store.getMeeting(guild, 'cocoop-2026-12')?.meeting).toMatchObject({
      start: '2026-12-10T09:30',
      end: '2026-12-10T12:00',
      link: 'https://visio.pole-ressources.example/cocoop',
    });
    const next = await h.fake.sendInteraction({
      name: 'prochain',
      options: { instance: 'conseil-cooperation' },
    }).response;
    expect(String(embedOf(next).description)).toContain(
      'jeudi 10 décembre 2026 de 9 h 30 à 12 h — Conseil de coopération de décembre',
    );
  });

  it('acknowledges a change at once while another program holds the write lock, and stores it after', async () => {
    const holder = new Database(h.bot.store.path);
    try {
      holder.exec('BEGIN IMMEDIATE');
      const deferrals = () =>
        h.fake.requests((r) => (r.body as { type?: number } | undefined)?.type === 5).length;
      const before = deferrals();
      const pending = asStaff('reunion', 'ordre-du-jour', {
        reunion: '2026-12-15-bureau',
        points: 'Accueil ; Locaux',
      });
      // Discord hears "thinking…" while the write still waits for the lock.
      await vi.waitFor(() => expect(deferrals()).toBe(before + 1), { timeout: 2000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const agendaBefore = h.bot.store.getMeeting(guild, '2026-12-15-bureau')?.meeting.agenda;
      expect(h.bot.store.getMeeting(guild, '2026-12-15-bureau')?.meeting.agenda).toEqual(agendaBefore);
      holder.exec('ROLLBACK');
      const reply = await pending;
      expect([embedOf(reply).title, lines(reply).slice(-2)]).toEqual([
        'Ordre du jour enregistré',
        ['• Accueil', '• Locaux'],
      ]);
      expect(h.bot.store.getMeeting(guild, '2026-12-15-bureau')?.meeting.agenda).toEqual([
        { title: 'Accueil' },
        { title: 'Locaux' },
      ]);
    } finally {
      holder.close();
    }
  });

  it('sets the agenda from points separated by semicolons', async () => {
    const reply = await asStaff('reunion', 'ordre-du-jour', {
      reunion: 'cocoop-2026-12',
      points: 'Bilan 2026 ; Budget 2027 ;; Questions diverses',
    });
    expect(embedOf(reply).title).toBe('Ordre du jour enregistré');
    expect(lines(reply).slice(1)).toEqual([
      'Ordre du jour :',
      '• Bilan 2026',
      '• Budget 2027',
      '• Questions diverses',
    ]);
    expect(h.bot.services.dataset(guild).meetingById.get('cocoop-2026-12')?.agenda).toEqual([
      { title: 'Bilan 2026' },
      { title: 'Budget 2027' },
      { title: 'Questions diverses' },
    ]);
  });

  it('cancels it: /prochain no longer shows it, and cancelling again is refused', async () => {
    const reply = await asStaff('reunion', 'annuler', { reunion: 'cocoop-2026-12' });
    expect(embedOf(reply).title).toBe('Réunion annulée');
    expect(lines(reply)).toEqual([
      `jeudi 10 décembre 2026 de 9 h 30 à 12 h — Conseil de coopération de décembre (Montreuil-sur-Mer) (annulée) ${at('2026-12-10T08:30:00Z')}`,
      'Aucun rappel ne sera plus envoyé ; les salons déjà prévenus recevront un avis d’annulation.',
    ]);
    expect(h.bot.store.getMeeting(guild, 'cocoop-2026-12')).toMatchObject({
      revision: 3,
      meeting: { status: 'cancelled' },
    });

    const next = await h.fake.sendInteraction({ name: 'prochain' }).response;
    expect(embedOf(next).title).toBe('Prochaine réunion : Bureau');

    const again = await asStaff('reunion', 'annuler', { reunion: 'cocoop-2026-12' });
    expect(isEphemeral(again)).toBe(true);
    expect(embedOf(again)).toMatchObject({
      title: 'Réunion non annulée',
      description: 'Cette réunion est déjà annulée (jeudi 10 décembre 2026 de 9 h 30 à 12 h).',
    });
    expect(await choices('deplacer', { reunion: 'conseil' })).toEqual([]);
  });

  it('refuses to move a past meeting or an unknown one', async () => {
    const past = await asStaff('reunion', 'deplacer', {
      reunion: 'gt3-2026-09',
      date: '15/12/2026',
      heure: '9h',
    });
    expect(embedOf(past)).toMatchObject({
      title: 'Réunion non déplacée',
      description: 'Cette réunion est passée (mardi 22 septembre 2026 à 9 h 30).',
    });
    const unknown = await asStaff('reunion', 'annuler', { reunion: 'zzz' });
    expect(embedOf(unknown)).toMatchObject({
      title: 'Réunion non annulée',
      description: 'Réunion inconnue : « zzz ». Choisissez-la dans la liste proposée.',
    });
  });

  it('attaches the minutes link to a past meeting, and refuses what is not a web address', async () => {
    const reply = await asStaff('reunion', 'compte-rendu', {
      reunion: 'gt3-2026-09',
      lien: 'https://exemple.org/cr-gt3.pdf',
    });
    expect(embedOf(reply).title).toBe('Compte rendu enregistré');
    expect(lines(reply)).toEqual([
      `mardi 22 septembre 2026 à 9 h 30 — Réemploi et réparation — visite · GT3 Réemploi et réparation (Boulogne-sur-Mer) ${at('2026-09-22T07:30:00Z')}`,
      'Compte rendu : https://exemple.org/cr-gt3.pdf',
    ]);
    expect(h.bot.services.dataset(guild).meetingById.get('gt3-2026-09')?.minutes).toEqual({
      url: 'https://exemple.org/cr-gt3.pdf',
    });

    const bad = await asStaff('reunion', 'compte-rendu', { reunion: 'gt3-2026-09', lien: 'pas un lien' });
    expect(isEphemeral(bad)).toBe(true);
    expect(embedOf(bad).description).toBe(
      'Lien invalide : « pas un lien » (une adresse commençant par https:// est attendue).',
    );
  });
});

describe('/rappels', () => {
  it('canal routes a body to a channel with a role, and every meeting to another', async () => {
    const council = await asStaff(
      'rappels',
      'canal',
      routeOptions('conseil-cooperation', 'rappels', 'Membre'),
    );
    expect(council.via).toBe('edit');
    expect(isEphemeral(council)).toBe(true);
    expect(embedOf(council).title).toBe('Salon de rappel enregistré');
    expect(lines(council)[0]).toBe(
      `Les rappels de Conseil de coopération seront publiés dans <#${h.fake.channel('rappels').id}>, en mentionnant <@&${h.fake.role('Membre').id}>.`,
    );
    const all = await asStaff('rappels', 'canal', routeOptions('*', 'général'));
    expect(lines(all)[0]).toBe(
      `Les rappels de toutes les réunions seront publiés dans <#${h.fake.channel('général').id}>.`,
    );
    expect(h.bot.store.listRoutes(guild)).toEqual([
      { target: '*', channelId: h.fake.channel('général').id },
      {
        target: 'conseil-cooperation',
        channelId: h.fake.channel('rappels').id,
        roleId: h.fake.role('Membre').id,
      },
    ]);
  });

  it('canal refuses an unknown instance and @everyone', async () => {
    const unknown = await asStaff('rappels', 'canal', routeOptions('conseil des sages', 'rappels'));
    expect(embedOf(unknown)).toMatchObject({
      title: 'Salon de rappel non enregistré',
      description: 'Instance ou groupe inconnu : « conseil des sages ».',
    });
    const everyone = await asStaff('rappels', 'canal', [
      ...routeOptions('bureau', 'bureau'),
      { name: 'role', type: 8, value: guild },
    ]);
    expect(embedOf(everyone).description).toBe(
      'Les rappels ne mentionnent jamais @everyone : choisissez un rôle précis, ou aucun.',
    );
    expect(h.bot.store.listRoutes(guild)).toHaveLength(2);
  });

  it('liste shows the routes with channel and role mentions as text, allowing no ping', async () => {
    const sent = h.fake.sendInteraction({
      name: 'rappels',
      subcommand: 'liste',
      userId: h.fake.user('alice').id,
    });
    const reply = await sent.response;
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).title).toBe('Salons de rappel');
    expect(lines(reply)).toEqual([
      `• toutes les réunions → <#${h.fake.channel('général').id}>`,
      `• Conseil de coopération → <#${h.fake.channel('rappels').id}>, en mentionnant <@&${h.fake.role('Membre').id}>`,
    ]);
    const edit = h.fake.requests((r) => r.method === 'PATCH' && r.path.includes(sent.token))[0];
    expect((edit?.body as Record<string, unknown> | undefined)?.allowed_mentions).toEqual({ parse: [] });
  });

  it('tester posts a French test message in each channel, pinging no one, and reports a failing channel', async () => {
    const general = h.fake.channel('général').id;
    const rappels = h.fake.channel('rappels').id;
    h.fake.failNext({ status: 403, code: 50013, pathIncludes: `/channels/${general}/messages` });
    const reply = await asStaff('rappels', 'tester');
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).title).toBe('Test des rappels : 1 salon sur 2 en échec');
    expect(lines(reply)).toEqual([
      `❌ <#${general}> : le bot n’a pas le droit d’écrire dans ce salon.`,
      `✅ <#${rappels}> : message de test publié.`,
    ]);
    const posted = h.fake.requests({ method: 'POST', route: `/channels/${rappels}/messages`, status: 200 });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toEqual({
      content: [
        '🔔 **Test des rappels** : ce message de test ne demande rien.',
        'Ce salon recevra les rappels de réunion de : Conseil de coopération.',
        `Les vrais rappels mentionneront : <@&${h.fake.role('Membre').id}>.`,
        `_(envoyé par <@${h.fake.user('alice').id}> avec /rappels tester)_`,
      ].join('\n'),
      allowed_mentions: { parse: [] },
    });

    const retry = await asStaff('rappels', 'tester');
    expect(embedOf(retry).title).toBe('Test des rappels réussi');
    expect(h.fake.messagesIn(general).at(-1)?.content).toContain(
      'Ce salon recevra les rappels de réunion de : toutes les réunions.',
    );
  });

  it('allows no mention in any answer or test post', () => {
    const writes = h.fake.requests(
      (r) =>
        (r.method === 'POST' && r.template === '/interactions/:interactionId/:token/callback') ||
        r.method === 'PATCH' ||
        (r.method === 'POST' && r.template === '/channels/:channelId/messages'),
    );
    expect(writes.length).toBeGreaterThan(30);
    for (const r of writes) {
      const body = r.body as { type?: number; data?: Record<string, unknown> } & Record<string, unknown>;
      if (body.type === 5 || body.type === 8) continue;
      expect(body.data?.allowed_mentions ?? body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('the reminder scheduler picks up a meeting planned from Discord on its next pass', async () => {
    const general = h.fake.channel('général').id;
    await asStaff('reunion', 'planifier', { instance: 'bureau', date: '30/11/2026', heure: '14:00' });
    await h.bot.jobs.get(guild)!.runOnce();
    const reminders = h.fake
      .messagesIn(general)
      .filter((m) => m.content.startsWith('🔔 **Rappel — Bureau**'));
    expect(reminders.map((m) => m.content.split('\n'))).toEqual([
      [
        '🔔 **Rappel — Bureau**',
        `📅 lundi 30 novembre 2026 à 14 h ${at('2026-11-30T13:00:00Z')}`,
        '_(rappel envoyé en retard : prévu 7 jours avant à 9 h)_',
      ],
    ]);
  });

  it('retirer stops a route, and says so when there is none', async () => {
    const rappels = h.fake.channel('rappels').id;
    const removed = await asStaff('rappels', 'retirer', [
      { name: 'instance', type: 3, value: 'conseil-cooperation' },
      { name: 'salon', type: 7, value: rappels },
    ]);
    expect(embedOf(removed).title).toBe('Salon de rappel retiré');
    expect(lines(removed)).toEqual([
      `Les rappels de Conseil de coopération ne seront plus publiés dans <#${rappels}>.`,
    ]);
    expect(h.bot.store.routesFor(guild, 'conseil-cooperation').map((r) => r.channelId)).toEqual([
      h.fake.channel('général').id,
    ]);
    const again = await asStaff('rappels', 'retirer', [
      { name: 'instance', type: 3, value: 'conseil-cooperation' },
    ]);
    expect(isEphemeral(again)).toBe(true);
    expect(embedOf(again).description).toBe(
      'Aucun salon de rappel n’est configuré pour Conseil de coopération.',
    );
  });
});

describe('restart', () => {
  it('keeps planned meetings and sends no reminder twice after a restart on the same SQLite file', async () => {
    await h.bot.stop();
    const config = loadConfig(h.env);
    const again = await startBot({
      config,
      logger: createLogger({ write: () => {}, secrets: [config.token] }),
    });
    try {
      const next = await h.fake.sendInteraction({ name: 'prochain', options: { instance: 'bureau' } })
        .response;
      expect(embedOf(next).title).toBe('Prochaine réunion : Bureau');
      expect(String(embedOf(next).description)).toContain(
        `lundi 30 novembre 2026 à 14 h — Bureau (dans 7 jours) ${at('2026-11-30T13:00:00Z')}`,
      );
      expect(again.store.listMeetings(guild).map((s) => s.meeting.id)).toEqual([
        'gt3-2026-09',
        '2026-11-30-bureau',
        'cocoop-2026-12',
        '2026-12-15-bureau',
      ]);
      await again.jobs.get(guild)!.runOnce();
      const general = h.fake.channel('général').id;
      expect(
        h.fake.messagesIn(general).filter((m) => m.content.startsWith('🔔 **Rappel — Bureau**')),
      ).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });

  it('left no request the fake does not emulate', () => {
    expect(h.fake.unhandledRequests()).toEqual([]);
  });
});
