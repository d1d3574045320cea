import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse } from '../../packages/bot/src/conversation/converse.js';
import { answerIntent, ask, helpReply } from '../../packages/bot/src/conversation/engine.js';
import type { ConversationContext } from '../../packages/bot/src/conversation/intent.js';
import { loadDataset, loadRegistry } from '../../packages/bot/src/data/load-data.js';
import { renderEmbed } from '../../packages/bot/src/discord/render-embed.js';
import {
  type BotHarness,
  embedOf,
  fixture,
  isEphemeral,
  startHarness,
  TEST_CLOCK,
  TEST_TOKEN,
} from '../bot/discord/e2e-harness.js';

let h: BotHarness;
const ctx: ConversationContext = {
  dataset: loadDataset(fixture('second-ptce.yaml')),
  now: new Date(TEST_CLOCK),
  registry: loadRegistry()!,
};
/** What the embed must be: the engine's reply for the same question, rendered. */
const expected = (reply: Parameters<typeof renderEmbed>[0]) => JSON.parse(JSON.stringify(renderEmbed(reply)));

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('login', () => {
  it('identifies with the intents it needs and is ready in the guild', () => {
    expect(h.fake.identifyCount).toBe(1);
    // Guilds | GuildMessages | DirectMessages | MessageContent
    expect(h.fake.identifies[0]?.intents).toBe(1 | (1 << 9) | (1 << 12) | (1 << 15));
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.bot.client.guilds.cache.has(h.fake.guild.id)).toBe(true);
    expect(h.logs.some((l) => l.includes('INFO  bot ready'))).toBe(true);
  });

  it('syncs the sixteen slash commands on DISCORD_GUILD_ID at start', () => {
    expect(h.fake.commands(h.fake.guild.id).map((c) => c.name)).toEqual([
      'prochain',
      'agenda',
      'groupe',
      'structure',
      'indicateurs',
      'gouvernance',
      'question',
      'aide',
      'comptes-rendus',
      'mes-reunions',
      'mes-donnees',
      'membre',
      'donnees',
      'parametres',
      'reunion',
      'rappels',
    ]);
    expect(
      h.fake.requests({ method: 'PUT', template: '/applications/:applicationId/guilds/:guildId/commands' }),
    ).toHaveLength(1);
  });
});

describe('slash commands', () => {
  it('/prochain answers the next meeting of any body, with Discord timestamps', async () => {
    const reply = await h.fake.sendInteraction({ name: 'prochain' }).response;
    expect(reply.via).toBe('callback');
    expect(isEphemeral(reply)).toBe(false);
    const embed = embedOf(reply);
    expect(embed.title).toBe('Prochaine réunion : Conseil de coopération');
    expect(embed.description).toBe(
      'jeudi 5 février 2026 de 14 h à 16 h 30 — Conseil de coopération de février (Le Touquet-Paris-Plage) (dans 3 semaines) (<t:1770296400:F>, <t:1770296400:R>)',
    );
    expect(embed.footer).toEqual({ text: 'Sources : Données fictives de test (2026)' });
    expect(embed).toEqual(expected(answerIntent({ kind: 'next-meeting', targets: [] }, ctx)));
  });

  it('/prochain instance answers for the chosen group', async () => {
    const reply = await h.fake.sendInteraction({ name: 'prochain', options: { instance: 'gt1' } }).response;
    expect(embedOf(reply)).toEqual(
      expected(answerIntent({ kind: 'next-meeting', targets: [{ kind: 'group', id: 'gt1' }] }, ctx)),
    );
    expect(String(embedOf(reply).description)).toContain(
      'mardi 14 avril 2026 de 10 h à 12 h — Filière textile — atelier',
    );
  });

  it('/prochain with an unknown name answers privately', async () => {
    const reply = await h.fake.sendInteraction({ name: 'prochain', options: { instance: 'zzzz' } }).response;
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply)).toMatchObject({
      title: 'Instance ou groupe inconnu',
      description: 'Je ne connais pas « zzzz ». Choisissez une instance ou un groupe dans la liste proposée.',
    });
  });

  it('/agenda periode answers the meetings of the quarter', async () => {
    const reply = await h.fake.sendInteraction({ name: 'agenda', options: { periode: 'trimestre' } })
      .response;
    const embed = embedOf(reply);
    expect(embed.title).toBe('Agenda du jeudi 15 janvier 2026 au jeudi 16 avril 2026');
    expect(String(embed.description).split('\n')).toEqual([
      '3 réunions :',
      'jeudi 5 février 2026 de 14 h à 16 h 30 — Conseil de coopération de février (Le Touquet-Paris-Plage) (<t:1770296400:F>, <t:1770296400:R>)',
      'jeudi 12 mars 2026 à 18 h — Assemblée des membres 2026 (Étaples) (<t:1773334800:F>, <t:1773334800:R>)',
      'mardi 14 avril 2026 de 10 h à 12 h — Filière textile — atelier · GT1 Filière textile (Le Touquet-Paris-Plage) (<t:1776153600:F>, <t:1776153600:R>)',
      // The quarter starts on 15 January: the January Bureau may have met before it.
      'Sans jour précis, dans la période :',
      'janvier 2026 — Bureau',
    ]);
  });

  it('/agenda without a period answers this month', async () => {
    const reply = await h.fake.sendInteraction({ name: 'agenda' }).response;
    expect(embedOf(reply)).toEqual(expected(answerIntent({ kind: 'agenda', period: 'mois' }, ctx)));
  });

  it('/groupe nom answers the working group', async () => {
    const reply = await h.fake.sendInteraction({ name: 'groupe', options: { nom: 'gt1' } }).response;
    const embed = embedOf(reply);
    expect(embed.title).toBe('GT1 Filière textile');
    expect(embed.fields).toContainEqual({
      name: 'Objectif',
      value: 'Développer la production locale de la filière textile.',
    });
    expect(embed).toEqual(
      expected(
        answerIntent({ kind: 'group-info', groups: [{ kind: 'group', id: 'gt1' }], aspect: 'all' }, ctx),
      ),
    );
  });

  it('/structure nom answers the structure, from typed text too', async () => {
    const reply = await h.fake.sendInteraction({ name: 'structure', options: { nom: 'Fil d’Opale' } })
      .response;
    const embed = embedOf(reply);
    expect(embed.title).toBe("Fil d'Opale");
    expect(embed.fields).toContainEqual({
      name: 'Adresse',
      value: '3 rue de la Mercerie, 62520 Le Touquet-Paris-Plage (arrondissement de Montreuil, CABO)',
    });
    expect(embed).toEqual(
      expected(answerIntent({ kind: 'structure-info', structures: ['fil-d-opale'], aspect: 'all' }, ctx)),
    );
  });

  it('/indicateurs defers, then edits in the indicators of the year', async () => {
    const sent = h.fake.sendInteraction({ name: 'indicateurs', options: { annee: 2026 } });
    const reply = await sent.response;
    expect(reply.via).toBe('edit');
    expect(h.fake.requests({ pathIncludes: `/interactions/${sent.id}/` })[0]?.body).toEqual({
      type: 5,
      data: { flags: 0 },
    });
    const embed = embedOf(reply);
    expect(embed.title).toBe('Chiffres clés 2026');
    expect(embed.description).toBe('• Structures membres : 4\n• Emplois chez les membres : 51');
  });

  it('/gouvernance defers, then edits in the cadence of each body', async () => {
    const reply = await h.fake.sendInteraction({ name: 'gouvernance', options: { annee: 2026 } }).response;
    expect(reply.via).toBe('edit');
    const embed = embedOf(reply);
    expect(embed.title).toBe('Gouvernance 2026 : cadence des instances');
    expect(embed).toEqual(expected(answerIntent({ kind: 'governance', year: 2026 }, ctx)));
  });

  it('/question defers, then answers the free-text question', async () => {
    const texte = 'c’est quand le prochain conseil de coopération ?';
    const reply = await h.fake.sendInteraction({ name: 'question', options: { texte } }).response;
    expect(reply.via).toBe('edit');
    expect(embedOf(reply)).toEqual(expected(ask(texte, ctx)));
    expect(embedOf(reply).title).toBe('Prochaine réunion : Conseil de coopération');
  });

  it('/aide answers the help', async () => {
    const reply = await h.fake.sendInteraction({ name: 'aide' }).response;
    expect(embedOf(reply)).toEqual(expected(helpReply()));
    expect(embedOf(reply).title).toBe('Ce que vous pouvez me demander');
  });

  it('answers a slash command sent from a DM', async () => {
    const reply = await h.fake.sendInteraction({
      name: 'prochain',
      guildId: null,
      userId: h.fake.user('bob').id,
    }).response;
    expect(embedOf(reply).title).toBe('Prochaine réunion : Conseil de coopération');
  });
});

describe('autocomplete', () => {
  const choices = async (name: string, options: Record<string, string>) => {
    const reply = await h.fake.sendInteraction({ name, type: 4, options }).response;
    expect(reply.type).toBe(8);
    return reply.data.choices;
  };

  it('/prochain instance offers bodies and groups matching what is typed', async () => {
    expect(await choices('prochain', { instance: '' })).toEqual([
      { name: 'Conseil de coopération', value: 'conseil-cooperation' },
      { name: 'Assemblée des membres', value: 'assemblee-membres' },
      { name: 'Bureau', value: 'bureau' },
      { name: 'GT1 Filière textile', value: 'gt1' },
      { name: "GT2 Accès à l'alimentation", value: 'gt2' },
      { name: 'GT3 Réemploi et réparation', value: 'gt3' },
    ]);
    expect(await choices('prochain', { instance: 'assem' })).toEqual([
      { name: 'Assemblée des membres', value: 'assemblee-membres' },
    ]);
  });

  it('/groupe nom offers groups only', async () => {
    expect(await choices('groupe', { nom: 'ali' })).toEqual([
      { name: "GT2 Accès à l'alimentation", value: 'gt2' },
    ]);
  });

  it('/structure nom offers structures', async () => {
    expect(await choices('structure', { nom: 'pan' })).toEqual([
      { name: 'Panier des Dunes', value: 'panier-des-dunes' },
    ]);
  });
});

describe('mentions and DMs', () => {
  it('answers a message that mentions the bot, as an embed reply, mention stripped', async () => {
    const channel = h.fake.channel('général').id;
    const asked = h.fake.sendMessage({
      content: 'quand a lieu le prochain conseil de coopération ?',
      mentionsBot: true,
    });
    const request = await h.fake.waitForRequest({ method: 'POST', route: `/channels/${channel}/messages` });
    const body = request.body as Record<string, unknown>;
    expect(body.message_reference).toMatchObject({ message_id: asked.id });
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect((body.embeds as unknown[])[0]).toEqual(
      expected(ask('quand a lieu le prochain conseil de coopération ?', ctx)),
    );
  });

  it('answers a DM without a mention', async () => {
    const asked = h.fake.sendMessage({ content: 'qui anime le GT1 ?', dm: true });
    const request = await h.fake.waitForRequest({
      method: 'POST',
      route: `/channels/${asked.channel_id}/messages`,
    });
    const body = request.body as Record<string, unknown>;
    expect((body.embeds as unknown[])[0]).toEqual(expected(ask('qui anime le GT1 ?', ctx)));
  });

  it('says a message is too long rather than reading it (past the 500 characters of /question)', async () => {
    h.fake.clearRecords();
    const long = `qui anime le GT1 ? ${'a'.repeat(2000)}`;
    const asked = h.fake.sendMessage({ content: long, dm: true });
    const request = await h.fake.waitForRequest({
      method: 'POST',
      route: `/channels/${asked.channel_id}/messages`,
    });
    const embed = ((request.body as Record<string, unknown>).embeds as Record<string, unknown>[])[0];
    expect(embed?.title).toBe('Question trop longue');
    expect(embed?.description).toBe(
      'Votre message fait 2019 caractères ; je lis les questions de 500 caractères au plus. Posez-la plus court, ou en plusieurs messages.',
    );
  });

  it('stays silent on a guild message that does not mention it', async () => {
    h.fake.clearRecords();
    h.fake.sendMessage({ content: 'Réunion demain ?', channelId: h.fake.channel('rappels').id });
    // A DM sent after it is answered: if the first had been answered, its reply would come first.
    const dm = h.fake.sendMessage({ content: 'aide', dm: true });
    await h.fake.waitForRequest({ method: 'POST', route: `/channels/${dm.channel_id}/messages` });
    expect(
      h.fake.requests({ method: 'POST', route: `/channels/${h.fake.channel('rappels').id}/messages` }),
    ).toEqual([]);
  });
});

describe('follow-ups', () => {
  const member = (name: string) => h.fake.guild.members.find((m) => m.user.username === name)!.user.id;
  const answerTo = async (content: string, authorId: string) => {
    h.fake.clearRecords();
    const channel = h.fake.channel('général').id;
    h.fake.sendMessage({ content, mentionsBot: true, authorId });
    const request = await h.fake.waitForRequest({ method: 'POST', route: `/channels/${channel}/messages` });
    return ((request.body as Record<string, unknown>).embeds as unknown[])[0];
  };

  it('reads « et pour le GT3 ? » against the same member’s last question, not another’s', async () => {
    const alice = member('alice');
    const bob = member('bob');
    const first = converse('prochaine réunion du GT1 ?', ctx);
    expect(await answerTo('prochaine réunion du GT1 ?', alice)).toEqual(expected(first.reply));
    // Bob asks something else in the same channel in between.
    expect(await answerTo('qui anime le GT2 ?', bob)).toEqual(expected(ask('qui anime le GT2 ?', ctx)));
    const followUp = converse('et pour le GT3 ?', ctx, first.memory).reply;
    expect(followUp.title).toBe('Prochaine réunion : GT3 Réemploi et réparation');
    expect(await answerTo('et pour le GT3 ?', alice)).toEqual(expected(followUp));
  });
});

describe('safety', () => {
  it('cannot ping @everyone, @here or a role from a member’s text', async () => {
    const role = h.fake.role('Membre').id;
    const texte = `@everyone @here <@&${role}> blablabla`;
    const sent = h.fake.sendInteraction({ name: 'question', options: { texte } });
    // The answer quotes the text back with every mention broken, and the request forbids them too.
    expect(String(embedOf(await sent.response).description)).toBe(
      `Je ne sais pas répondre à « @\u200beveryone @\u200bhere <@\u200b&${role}> blablabla ».\nJe peux parler des réunions et instances, des groupes de travail, des structures membres, des contacts et des chiffres du PTCE.`,
    );
    const bodies = h.fake.requests(
      (r) => r.path.includes(sent.token) || r.path.includes(`/interactions/${sent.id}/`),
    );
    const edit = bodies.find((r) => r.method === 'PATCH');
    expect((edit?.body as Record<string, unknown> | undefined)?.allowed_mentions).toEqual({ parse: [] });

    const asked = h.fake.sendMessage({ content: texte, dm: true });
    const request = await h.fake.waitForRequest({
      method: 'POST',
      route: `/channels/${asked.channel_id}/messages`,
    });
    expect((request.body as Record<string, unknown>).allowed_mentions).toEqual({ parse: [] });
  });

  it('shows a typed Markdown link and bold as typed, linking nothing, in the public answer', async () => {
    const texte = '[clique ici](https://evil.example) **URGENT** __vite__ ||x|| > `code`';
    const reply = await h.fake.sendInteraction({ name: 'question', options: { texte } }).response;
    expect(isEphemeral(reply)).toBe(false);
    expect(String(embedOf(reply).description).split('\n')[0]).toBe(
      'Je ne sais pas répondre à « \\[clique ici](https\u200b://evil.example) \\*\\*URGENT\\*\\* \\_\\_vite\\_\\_ \\|\\|x\\|\\| > \\`code\\` ».',
    );
  });

  it('sends allowed_mentions with an empty parse list on every reply and message', () => {
    const writes = h.fake.requests(
      (r) =>
        (r.method === 'POST' && r.template === '/interactions/:interactionId/:token/callback') ||
        r.method === 'PATCH' ||
        (r.method === 'POST' && r.template === '/channels/:channelId/messages'),
    );
    expect(writes.length).toBeGreaterThan(0);
    for (const r of writes) {
      const body = r.body as { type?: number; data?: Record<string, unknown> } & Record<string, unknown>;
      if (body.type === 5 || body.type === 8) continue;
      expect(body.data?.allowed_mentions ?? body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('never writes the token to the log', () => {
    expect(h.logs.join('\n')).not.toContain(TEST_TOKEN);
  });
});

describe('faults', () => {
  it('survives a 429 on the reply and answers once the rate limit has passed', async () => {
    h.fake.failNext({ status: 429, pathIncludes: '/callback', retryAfter: 0.05 });
    const reply = await h.fake.sendInteraction({ name: 'aide' }).response;
    expect(embedOf(reply).title).toBe('Ce que vous pouvez me demander');
    expect(h.fake.requests({ pathIncludes: '/callback', status: 429 })).toHaveLength(1);
  });

  it('survives a 500 on the reply (retried)', async () => {
    h.fake.failNext({ status: 500, pathIncludes: '/callback' });
    const reply = await h.fake.sendInteraction({ name: 'prochain' }).response;
    expect(embedOf(reply).title).toBe('Prochaine réunion : Conseil de coopération');
    expect(h.fake.requests({ pathIncludes: '/callback', status: 500 })).toHaveLength(1);
  });

  it('answers a failed reply with a private French apology, logs it, and keeps serving', async () => {
    h.fake.failNext({ status: 400, pathIncludes: '/callback', code: 50035, message: 'Invalid Form Body' });
    const reply = await h.fake.sendInteraction({ name: 'aide' }).response;
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).title).toBe('Désolé, une erreur est survenue…');
    expect(h.logs.some((l) => l.includes('ERROR command failed command=aide'))).toBe(true);
    const next = await h.fake.sendInteraction({ name: 'aide' }).response;
    expect(embedOf(next).title).toBe('Ce que vous pouvez me demander');
  });

  it('left no request the fake does not emulate', () => {
    expect(h.fake.unhandledRequests()).toEqual([]);
  });
});
