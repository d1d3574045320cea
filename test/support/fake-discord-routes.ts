import { guildCreatePayload } from './fake-discord-fixtures.js';
import {
  type FakeDiscordState,
  type InteractionState,
  MessageFlag,
  type UploadedFile,
} from './fake-discord-state.js';
import type {
  FakeChannel,
  FakeCommand,
  FakeMessage,
  FakeScheduledEvent,
  JsonObject,
} from './fake-discord-types.js';
import {
  commandListError,
  DiscordErrorAnswer,
  discordError,
  messageBodyError,
  scheduledEventError,
  statusTransitionError,
} from './fake-discord-validation.js';

/** A request as a route handler sees it. */
export interface RouteRequest {
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
  gatewayUrl: string;
  /** What `GET /gateway/bot` advises: the shard count and how many may identify at once. */
  gatewayAdvice: { shards: number; maxConcurrency: number };
}

/** What a handler answers: a status and an optional JSON body (204 has none). */
export interface RouteAnswer {
  status: number;
  body?: unknown;
}

/** One emulated endpoint of the Discord REST API (v10). */
export interface Route {
  method: string;
  template: string;
  /** Interaction callbacks and webhook-token routes are called without the bot token. */
  auth: boolean;
  handle: (request: RouteRequest, state: FakeDiscordState) => RouteAnswer;
}

const ok = (body: unknown): RouteAnswer => ({ status: 200, body });
const noContent: RouteAnswer = { status: 204 };
const asObject = (value: unknown): JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};

const unknownChannel = () => discordError(404, 10003, 'Unknown Channel');
const unknownGuild = () => discordError(404, 10004, 'Unknown Guild');
const unknownMessage = () => discordError(404, 10008, 'Unknown Message');
const unknownWebhook = () => discordError(404, 10015, 'Unknown Webhook');
const unknownInteraction = () => discordError(404, 10062, 'Unknown interaction');
const unknownApplication = () => discordError(404, 10002, 'Unknown Application');

type Found<T> = T | DiscordErrorAnswer;
const failed = <T>(found: Found<T>): found is DiscordErrorAnswer => found instanceof DiscordErrorAnswer;

function channelOf(state: FakeDiscordState, id: string | undefined): Found<FakeChannel> {
  return state.channels.get(id ?? '') ?? unknownChannel();
}

function guildOf(state: FakeDiscordState, id: string | undefined) {
  return state.guild(id ?? '') ?? unknownGuild();
}

function messageOf(state: FakeDiscordState, channelId: string, id: string | undefined): Found<FakeMessage> {
  const message = state.messages.get(id ?? '');
  return message && message.channel_id === channelId ? message : unknownMessage();
}

// ---- Messages -------------------------------------------------------------------------------

function createChannelMessage(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const channel = channelOf(state, request.params.channelId);
  if (failed(channel)) return channel;
  const body = asObject(request.body);
  const invalid = messageBodyError(body, request.files.length, { creating: true });
  if (invalid) return invalid;
  const nonceKey =
    body.nonce !== undefined && body.enforce_nonce === true ? `${channel.id}:${String(body.nonce)}` : null;
  const earlier = nonceKey ? state.messages.get(state.nonces.get(nonceKey) ?? '') : undefined;
  if (earlier) return ok(earlier);
  const reference = asObject(body.message_reference);
  const message = state.addMessage({
    channel,
    author: state.bot,
    body,
    files: request.files,
    extra: reference.message_id
      ? {
          type: 19,
          message_reference: { type: 0, channel_id: channel.id, guild_id: channel.guild_id, ...reference },
        }
      : undefined,
  });
  if (nonceKey) state.nonces.set(nonceKey, message.id);
  return ok(message);
}

function editChannelMessage(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const channel = channelOf(state, request.params.channelId);
  if (failed(channel)) return channel;
  const message = messageOf(state, channel.id, request.params.messageId);
  if (failed(message)) return message;
  if (message.author.id !== state.bot.id) {
    return discordError(403, 50005, 'Cannot edit a message authored by another user');
  }
  const body = asObject(request.body);
  const invalid = messageBodyError(body, request.files.length, { creating: false });
  if (invalid) return invalid;
  return ok(state.editMessage(message, body, request.files));
}

function listChannelMessages(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const channel = channelOf(state, request.params.channelId);
  if (failed(channel)) return channel;
  const limit = Math.min(Number(request.query.limit ?? 50), 100);
  const { before, after } = request.query;
  const newestFirst = state
    .messagesIn(channel.id)
    .filter((message) => (message.flags & MessageFlag.Ephemeral) === 0)
    .filter((message) => !before || BigInt(message.id) < BigInt(before))
    .filter((message) => !after || BigInt(message.id) > BigInt(after))
    .reverse();
  return ok(after ? newestFirst.slice(-limit) : newestFirst.slice(0, limit));
}

// ---- Interactions and webhooks ----------------------------------------------------------------

function settle(interaction: InteractionState, reply: Parameters<InteractionState['resolve']>[0]): void {
  if (interaction.settled) return;
  interaction.settled = true;
  interaction.resolve(reply);
}

function interactionChannel(state: FakeDiscordState, interaction: InteractionState): FakeChannel {
  return state.channels.get(interaction.channelId) ?? state.dmChannel(interaction.userId);
}

function webhookMessageExtra(state: FakeDiscordState, interaction: InteractionState): Partial<FakeMessage> {
  return {
    webhook_id: state.applicationId,
    application_id: state.applicationId,
    type: 20,
    interaction_metadata: {
      id: interaction.id,
      type: interaction.type,
      name: interaction.name,
      user: state.users.get(interaction.userId),
      authorizing_integration_owners: {},
    },
  };
}

function interactionCallback(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const interaction = state.interactions.get(request.params.interactionId ?? '');
  if (!interaction || interaction.token !== request.params.token) return unknownInteraction();
  const late =
    state.interactionDeadlineMs > 0 && state.now() - interaction.createdAt > state.interactionDeadlineMs;
  if (late) return unknownInteraction();
  if (interaction.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
  const body = asObject(request.body);
  const type = Number(body.type);
  const data = asObject(body.data);
  let message: FakeMessage | null = null;
  switch (type) {
    case 4: {
      const invalid = messageBodyError(data, request.files.length, { creating: true });
      if (invalid) return invalid;
      message = state.addMessage({
        channel: interactionChannel(state, interaction),
        author: state.bot,
        body: data,
        files: request.files,
        extra: webhookMessageExtra(state, interaction),
      });
      break;
    }
    case 5: {
      // The "is thinking…" message the deferred reply will replace.
      const flags = MessageFlag.Loading | (Number(data.flags ?? 0) & MessageFlag.Ephemeral);
      message = state.addMessage({
        channel: interactionChannel(state, interaction),
        author: state.bot,
        body: { content: '', flags },
        extra: webhookMessageExtra(state, interaction),
      });
      break;
    }
    case 8: {
      const choices = Array.isArray(data.choices) ? data.choices : [];
      if (interaction.type !== 4 || choices.length > 25) {
        return discordError(400, 50035, 'Invalid Form Body');
      }
      break;
    }
    case 7: {
      // UPDATE_MESSAGE: the component's message takes the new content.
      if (interaction.type !== 3) return discordError(400, 50035, 'Invalid Form Body');
      const target = state.messages.get(interaction.componentMessageId ?? '');
      if (target) message = state.editMessage(target, data, request.files);
      break;
    }
    case 6:
    case 9:
      break;
    default:
      return discordError(400, 50035, `Invalid Form Body: unknown callback type ${String(body.type)}`);
  }
  interaction.acknowledged = true;
  interaction.callbackType = type;
  interaction.originalMessageId = message?.id ?? null;
  if (type !== 5 && type !== 6) settle(interaction, { via: 'callback', type, data, message });
  if (request.query.with_response !== 'true') return noContent;
  return ok({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      response_message_id: message?.id ?? null,
      response_message_loading: type === 5,
      response_message_ephemeral: message ? (message.flags & MessageFlag.Ephemeral) !== 0 : false,
    },
    resource: { type, ...(message ? { message } : {}) },
  });
}

function interactionOfWebhook(request: RouteRequest, state: FakeDiscordState): Found<InteractionState> {
  if (request.params.applicationId !== state.applicationId) return unknownWebhook();
  for (const interaction of state.interactions.values()) {
    if (interaction.token === request.params.token && interaction.acknowledged) return interaction;
  }
  return unknownWebhook();
}

function webhookMessage(
  request: RouteRequest,
  state: FakeDiscordState,
): Found<{ interaction: InteractionState; message: FakeMessage }> {
  const interaction = interactionOfWebhook(request, state);
  if (failed(interaction)) return interaction;
  const id =
    request.params.messageId === '@original'
      ? (interaction.originalMessageId ?? '')
      : request.params.messageId;
  const message = state.messages.get(id ?? '');
  return message ? { interaction, message } : unknownMessage();
}

function editWebhookMessage(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const found = webhookMessage(request, state);
  if (failed(found)) return found;
  const body = asObject(request.body);
  const invalid = messageBodyError(body, request.files.length, { creating: false });
  if (invalid) return invalid;
  const message = state.editMessage(found.message, body, request.files);
  if (found.message.id === found.interaction.originalMessageId) {
    settle(found.interaction, {
      via: 'edit',
      type: found.interaction.callbackType ?? 5,
      data: body,
      message,
    });
  }
  return ok(message);
}

function createFollowup(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const interaction = interactionOfWebhook(request, state);
  if (failed(interaction)) return interaction;
  const body = asObject(request.body);
  const invalid = messageBodyError(body, request.files.length, { creating: true });
  if (invalid) return invalid;
  const message = state.addMessage({
    channel: interactionChannel(state, interaction),
    author: state.bot,
    body,
    files: request.files,
    extra: webhookMessageExtra(state, interaction),
  });
  settle(interaction, { via: 'followup', type: interaction.callbackType ?? 5, data: body, message });
  return request.query.wait === 'true' ? ok(message) : noContent;
}

// ---- Commands -------------------------------------------------------------------------------

function commandScope(request: RouteRequest, state: FakeDiscordState): Found<string> {
  if (request.params.applicationId !== state.applicationId) return unknownApplication();
  if (request.params.guildId === undefined) return 'global';
  return state.guild(request.params.guildId) ? request.params.guildId : unknownGuild();
}

function storedCommand(
  state: FakeDiscordState,
  scope: string,
  raw: JsonObject,
  previous: FakeCommand | undefined,
): FakeCommand {
  const type = Number(raw.type ?? 1);
  return {
    ...raw,
    id: previous?.id ?? state.nextId(),
    application_id: state.applicationId,
    version: state.nextId(),
    type,
    name: String(raw.name),
    description: type === 1 ? String(raw.description ?? '') : '',
    default_member_permissions: raw.default_member_permissions ?? null,
    nsfw: raw.nsfw ?? false,
    ...(scope === 'global' ? {} : { guild_id: scope }),
  };
}

function overwriteCommands(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const scope = commandScope(request, state);
  if (failed(scope)) return scope;
  const list = Array.isArray(request.body) ? request.body : [];
  const invalid = commandListError(list);
  if (invalid) return invalid;
  const previous = state.commands.get(scope) ?? [];
  // Discord keeps a command's id when an overwrite carries a command of the same name and type.
  const commands = list.map((raw) => {
    const command = asObject(raw);
    const same = previous.find((p) => p.name === command.name && p.type === Number(command.type ?? 1));
    return storedCommand(state, scope, command, same);
  });
  state.commands.set(scope, commands);
  return ok(commands);
}

function createCommand(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const scope = commandScope(request, state);
  if (failed(scope)) return scope;
  const raw = asObject(request.body);
  const invalid = commandListError([raw]);
  if (invalid) return invalid;
  const commands = state.commands.get(scope) ?? [];
  const index = commands.findIndex((c) => c.name === raw.name && c.type === Number(raw.type ?? 1));
  const command = storedCommand(state, scope, raw, commands[index]);
  if (index >= 0) commands[index] = command;
  else commands.push(command);
  state.commands.set(scope, commands);
  return { status: index >= 0 ? 200 : 201, body: command };
}

function deleteCommand(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const scope = commandScope(request, state);
  if (failed(scope)) return scope;
  const commands = state.commands.get(scope) ?? [];
  const index = commands.findIndex((c) => c.id === request.params.commandId);
  if (index < 0) return discordError(404, 10063, 'Unknown application command');
  commands.splice(index, 1);
  return noContent;
}

// ---- Scheduled events -----------------------------------------------------------------------

function scheduledEventOf(request: RouteRequest, state: FakeDiscordState): Found<FakeScheduledEvent> {
  const guild = guildOf(state, request.params.guildId);
  if (failed(guild)) return guild;
  const event = state.scheduledEvents.get(guild.id)?.find((e) => e.id === request.params.eventId);
  return event ?? discordError(404, 10070, 'Unknown Guild Scheduled Event');
}

function createScheduledEvent(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const guild = guildOf(state, request.params.guildId);
  if (failed(guild)) return guild;
  if (state.openScheduledEventCount(guild.id) >= state.scheduledEventLimit) {
    return discordError(
      400,
      30038,
      `Maximum number of uncompleted guild scheduled events reached (${state.scheduledEventLimit})`,
    );
  }
  const body = asObject(request.body);
  const event: FakeScheduledEvent = {
    id: state.nextId(),
    guild_id: guild.id,
    channel_id: (body.channel_id as string | undefined) ?? null,
    creator_id: state.bot.id,
    creator: state.bot,
    name: String(body.name ?? ''),
    description: (body.description as string | undefined) ?? null,
    scheduled_start_time: String(body.scheduled_start_time ?? ''),
    scheduled_end_time: (body.scheduled_end_time as string | undefined) ?? null,
    privacy_level: Number(body.privacy_level),
    status: 1,
    entity_type: Number(body.entity_type),
    entity_id: null,
    entity_metadata: (body.entity_metadata as { location?: string } | undefined) ?? null,
    user_count: 0,
    image: null,
    recurrence_rule: body.recurrence_rule ?? null,
  };
  const invalid = scheduledEventError(event, { now: state.now(), startChanged: true });
  if (invalid) return invalid;
  if (event.channel_id && failed(channelOf(state, event.channel_id))) return unknownChannel();
  state.scheduledEvents.get(guild.id)?.push(event);
  state.dispatch('GUILD_SCHEDULED_EVENT_CREATE', event);
  return ok(event);
}

function editScheduledEvent(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const event = scheduledEventOf(request, state);
  if (failed(event)) return event;
  const body = asObject(request.body);
  const edited: FakeScheduledEvent = { ...event, ...body } as FakeScheduledEvent;
  if (body.entity_type === 3 && body.channel_id === undefined) edited.channel_id = null;
  if (body.status !== undefined) {
    const invalidTransition = statusTransitionError(event.status, Number(body.status));
    if (invalidTransition) return invalidTransition;
  }
  const startChanged =
    body.scheduled_start_time !== undefined && body.scheduled_start_time !== event.scheduled_start_time;
  const invalid = scheduledEventError(edited, { now: state.now(), startChanged });
  if (invalid) return invalid;
  Object.assign(event, edited);
  state.dispatch('GUILD_SCHEDULED_EVENT_UPDATE', event);
  return ok(event);
}

function deleteScheduledEvent(request: RouteRequest, state: FakeDiscordState): RouteAnswer {
  const event = scheduledEventOf(request, state);
  if (failed(event)) return event;
  const events = state.scheduledEvents.get(event.guild_id) ?? [];
  events.splice(events.indexOf(event), 1);
  state.dispatch('GUILD_SCHEDULED_EVENT_DELETE', event);
  return noContent;
}

// ---- Table ----------------------------------------------------------------------------------

const route = (method: string, template: string, handle: Route['handle'], auth = true): Route => ({
  method,
  template,
  auth,
  handle,
});

const gatewayInfo = (request: RouteRequest) => ({ url: request.gatewayUrl });

/** Every endpoint the fake emulates; literal segments (`@me`) come before parameters. */
export const ROUTES: Route[] = [
  route('GET', '/gateway', (request) => ok(gatewayInfo(request)), false),
  route('GET', '/gateway/bot', (request) =>
    ok({
      ...gatewayInfo(request),
      shards: request.gatewayAdvice.shards,
      session_start_limit: {
        total: 1000,
        remaining: 1000,
        reset_after: 0,
        max_concurrency: request.gatewayAdvice.maxConcurrency,
      },
    }),
  ),
  route('GET', '/users/@me', (_, state) => ok(state.bot)),
  route('POST', '/users/@me/channels', (request, state) => {
    const recipient = String(asObject(request.body).recipient_id ?? '');
    if (!state.users.has(recipient)) return discordError(400, 50007, 'Cannot send messages to this user');
    return ok(state.dmChannel(recipient));
  }),
  route('GET', '/users/:userId', (request, state) => {
    const user = state.users.get(request.params.userId ?? '');
    return user ? ok(user) : discordError(404, 10013, 'Unknown User');
  }),
  route('GET', '/applications/@me', (_, state) =>
    ok({
      id: state.applicationId,
      name: state.bot.global_name ?? state.bot.username,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      team: null,
      owner: state.guilds[0]?.members[0]?.user ?? state.bot,
      bot: state.bot,
      approximate_guild_count: state.guilds.length,
    }),
  ),
  route('GET', '/applications/:applicationId/commands', (request, state) => {
    const scope = commandScope(request, state);
    return failed(scope) ? scope : ok(state.commands.get(scope) ?? []);
  }),
  route('PUT', '/applications/:applicationId/commands', overwriteCommands),
  route('POST', '/applications/:applicationId/commands', createCommand),
  route('DELETE', '/applications/:applicationId/commands/:commandId', deleteCommand),
  route('GET', '/applications/:applicationId/guilds/:guildId/commands', (request, state) => {
    const scope = commandScope(request, state);
    return failed(scope) ? scope : ok(state.commands.get(scope) ?? []);
  }),
  route('PUT', '/applications/:applicationId/guilds/:guildId/commands', overwriteCommands),
  route('POST', '/applications/:applicationId/guilds/:guildId/commands', createCommand),
  route('DELETE', '/applications/:applicationId/guilds/:guildId/commands/:commandId', deleteCommand),
  route('POST', '/interactions/:interactionId/:token/callback', interactionCallback, false),
  route('POST', '/webhooks/:applicationId/:token', createFollowup, false),
  route(
    'GET',
    '/webhooks/:applicationId/:token/messages/:messageId',
    (request, state) => {
      const found = webhookMessage(request, state);
      return failed(found) ? found : ok(found.message);
    },
    false,
  ),
  route('PATCH', '/webhooks/:applicationId/:token/messages/:messageId', editWebhookMessage, false),
  route(
    'DELETE',
    '/webhooks/:applicationId/:token/messages/:messageId',
    (request, state) => {
      const found = webhookMessage(request, state);
      if (failed(found)) return found;
      state.deleteMessage(found.message);
      return noContent;
    },
    false,
  ),
  route('GET', '/channels/:channelId', (request, state) => {
    const channel = channelOf(state, request.params.channelId);
    return failed(channel) ? channel : ok(channel);
  }),
  route('GET', '/channels/:channelId/messages', listChannelMessages),
  route('POST', '/channels/:channelId/messages', createChannelMessage),
  route('GET', '/channels/:channelId/messages/:messageId', (request, state) => {
    const channel = channelOf(state, request.params.channelId);
    if (failed(channel)) return channel;
    const message = messageOf(state, channel.id, request.params.messageId);
    return failed(message) ? message : ok(message);
  }),
  route('PATCH', '/channels/:channelId/messages/:messageId', editChannelMessage),
  route('DELETE', '/channels/:channelId/messages/:messageId', (request, state) => {
    const channel = channelOf(state, request.params.channelId);
    if (failed(channel)) return channel;
    const message = messageOf(state, channel.id, request.params.messageId);
    if (failed(message)) return message;
    state.deleteMessage(message);
    return noContent;
  }),
  route('POST', '/channels/:channelId/typing', (request, state) => {
    const channel = channelOf(state, request.params.channelId);
    return failed(channel) ? channel : noContent;
  }),
  route('GET', '/guilds/:guildId', (request, state) => {
    const guild = guildOf(state, request.params.guildId);
    if (failed(guild)) return guild;
    const {
      members: _m,
      channels: _c,
      voice_states: _v,
      presences: _p,
      threads: _t,
      ...rest
    } = guildCreatePayload(guild);
    return ok(rest);
  }),
  route('GET', '/guilds/:guildId/channels', (request, state) => {
    const guild = guildOf(state, request.params.guildId);
    return failed(guild) ? guild : ok(guild.channels);
  }),
  route('GET', '/guilds/:guildId/roles', (request, state) => {
    const guild = guildOf(state, request.params.guildId);
    return failed(guild) ? guild : ok(guild.roles);
  }),
  route('GET', '/guilds/:guildId/members/:userId', (request, state) => {
    const guild = guildOf(state, request.params.guildId);
    if (failed(guild)) return guild;
    const member = state.member(guild, request.params.userId ?? '');
    return member ? ok(member) : discordError(404, 10007, 'Unknown Member');
  }),
  route('GET', '/guilds/:guildId/scheduled-events', (request, state) => {
    const guild = guildOf(state, request.params.guildId);
    return failed(guild) ? guild : ok(state.scheduledEvents.get(guild.id) ?? []);
  }),
  route('POST', '/guilds/:guildId/scheduled-events', createScheduledEvent),
  route('GET', '/guilds/:guildId/scheduled-events/:eventId', (request, state) => {
    const event = scheduledEventOf(request, state);
    return failed(event) ? event : ok(event);
  }),
  route('PATCH', '/guilds/:guildId/scheduled-events/:eventId', editScheduledEvent),
  route('DELETE', '/guilds/:guildId/scheduled-events/:eventId', deleteScheduledEvent),
];

/** The route for a method and path: a match, a known path with another method (405), or none. */
export function matchRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | 'method-not-allowed' | null {
  const segments = path.split('/').filter(Boolean);
  let pathKnown = false;
  for (const candidate of ROUTES) {
    const parts = candidate.template.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, index) => {
      const segment = decodeURIComponent(segments[index] ?? '');
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (!matches) continue;
    if (candidate.method === method) return { route: candidate, params };
    pathKnown = true;
  }
  return pathKnown ? 'method-not-allowed' : null;
}
