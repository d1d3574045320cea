import { once } from 'node:events';
import {
  ChannelType,
  Client,
  type ClientApplication,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  type Interaction,
  type Message,
  Partials,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeDiscordOptions } from '../support/fake-discord.js';

const FULL_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await fake?.stop();
  client = undefined;
  fake = undefined;
});

async function connect(
  options: FakeDiscordOptions = {},
  intents = FULL_INTENTS,
): Promise<{ fake: FakeDiscord; client: Client }> {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 200, ...options });
  client = new Client({ intents, partials: [Partials.Channel], rest: { api: fake.apiUrl } });
  const ready = once(client, Events.ClientReady);
  await client.login('fake-bot-token');
  await ready;
  return { fake, client };
}

function onInteraction(target: Client, handler: (interaction: Interaction) => Promise<unknown>): void {
  target.on(Events.InteractionCreate, (interaction) => void handler(interaction));
}

function nextMessage(target: Client, accept: (message: Message) => boolean): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (message: Message) => {
      if (!accept(message)) return;
      target.off(Events.MessageCreate, listener);
      resolve(message);
    };
    target.on(Events.MessageCreate, listener);
  });
}

function textChannel(target: Client, id: string): TextChannel {
  const channel = target.channels.cache.get(id);
  if (channel?.type !== ChannelType.GuildText) throw new Error(`not a cached text channel: ${id}`);
  return channel;
}

function application(target: Client): ClientApplication {
  if (!target.application) throw new Error('client has no application');
  return target.application;
}

const CALLBACK = '/interactions/:interactionId/:token/callback';

describe('FakeDiscord with a real discord.js client', () => {
  it('logs the client in and emits ready with the guild, its channels and the bot member cached', async () => {
    const { fake, client } = await connect();
    const guild = client.guilds.cache.get(fake.guild.id);

    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(guild?.name).toBe('PTCE de test');
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.map((channel) => channel.name).sort()).toEqual([
      'PTCE',
      'bureau',
      'général',
      'rappels',
    ]);
    expect(guild?.members.me?.id).toBe(fake.bot.id);
    expect(guild?.roles.cache.find((role) => role.name === 'Bureau')?.id).toBe(fake.role('Bureau').id);
    expect(fake.identifyCount).toBe(1);
    expect(fake.identifies[0]?.intents).toBe(37_377);
    expect(fake.requests().map((request) => `${request.method} ${request.route}`)).toEqual([
      'GET /gateway/bot',
    ]);
    expect(fake.unhandledRequests()).toEqual([]);
  });

  it('delivers a slash command with its subcommand options and records the reply with its exact content', async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const instance = interaction.options.getString('instance');
      const days = interaction.options.getInteger('jours');
      const roles = interaction.inCachedGuild()
        ? interaction.member.roles.cache.map((role) => role.name)
        : [];
      await interaction.reply({
        content: `${interaction.options.getSubcommand()} ${instance} ${days} ${interaction.locale} ${interaction.user.username} ${roles.sort().join(',')}`,
      });
    });

    const sent = fake.sendInteraction({
      name: 'ptce',
      subcommand: 'agenda',
      options: { instance: 'bureau', jours: 7 },
      userId: fake.user('alice').id,
    });
    const reply = await sent.response;

    const expected = 'agenda bureau 7 fr alice @everyone,Bureau,Membre';
    expect(reply.via).toBe('callback');
    expect(reply.type).toBe(4);
    expect(reply.data.content).toBe(expected);
    const [callback] = fake.requests({ template: CALLBACK });
    expect(callback?.params).toEqual({ interactionId: sent.id, token: sent.token });
    expect(callback?.body).toMatchObject({ type: 4, data: { content: expected } });
    expect(callback?.headers.authorization).toBeUndefined();
    expect(fake.messagesIn(fake.channel('général').id).map((message) => message.content)).toEqual([expected]);
  });

  it('records a deferred reply and the edit of the original message that completes it', async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply({ content: 'Le bureau se réunit mardi à 14 h.' });
    });

    const reply = await fake.sendInteraction({ name: 'agenda' }).response;

    expect(reply.via).toBe('edit');
    expect(reply.type).toBe(5);
    expect(reply.data.content).toBe('Le bureau se réunit mardi à 14 h.');
    expect(fake.requests({ template: CALLBACK }).map((request) => request.body)).toEqual([
      { type: 5, data: { flags: 0 } },
    ]);
    const [edit] = fake.requests({ method: 'PATCH' });
    expect(edit?.template).toBe('/webhooks/:applicationId/:token/messages/:messageId');
    expect(edit?.params.messageId).toBe('@original');
    expect(reply.message?.content).toBe('Le bureau se réunit mardi à 14 h.');
    expect(reply.message?.flags).toBe(0);
  });

  it('waits for the next matching request only, and stamps when each request arrived', async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply({ content: `réponse ${interaction.commandName}` });
    });
    await fake.sendInteraction({ name: 'premier' }).response;

    const edit = fake.nextRequest({ method: 'PATCH' });
    const sentAt = performance.now();
    fake.sendInteraction({ name: 'second' });
    const record = await edit;

    expect((record.body as { content?: string }).content).toBe('réponse second');
    expect(record.receivedAt).toBeGreaterThan(sentAt);
    const [callback] = fake.requests({ template: CALLBACK }).slice(-1);
    expect(callback && callback.receivedAt < record.receivedAt).toBe(true);
  });

  it('records an autocomplete answer as callback type 8 with its choices', async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `Bureau (${typed})`, value: 'bureau' }]);
    });

    const reply = await fake.sendInteraction({ name: 'agenda', type: 4, options: { instance: 'bu' } })
      .response;

    expect(reply.type).toBe(8);
    expect(reply.data).toEqual({ choices: [{ name: 'Bureau (bu)', value: 'bureau' }] });
  });

  it('answers a 429 with retry_after, and discord.js retries the callback until it succeeds once', async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'Pris en compte.' });
    });
    fake.failNext({ pathIncludes: '/callback', status: 429, retryAfter: 0.05 });

    const reply = await fake.sendInteraction({ name: 'agenda' }).response;

    expect(reply.data.content).toBe('Pris en compte.');
    const attempts = fake.requests({ template: CALLBACK });
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
    expect(attempts[0]?.responseBody).toEqual({
      message: 'You are being rate limited.',
      retry_after: 0.05,
      global: false,
    });
    expect(fake.messagesIn(fake.channel('général').id)).toHaveLength(1);
  });

  it('answers a 500 once, and channel.send succeeds on the retry', async () => {
    const { fake, client } = await connect();
    const channelId = fake.channel('rappels').id;
    fake.failNext({ method: 'POST', pathIncludes: `/channels/${channelId}/messages`, status: 500 });

    const sent = await textChannel(client, channelId).send('Rappel : bureau mardi à 14 h.');

    expect(fake.requests({ route: `/channels/${channelId}/messages` }).map((r) => r.status)).toEqual([
      500, 200,
    ]);
    expect(fake.messagesIn(channelId).map((message) => [message.id, message.content])).toEqual([
      [sent.id, 'Rappel : bureau mardi à 14 h.'],
    ]);
  });

  it('creates one message for two sends with the same enforced nonce', async () => {
    const { fake, client } = await connect();
    const channel = textChannel(client, fake.channel('rappels').id);

    const first = await channel.send({ content: 'Rappel J-7', nonce: 'rem-42', enforceNonce: true });
    const second = await channel.send({ content: 'Rappel J-7', nonce: 'rem-42', enforceNonce: true });

    expect(second.id).toBe(first.id);
    expect(fake.messagesIn(channel.id)).toHaveLength(1);
    expect(fake.requests({ method: 'POST' }).map((request) => request.body)).toEqual([
      expect.objectContaining({ nonce: 'rem-42', enforce_nonce: true }),
      expect.objectContaining({ nonce: 'rem-42', enforce_nonce: true }),
    ]);
  });

  it('lets the client resume after a dropped socket, replaying what was sent meanwhile', async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: `ok ${interaction.commandName}` });
    });

    expect(fake.dropGatewayConnection()).toBe(1);
    const duringOutage = fake.sendInteraction({ name: 'pendant' });
    await fake.waitForResume();
    const afterResume = fake.sendInteraction({ name: 'apres' });

    expect((await duringOutage.response).data.content).toBe('ok pendant');
    expect((await afterResume.response).data.content).toBe('ok apres');
    expect(fake.resumeCount).toBe(1);
    expect(fake.identifyCount).toBe(1);
  });

  it('delivers a message mentioning the bot and a direct message to messageCreate', async () => {
    const { fake, client } = await connect();
    const fromMember = (message: Message) => !message.author.bot;

    const mentionReceived = nextMessage(client, fromMember);
    const mention = fake.sendMessage({ content: 'quand se réunit le bureau ?', mentionsBot: true });
    const inGuild = await mentionReceived;
    const dmReceived = nextMessage(client, fromMember);
    const dm = fake.sendMessage({ content: 'bonjour', dm: true, authorId: fake.user('bob').id });
    const direct = await dmReceived;

    expect(inGuild.id).toBe(mention.id);
    expect(inGuild.content).toBe(`<@${fake.bot.id}> quand se réunit le bureau ?`);
    expect(inGuild.guildId).toBe(fake.guild.id);
    expect(client.user && inGuild.mentions.has(client.user)).toBe(true);
    expect(direct.id).toBe(dm.id);
    expect(direct.content).toBe('bonjour');
    expect(direct.guildId).toBeNull();
    expect(direct.channel.type).toBe(ChannelType.DM);
    expect(direct.author.username).toBe('bob');
  });

  it('blanks guild messages that do not mention the bot when the client lacks the MessageContent intent', async () => {
    const { fake, client } = await connect({}, [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    const received: string[] = [];
    const two = new Promise<void>((resolve) => {
      client.on(Events.MessageCreate, (message) => {
        received.push(message.content);
        if (received.length === 2) resolve();
      });
    });

    fake.sendMessage({ content: 'message ordinaire' });
    fake.sendMessage({ content: 'question au bot', mentionsBot: true });
    await two;

    expect(received).toEqual(['', `<@${fake.bot.id}> question au bot`]);
  });

  it('rejects a send to a deleted channel with DiscordAPIError 10003', async () => {
    const { fake, client } = await connect();
    const channel = textChannel(client, fake.channel('bureau').id);
    fake.deleteChannel(channel.id);

    const error = await channel.send('Rappel').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 10003, status: 404, message: 'Unknown Channel' });
  });

  it('creates, edits and deletes a guild scheduled event', async () => {
    const { fake, client } = await connect();
    const guild = client.guilds.cache.get(fake.guild.id);
    if (!guild) throw new Error('guild not cached');
    const start = new Date(Date.now() + 7 * 86_400_000);

    const created = await guild.scheduledEvents.create({
      name: 'Bureau',
      scheduledStartTime: start,
      scheduledEndTime: new Date(start.getTime() + 7_200_000),
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
      entityType: GuildScheduledEventEntityType.External,
      entityMetadata: { location: 'Maubeuge' },
      description: 'Réunion mensuelle du bureau',
    });
    expect(fake.scheduledEvents()).toEqual([
      expect.objectContaining({ id: created.id, name: 'Bureau', entity_metadata: { location: 'Maubeuge' } }),
    ]);

    const edited = await created.edit({ name: 'Bureau (reporté)' });
    expect(edited.name).toBe('Bureau (reporté)');
    expect(fake.scheduledEvents()[0]?.name).toBe('Bureau (reporté)');

    await edited.delete();
    expect(fake.scheduledEvents()).toEqual([]);
    expect(
      fake.requests({ pathIncludes: '/scheduled-events' }).map((r) => `${r.method} ${r.status}`),
    ).toEqual(['POST 200', 'PATCH 200', 'DELETE 204']);
  });

  it('refuses a 101st open scheduled event with error 30038', async () => {
    const { fake, client } = await connect();
    for (let index = 0; index < 100; index++) fake.addScheduledEvent({ name: `Réunion ${index}` });
    const guild = client.guilds.cache.get(fake.guild.id);
    const start = new Date(Date.now() + 86_400_000);

    const error = await guild?.scheduledEvents
      .create({
        name: 'Une de trop',
        scheduledStartTime: start,
        scheduledEndTime: new Date(start.getTime() + 3_600_000),
        privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
        entityType: GuildScheduledEventEntityType.External,
        entityMetadata: { location: 'Valenciennes' },
      })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 30038, status: 400 });
  });

  it('stores bulk-overwritten commands with stable ids and dispatches interactions with those ids', async () => {
    const { fake, client } = await connect();
    const commands = application(client).commands;
    const definition = {
      name: 'agenda',
      description: 'Prochaines réunions',
      name_localizations: { fr: 'agenda' },
    };

    const first = (await commands.set([definition], fake.guild.id)).first();
    const again = (await commands.set([definition], fake.guild.id)).first();
    const receivedCommandId = new Promise<string>((resolve) => {
      onInteraction(client, async (interaction) => {
        if (interaction.isChatInputCommand()) resolve(interaction.commandId);
      });
    });
    fake.sendInteraction({ name: 'agenda' });

    expect(again?.id).toBe(first?.id);
    expect(fake.commands(fake.guild.id).map((command) => [command.id, command.name])).toEqual([
      [first?.id, 'agenda'],
    ]);
    expect(await receivedCommandId).toBe(first?.id);
  });

  it('rejects a command definition Discord would refuse (upper case name, fr-FR locale)', async () => {
    const { client } = await connect();
    // Widened on purpose: discord.js's types already refuse the `fr-FR` locale.
    const localizations: Record<string, string> = { 'fr-FR': 'agenda' };

    const error = await application(client)
      .commands.set([
        { name: 'Agenda', description: 'Prochaines réunions', name_localizations: localizations },
      ])
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50035, status: 400 });
    expect((error as DiscordAPIError).message).toContain('APPLICATION_COMMAND_INVALID_NAME');
    expect((error as DiscordAPIError).message).toContain('name_localizations.fr-FR');
  });

  it('refuses an interaction answered after the 3 s deadline with 10062 Unknown interaction', async () => {
    let clock = Date.now();
    const { fake, client } = await connect({ now: () => clock });
    const failure = new Promise<unknown>((resolve) => {
      onInteraction(client, async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        clock += 3_001;
        await interaction.reply({ content: 'trop tard' }).catch(resolve);
      });
    });

    fake.sendInteraction({ name: 'agenda' });

    expect(await failure).toMatchObject({ code: 10062, status: 404 });
  });

  it('serves a delayed response and records an unknown route as unhandled', async () => {
    const { fake, client } = await connect();
    const channelId = fake.channel('rappels').id;
    fake.delayNext({ pathIncludes: '/messages', ms: 50 });

    const sent = await textChannel(client, channelId).send('lent mais livré');
    const unknown = await client.rest.get(`/guilds/${fake.guild.id}/bans`).catch((caught: unknown) => caught);

    expect(fake.message(sent.id)?.content).toBe('lent mais livré');
    expect(unknown).toMatchObject({ status: 404 });
    expect(fake.unhandledRequests().map((request) => `${request.method} ${request.route}`)).toEqual([
      `GET /guilds/${fake.guild.id}/bans`,
    ]);
  });
  it('parses a multipart send: payload_json as the body, the files as attachments', async () => {
    const { fake, client } = await connect();
    const channel = textChannel(client, fake.channel('rappels').id);

    const sent = await channel.send({
      content: 'Calendrier du bureau',
      files: [{ attachment: Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), name: 'bureau.ics' }],
    });

    const [request] = fake.requests({ method: 'POST', route: `/channels/${channel.id}/messages` });
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.body).toMatchObject({ content: 'Calendrier du bureau' });
    expect(request?.files.map((file) => [file.field, file.name, file.size])).toEqual([
      ['files[0]', 'bureau.ics', 32],
    ]);
    expect(sent.attachments.map((attachment) => [attachment.name, attachment.size])).toEqual([
      ['bureau.ics', 32],
    ]);
  });

  it('answers a reply made withResponse with the created message', async () => {
    const { fake, client } = await connect();
    const messageIds = new Promise<string | undefined>((resolve) => {
      onInteraction(client, async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        const callback = await interaction.reply({ content: 'Voici l’agenda.', withResponse: true });
        resolve(callback.resource?.message?.id);
      });
    });

    const reply = await fake.sendInteraction({ name: 'agenda' }).response;

    expect(await messageIds).toBe(reply.message?.id);
    expect(fake.requests({ template: CALLBACK })[0]?.query).toEqual({ with_response: 'true' });
  });

  it('rejects the login when the token does not match the configured one', async () => {
    fake = await FakeDiscord.start({ token: 'le-bon-jeton' });
    client = new Client({ intents: FULL_INTENTS, rest: { api: fake.apiUrl } });

    const error = await client.login('un-mauvais-jeton').catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'TokenInvalid' });
    expect(fake.requests().map((request) => `${request.route} ${request.status}`)).toEqual([
      '/gateway/bot 401',
    ]);
  });

  it('closes the gateway with 4014 when a privileged intent is not enabled for the application', async () => {
    fake = await FakeDiscord.start({ allowedPrivilegedIntents: 0 });
    client = new Client({ intents: FULL_INTENTS, rest: { api: fake.apiUrl } });

    const error = await client.login('fake-bot-token').catch((caught: unknown) => caught);

    expect(String(error)).toContain('Used disallowed intents');
    expect(fake.identifyCount).toBe(0);
  });
});
