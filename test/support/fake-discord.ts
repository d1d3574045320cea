import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FakeGateway } from './fake-discord-gateway.js';
import { buildInteraction, type SendInteractionInput } from './fake-discord-interaction.js';
import { matchRoute } from './fake-discord-routes.js';
import { FakeDiscordState, type UploadedFile, type WorldOptions } from './fake-discord-state.js';
import type {
  FakeChannel,
  FakeCommand,
  FakeGuild,
  FakeMessage,
  FakeRole,
  FakeScheduledEvent,
  FakeUser,
  InteractionReply,
  JsonObject,
  RecordedRequest,
  RequestFilter,
} from './fake-discord-types.js';
import { DiscordErrorAnswer } from './fake-discord-validation.js';

export type {
  FakeChannelInput,
  FakeGuildInput,
  FakeMemberInput,
  FakeRoleInput,
  FakeUserInput,
} from './fake-discord-fixtures.js';
export { Permission } from './fake-discord-fixtures.js';
export { Intent } from './fake-discord-gateway.js';
export type {
  InteractionOptionValue,
  RawInteractionOption,
  SendInteractionInput,
} from './fake-discord-interaction.js';
export { DISCORD_EPOCH, snowflakeAt, snowflakeSource, snowflakeTimestamp } from './fake-discord-snowflake.js';
export { MessageFlag } from './fake-discord-state.js';
export type * from './fake-discord-types.js';

/** Settings of a fake Discord; every one has a default. */
export interface FakeDiscordOptions extends WorldOptions {
  /** When set, REST calls and IDENTIFY must carry this token (401 / close 4004 otherwise). */
  token?: string;
  /** HELLO's heartbeat interval; small so that heartbeats and their ACKs happen in tests. */
  heartbeatIntervalMs?: number;
  /** Privileged intents the application may use (all by default); others close with 4014. */
  allowedPrivilegedIntents?: number;
  /** How long `waitFor…` helpers and interaction `response` promises wait before rejecting. */
  waitTimeoutMs?: number;
  /** The shard count `GET /gateway/bot` advises (default 1). */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency` of `GET /gateway/bot`: shards that may identify together (default 1). */
  maxConcurrency?: number;
}

/** Which requests a fault applies to; `times` defaults to 1. */
export interface FaultMatch {
  method?: string;
  /** Substring of the URL path, e.g. `/callback` or `/channels/1234/messages`. */
  pathIncludes?: string;
  times?: number;
}

/** An error to answer instead of the emulated API. */
export interface FailRule extends FaultMatch {
  status: number;
  /** Seconds, for 429 (default 0.1): JSON `retry_after` and the `Retry-After` header. */
  retryAfter?: number;
  /** A global rate limit (429 only). */
  global?: boolean;
  /** Discord JSON error code (defaults: 50013 for 403, 0 otherwise). */
  code?: number;
  message?: string;
}

/** A slow answer: the request waits `ms` before being handled. */
export interface DelayRule extends FaultMatch {
  ms: number;
}

/** A message injected as if a member had posted it. */
export interface SendMessageInput {
  content: string;
  /** Defaults to the first text channel of the first guild. */
  channelId?: string;
  /** Defaults to the first member who is not the bot. */
  authorId?: string;
  /** Prefixes `<@bot>` (unless present) and fills `mentions`. */
  mentionsBot?: boolean;
  /** Sends it in the author's DM channel with the bot (no `guild_id`). */
  dm?: boolean;
}

/** What `FakeDiscord.sendComponent` needs: a click on a button or a pick in a select. */
export interface SendComponentInput {
  /** The message that carries the component. */
  messageId: string;
  customId: string;
  /** 2 button (default), 3 string select, 5 user select. */
  componentType?: 2 | 3 | 5;
  /** The picked values (user ids for a user select). */
  values?: string[];
  /** Defaults to the first member of the guild who is not the bot. */
  userId?: string;
}

/** An interaction the fake dispatched. */
export interface SentInteraction {
  id: string;
  token: string;
  payload: JsonObject;
  /** Resolves with the client's answer; after a deferral, with the edit or follow-up. */
  response: Promise<InteractionReply>;
}

const DEFAULT_FAIL_MESSAGES: Record<number, string> = {
  400: '400: Bad Request',
  401: '401: Unauthorized',
  403: 'Missing Permissions',
  404: '404: Not Found',
  429: 'You are being rate limited.',
  500: '500: Internal Server Error',
  502: '502: Bad Gateway',
  503: '503: Service Unavailable',
};

function faultApplies(rule: FaultMatch & { remaining: number }, method: string, path: string): boolean {
  return (
    rule.remaining > 0 &&
    (!rule.method || rule.method.toUpperCase() === method) &&
    (!rule.pathIncludes || path.includes(rule.pathIncludes))
  );
}

function requestMatches(request: RecordedRequest, filter: RequestFilter): boolean {
  if (filter.method && filter.method.toUpperCase() !== request.method) return false;
  if (filter.template && filter.template !== request.template) return false;
  if (filter.pathIncludes && !request.path.includes(filter.pathIncludes)) return false;
  if (filter.status !== undefined && filter.status !== request.status) return false;
  if (typeof filter.route === 'string' && filter.route !== request.route) return false;
  if (filter.route instanceof RegExp && !filter.route.test(request.route)) return false;
  return true;
}

async function parseBody(
  contentType: string | undefined,
  raw: Buffer,
): Promise<{ body: unknown; files: UploadedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), {
      headers: { 'content-type': contentType },
    }).formData();
    const files: UploadedFile[] = [];
    let body: unknown;
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({
          field,
          name: value.name,
          size: value.size,
          contentType: value.type,
          bytes: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * A local Discord for end-to-end tests of a real discord.js client: REST API v10 (node:http)
 * and gateway (ws) on one ephemeral port of 127.0.0.1, with recording and fault injection.
 *
 * ```ts
 * const fake = await FakeDiscord.start();
 * const client = new Client({ intents, rest: { api: fake.apiUrl } });
 * await client.login('any-token');
 * ```
 */
export class FakeDiscord extends EventEmitter {
  /** The emulated data; tests normally use the helpers below. */
  readonly state: FakeDiscordState;
  private readonly server: Server;
  private readonly gateway: FakeGateway;
  private readonly records: RecordedRequest[] = [];
  private readonly failRules: Array<FailRule & { remaining: number }> = [];
  private readonly delayRules: Array<DelayRule & { remaining: number }> = [];
  private readonly changes = new EventEmitter();
  private readonly cleanups = new Set<() => void>();
  private readonly commandIds = new Map<string, string>();
  private readonly waitTimeoutMs: number;
  private readonly token: string | undefined;
  private readonly gatewayAdvice: { shards: number; maxConcurrency: number };
  private stopped = false;

  private constructor(options: FakeDiscordOptions) {
    super();
    this.state = new FakeDiscordState(options);
    this.token = options.token;
    this.waitTimeoutMs = options.waitTimeoutMs ?? 5000;
    this.gatewayAdvice = {
      shards: options.recommendedShards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
    };
    this.changes.setMaxListeners(0);
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => response.destroy());
    });
    this.gateway = new FakeGateway(
      this.server,
      this.state,
      {
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
        token: options.token,
        allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? ~0,
      },
      () => this.gatewayUrl,
    );
    this.state.dispatch = (t, d) => this.gateway.dispatch(t, d);
    for (const event of ['identify', 'resume'] as const) {
      this.gateway.on(event, (payload: JsonObject) => {
        this.emit(event, payload);
        this.changes.emit('change');
      });
    }
  }

  /** Starts REST and gateway on an ephemeral port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    return fake;
  }

  /** Stops everything at once: sockets are terminated, pending waits and delays are dropped. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const cleanup of [...this.cleanups]) cleanup();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What to pass as `new Client({ rest: { api } })`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The gateway URL `/gateway/bot` announces (no query string: the client adds it). */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get bot(): FakeUser {
    return this.state.bot;
  }

  get applicationId(): string {
    return this.state.applicationId;
  }

  /** The first guild. */
  get guild(): FakeGuild {
    const guild = this.state.guilds[0];
    if (!guild) throw new Error('FakeDiscord: no guild configured');
    return guild;
  }

  get guilds(): readonly FakeGuild[] {
    return this.state.guilds;
  }

  /** A new snowflake stamped with the fake's clock. */
  snowflake(): string {
    return this.state.nextId();
  }

  /** A channel by id, or by name in a guild (the first one by default). */
  channel(nameOrId: string, guildId?: string): FakeChannel {
    const byId = this.state.channels.get(nameOrId);
    if (byId) return byId;
    const guild = guildId ? this.state.guild(guildId) : this.guild;
    const byName = guild?.channels.find((channel) => channel.name === nameOrId);
    if (!byName) throw new Error(`FakeDiscord: unknown channel "${nameOrId}"`);
    return byName;
  }

  /** A user by id or username. */
  user(usernameOrId: string): FakeUser {
    const user =
      this.state.users.get(usernameOrId) ??
      [...this.state.users.values()].find((candidate) => candidate.username === usernameOrId);
    if (!user) throw new Error(`FakeDiscord: unknown user "${usernameOrId}"`);
    return user;
  }

  /** A role by id or name in a guild (the first one by default). */
  role(nameOrId: string, guildId?: string): FakeRole {
    const guild = guildId ? this.state.guild(guildId) : this.guild;
    const role = guild?.roles.find((candidate) => candidate.id === nameOrId || candidate.name === nameOrId);
    if (!role) throw new Error(`FakeDiscord: unknown role "${nameOrId}"`);
    return role;
  }

  /** The DM channel between the bot and a user (created on first use). */
  dmChannel(userId: string): FakeChannel {
    return this.state.dmChannel(userId);
  }

  // ---- Gateway ------------------------------------------------------------------------------

  get identifyCount(): number {
    return this.gateway.identifyCount;
  }

  get resumeCount(): number {
    return this.gateway.resumeCount;
  }

  get heartbeatCount(): number {
    return this.gateway.heartbeatCount;
  }

  /** Gateway sockets currently open. */
  get connectionCount(): number {
    return this.gateway.connectionCount;
  }

  /** The `d` of every IDENTIFY received (token, intents, properties, shard …). */
  get identifies(): readonly JsonObject[] {
    return this.gateway.identifyPayloads;
  }

  /** Resolves once `count` IDENTIFYs in total have been answered (at once if already). */
  waitForIdentify(count = 1): Promise<number> {
    return this.waitUntil(
      () => (this.gateway.identifyCount >= count ? this.gateway.identifyCount : undefined),
      `IDENTIFY #${count}`,
    );
  }

  /** Resolves once `count` RESUMEs in total have been answered (at once if already). */
  waitForResume(count = 1): Promise<number> {
    return this.waitUntil(
      () => (this.gateway.resumeCount >= count ? this.gateway.resumeCount : undefined),
      `RESUME #${count}`,
    );
  }

  /** Resolves with the first recorded request matching the filter, past or future. */
  waitForRequest(filter: RequestFilter | ((request: RecordedRequest) => boolean)): Promise<RecordedRequest> {
    return this.waitUntil(() => this.requests(filter)[0], `a request matching ${describeFilter(filter)}`);
  }

  /**
   * Resolves with the next request matching the filter: only requests that reach the fake after
   * this call, unlike `waitForRequest`. Its `receivedAt` tells when it arrived, for latencies.
   */
  nextRequest(filter: RequestFilter | ((request: RecordedRequest) => boolean)): Promise<RecordedRequest> {
    const test =
      typeof filter === 'function' ? filter : (request: RecordedRequest) => requestMatches(request, filter);
    return new Promise<RecordedRequest>((resolve, reject) => {
      const onRequest = (request: RecordedRequest) => {
        if (!test(request)) return;
        cleanup();
        resolve(request);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `FakeDiscord: no request matching ${describeFilter(filter)} within ${this.waitTimeoutMs} ms`,
          ),
        );
      }, this.waitTimeoutMs);
      timer.unref();
      const cleanup = () => {
        clearTimeout(timer);
        this.off('request', onRequest);
        this.cleanups.delete(cleanup);
      };
      this.on('request', onRequest);
      this.cleanups.add(cleanup);
    });
  }

  /**
   * Sends a dispatch to every session (kept for replay while a session is disconnected).
   * Dispatches are filtered by the intents the client identified with, like Discord does.
   */
  dispatch(t: string, d: unknown): number {
    this.requireSession(t);
    return this.gateway.dispatch(t, d);
  }

  /** Closes the gateway socket abnormally (code 1006, or `code`) so that the client resumes. */
  dropGatewayConnection(options: { code?: number } = {}): number {
    return this.gateway.drop(options.code);
  }

  /** Sends op 7 RECONNECT: the client reconnects and resumes. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Sends op 9 INVALID_SESSION; not resumable means the client identifies again. */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSessions(resumable);
  }

  /** Dispatches an INTERACTION_CREATE (slash command or autocomplete) like Discord builds it. */
  /**
   * A file a member attaches to a command (an attachment option, type 11). Like Discord, the
   * interaction carries its resolved object with a `url`; the fake serves the bytes there, from
   * 127.0.0.1. Pass the returned id as the option's value.
   */
  addUpload(filename: string, content: string | Buffer, contentType = 'application/x-yaml'): string {
    const id = this.state.nextId();
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const url = `http://127.0.0.1:${this.port}/uploads/${id}/${encodeURIComponent(filename)}`;
    this.state.uploads.set(id, {
      attachment: { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType },
      bytes,
    });
    return id;
  }

  /** How many times the bot downloaded an upload. */
  uploadDownloads(): number {
    return this.uploadHits;
  }

  sendInteraction(input: SendInteractionInput): SentInteraction {
    this.requireSession('INTERACTION_CREATE');
    const built = buildInteraction(this.state, input, this.commandId(input.name, input.guildId));
    return this.track(built, input.type ?? 2, input.name);
  }

  /** Registers a dispatched interaction, so that its callback and follow-ups are answered. */
  private track(
    built: ReturnType<typeof buildInteraction>,
    type: number,
    name: string,
    componentMessageId?: string,
  ): SentInteraction {
    let resolveReply: (reply: InteractionReply) => void = () => {};
    let timer: NodeJS.Timeout | undefined;
    const cleanup = () => {
      clearTimeout(timer);
      this.cleanups.delete(cleanup);
    };
    const response = new Promise<InteractionReply>((resolve, reject) => {
      resolveReply = resolve;
      timer = setTimeout(() => {
        cleanup();
        reject(new Error(`FakeDiscord: no answer to interaction "${name}" within ${this.waitTimeoutMs} ms`));
      }, this.waitTimeoutMs);
      timer.unref();
    });
    // A test that ignores the answer must not get an unhandled rejection.
    response.catch(() => {});
    this.cleanups.add(cleanup);
    this.state.interactions.set(built.id, {
      id: built.id,
      token: built.token,
      applicationId: this.state.applicationId,
      type,
      name,
      ...(componentMessageId ? { componentMessageId } : {}),
      channelId: built.channelId,
      guildId: built.guildId,
      userId: built.userId,
      createdAt: this.state.now(),
      acknowledged: false,
      callbackType: null,
      originalMessageId: null,
      settled: false,
      resolve: (reply) => {
        cleanup();
        resolveReply(reply);
      },
    });
    this.gateway.dispatch('INTERACTION_CREATE', built.payload);
    return { id: built.id, token: built.token, payload: built.payload, response };
  }

  /**
   * Dispatches a component INTERACTION_CREATE (type 3) like Discord builds it: the click of a
   * button, or a pick in a select, on a message the bot sent. A user select carries the picked
   * users in `data.resolved`.
   */
  sendComponent(input: SendComponentInput): SentInteraction {
    this.requireSession('INTERACTION_CREATE');
    const message = this.state.messages.get(input.messageId);
    if (!message) throw new Error(`FakeDiscord: unknown message ${input.messageId}`);
    const channel = this.state.channels.get(message.channel_id);
    const guildId = channel && 'guild_id' in channel ? (channel.guild_id as string) : null;
    const built = buildInteraction(
      this.state,
      {
        name: input.customId,
        channelId: message.channel_id,
        guildId,
        ...(input.userId ? { userId: input.userId } : {}),
      },
      '0',
    );
    const componentType = input.componentType ?? 2;
    const data: JsonObject = { custom_id: input.customId, component_type: componentType };
    if (componentType !== 2) data.values = input.values ?? [];
    if (componentType === 5) {
      const guild = guildId ? this.state.guild(guildId) : undefined;
      const users: JsonObject = {};
      const members: JsonObject = {};
      for (const id of input.values ?? []) {
        const user = this.state.users.get(id);
        if (user) users[id] = user;
        const member = guild ? this.state.partialMember(guild.id, id) : undefined;
        if (member && guild) members[id] = { ...member, permissions: this.state.permissionsOf(guild.id, id) };
      }
      data.resolved = { users, ...(Object.keys(members).length > 0 ? { members } : {}) };
    }
    Object.assign(built.payload, { type: 3, data, message });
    return this.track(built, 3, input.customId, input.messageId);
  }

  /** Dispatches a MESSAGE_CREATE from a member, in a guild channel or in a DM. */
  sendMessage(input: SendMessageInput): FakeMessage {
    this.requireSession('MESSAGE_CREATE');
    const authorId = input.authorId ?? this.guild.members.find((member) => !member.user.bot)?.user.id ?? '';
    const author = this.user(authorId);
    const channel = input.dm
      ? this.state.dmChannel(author.id)
      : this.channel(input.channelId ?? this.firstTextChannel());
    const mention = `<@${this.bot.id}>`;
    const content =
      input.mentionsBot && !input.content.includes(mention) ? `${mention} ${input.content}` : input.content;
    return this.state.addMessage({ channel, author, body: { content } });
  }

  // ---- Data ---------------------------------------------------------------------------------

  /** Messages stored in a channel, oldest first: posts, interaction replies, injected messages. */
  messagesIn(channelId: string): FakeMessage[] {
    return this.state.messagesIn(channelId);
  }

  message(id: string): FakeMessage | undefined {
    return this.state.messages.get(id);
  }

  /** Commands registered for a guild, or global commands without `guildId`. */
  commands(guildId?: string): FakeCommand[] {
    return this.state.commands.get(guildId ?? 'global') ?? [];
  }

  scheduledEvents(guildId?: string): FakeScheduledEvent[] {
    return this.state.scheduledEvents.get(guildId ?? this.guild.id) ?? [];
  }

  /** Seeds a scheduled event (no validation, no dispatch), e.g. to reach the cap of 100. */
  addScheduledEvent(fields: Partial<FakeScheduledEvent> = {}, guildId?: string): FakeScheduledEvent {
    const guild = guildId ?? this.guild.id;
    const event: FakeScheduledEvent = {
      id: this.state.nextId(),
      guild_id: guild,
      channel_id: null,
      creator_id: this.bot.id,
      name: 'Événement',
      description: null,
      scheduled_start_time: new Date(this.state.now() + 86_400_000).toISOString(),
      scheduled_end_time: new Date(this.state.now() + 90_000_000).toISOString(),
      privacy_level: 2,
      status: 1,
      entity_type: 3,
      entity_id: null,
      entity_metadata: { location: 'En ligne' },
      ...fields,
    };
    this.state.scheduledEvents.get(guild)?.push(event);
    return event;
  }

  /**
   * Deletes a channel: later REST calls on it get 404 10003. With `notify`, the client also
   * receives CHANNEL_DELETE (without it, the client still believes the channel exists).
   */
  deleteChannel(id: string, options: { notify?: boolean } = {}): void {
    const channel = this.state.channels.get(id);
    if (!channel) throw new Error(`FakeDiscord: unknown channel ${id}`);
    this.state.channels.delete(id);
    this.state.deletedChannels.add(id);
    const guild = channel.guild_id ? this.state.guild(channel.guild_id) : undefined;
    if (guild) guild.channels.splice(guild.channels.indexOf(channel), 1);
    if (options.notify) this.gateway.dispatch('CHANNEL_DELETE', channel);
  }

  // ---- Recording and faults -------------------------------------------------------------------

  /** Recorded requests, oldest first, optionally filtered. */
  requests(filter: RequestFilter | ((request: RecordedRequest) => boolean) = {}): RecordedRequest[] {
    const test =
      typeof filter === 'function' ? filter : (request: RecordedRequest) => requestMatches(request, filter);
    return this.records.filter(test);
  }

  /** Requests no route matched: a test should usually expect none. */
  unhandledRequests(): RecordedRequest[] {
    return this.records.filter((request) => request.unhandled);
  }

  clearRecords(): void {
    this.records.length = 0;
  }

  /** Answers the next matching request(s) with an error instead of the emulated API. */
  failNext(rule: FailRule): void {
    this.failRules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /** Makes the next matching request(s) wait `ms` before being handled. */
  delayNext(rule: DelayRule): void {
    this.delayRules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  clearFaults(): void {
    this.failRules.length = 0;
    this.delayRules.length = 0;
  }

  // ---- Internals ------------------------------------------------------------------------------

  private requireSession(what: string): void {
    if (this.gateway.sessions.size === 0) {
      throw new Error(`FakeDiscord: cannot send ${what}, no client has identified yet`);
    }
  }

  private firstTextChannel(): string {
    const channel = this.guild.channels.find((candidate) => candidate.type === 0);
    if (!channel) throw new Error('FakeDiscord: the first guild has no text channel');
    return channel.id;
  }

  private commandId(name: string, guildId: string | null | undefined): string {
    const guild = guildId === undefined ? this.state.guilds[0]?.id : guildId;
    const registered = [...(guild ? (this.state.commands.get(guild) ?? []) : []), ...this.commands()].find(
      (command) => command.name === name,
    );
    if (registered) return registered.id;
    let id = this.commandIds.get(name);
    if (!id) {
      id = this.state.nextId();
      this.commandIds.set(name, id);
    }
    return id;
  }

  private waitUntil<T>(check: () => T | undefined, what: string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const onChange = () => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`FakeDiscord: ${what} did not happen within ${this.waitTimeoutMs} ms`));
      }, this.waitTimeoutMs);
      timer.unref();
      const cleanup = () => {
        clearTimeout(timer);
        this.changes.off('change', onChange);
        this.cleanups.delete(cleanup);
      };
      this.changes.on('change', onChange);
      this.cleanups.add(cleanup);
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.cleanups.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.cleanups.add(done);
    });
  }

  private uploadHits = 0;

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const upload = /^\/uploads\/(\d+)\//.exec(url.pathname);
    if (upload) {
      const file = this.state.uploads.get(upload[1]!);
      this.uploadHits++;
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': String(file.attachment.content_type),
        'Content-Length': String(file.bytes.length),
      });
      response.end(file.bytes);
      return;
    }
    const method = (request.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      route: url.pathname.replace(/^\/api\/v\d+/, ''),
      template: null,
      params: {},
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(request),
      body: undefined,
      files: [],
      status: 0,
      responseBody: undefined,
      injected: false,
      unhandled: false,
      at,
      receivedAt: performance.now(),
    };

    const delay = this.delayRules.find((rule) => faultApplies(rule, method, url.pathname));
    if (delay) {
      delay.remaining--;
      await this.sleep(delay.ms);
    }
    if (this.stopped) {
      response.destroy();
      return;
    }

    let answer: { status: number; body?: unknown; headers?: Record<string, string> };
    try {
      const parsed = await parseBody(request.headers['content-type'], Buffer.concat(chunks));
      record.body = parsed.body;
      record.files = parsed.files;
      answer = this.answer(record, method, url.pathname, parsed.files);
    } catch (error) {
      answer =
        error instanceof SyntaxError
          ? { status: 400, body: { message: 'The request body contains invalid JSON.', code: 50109 } }
          : { status: 500, body: { message: `FakeDiscord crashed: ${String(error)}`, code: 0 } };
    }

    record.status = answer.status;
    record.responseBody = answer.body;
    this.records.push(record);
    this.emit('request', record);
    this.changes.emit('change');
    const headers: Record<string, string> = { ...answer.headers };
    if (answer.body !== undefined) headers['Content-Type'] = 'application/json';
    response.writeHead(answer.status, headers);
    response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  private answer(
    record: RecordedRequest,
    method: string,
    path: string,
    files: UploadedFile[],
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const versioned = /^\/api\/v10(\/|$)/.test(path);
    const match = versioned ? matchRoute(method, record.route) : null;
    if (match && match !== 'method-not-allowed') {
      record.template = match.route.template;
      record.params = match.params;
    }

    const fail = this.failRules.find((rule) => faultApplies(rule, method, path));
    if (fail) {
      fail.remaining--;
      record.injected = true;
      return this.injectedFailure(fail, record.template ?? record.route);
    }
    if (match === 'method-not-allowed')
      return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
    if (!match) {
      record.unhandled = true;
      return {
        status: 404,
        body: { message: `FakeDiscord does not emulate ${method} ${path}`, code: 0 },
      };
    }
    if (match.route.auth && !this.authorized(record.headers.authorization)) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    const result = match.route.handle(
      {
        method,
        params: match.params,
        query: record.query,
        body: record.body,
        files,
        gatewayUrl: this.gatewayUrl,
        gatewayAdvice: this.gatewayAdvice,
      },
      this.state,
    );
    return result instanceof DiscordErrorAnswer ? { status: result.status, body: result.body } : result;
  }

  private authorized(header: string | undefined): boolean {
    if (!header?.startsWith('Bot ')) return false;
    return this.token === undefined || header === `Bot ${this.token}`;
  }

  private injectedFailure(
    rule: FailRule,
    bucket: string,
  ): { status: number; body: JsonObject; headers: Record<string, string> } {
    const message = rule.message ?? DEFAULT_FAIL_MESSAGES[rule.status] ?? `${rule.status}: Error`;
    if (rule.status !== 429) {
      const code = rule.code ?? (rule.status === 403 ? 50013 : 0);
      return { status: rule.status, body: { message, code }, headers: {} };
    }
    const retryAfter = rule.retryAfter ?? 0.1;
    const headers: Record<string, string> = {
      'Retry-After': String(retryAfter),
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': retryAfter.toFixed(3),
      'X-RateLimit-Bucket': Buffer.from(bucket).toString('hex').slice(0, 32),
      'X-RateLimit-Scope': rule.global ? 'global' : 'user',
    };
    if (rule.global) headers['X-RateLimit-Global'] = 'true';
    return {
      status: 429,
      body: {
        message,
        retry_after: retryAfter,
        global: rule.global ?? false,
        ...(rule.code ? { code: rule.code } : {}),
      },
      headers,
    };
  }
}

function describeFilter(filter: RequestFilter | ((request: RecordedRequest) => boolean)): string {
  return typeof filter === 'function'
    ? 'a predicate'
    : JSON.stringify(filter, (_, v) => (v instanceof RegExp ? String(v) : v));
}
