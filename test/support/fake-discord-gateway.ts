import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { guildCreatePayload } from './fake-discord-fixtures.js';
import type { FakeDiscordState } from './fake-discord-state.js';
import type { JsonObject } from './fake-discord-types.js';

/** Gateway intents the fake filters dispatches with (Discord's bit values). */
export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  GuildMessageReactions: 1 << 10,
  GuildMessageTyping: 1 << 11,
  DirectMessages: 1 << 12,
  DirectMessageReactions: 1 << 13,
  DirectMessageTyping: 1 << 14,
  MessageContent: 1 << 15,
  GuildScheduledEvents: 1 << 16,
} as const;

const PRIVILEGED_INTENTS = Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent;

/** A gateway session: it outlives its socket so that a client can resume it. */
interface GatewaySession {
  id: string;
  seq: number;
  intents: number;
  shard: [number, number];
  socket: WebSocket | null;
  /** Dispatches sent in this session, replayed on RESUME after the client's last sequence. */
  history: Array<{ op: 0; t: string; s: number; d: unknown }>;
}

/** Gateway settings; see `FakeDiscordOptions`. */
export interface GatewayOptions {
  heartbeatIntervalMs: number;
  token: string | undefined;
  allowedPrivilegedIntents: number;
}

const HISTORY_LIMIT = 1000;

/** Discord's sharding formula: the shard a guild's events go to. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The guild a dispatch belongs to; `null` for DMs and events of no guild (shard 0 gets them). */
function guildOf(t: string, d: JsonObject): string | null {
  if (typeof d.guild_id === 'string') return d.guild_id;
  if ((t === 'GUILD_CREATE' || t === 'GUILD_UPDATE' || t === 'GUILD_DELETE') && typeof d.id === 'string') {
    return d.id;
  }
  return null;
}

/** Whether a session identified with `shard: [id, count]` receives a guild's events. */
function receives(session: GatewaySession, guildId: string | null): boolean {
  const [id, count] = session.shard;
  if (count <= 1) return true;
  return guildId === null ? id === 0 : shardOfGuild(guildId, count) === id;
}

function intentFor(t: string, d: JsonObject): number | null {
  const inGuild = d.guild_id !== undefined && d.guild_id !== null;
  if (t.startsWith('MESSAGE_REACTION_')) {
    return inGuild ? Intent.GuildMessageReactions : Intent.DirectMessageReactions;
  }
  if (t.startsWith('MESSAGE_')) return inGuild ? Intent.GuildMessages : Intent.DirectMessages;
  if (t === 'TYPING_START') return inGuild ? Intent.GuildMessageTyping : Intent.DirectMessageTyping;
  if (t.startsWith('GUILD_SCHEDULED_EVENT_')) return Intent.GuildScheduledEvents;
  if (t.startsWith('GUILD_MEMBER_') && t !== 'GUILD_MEMBERS_CHUNK') return Intent.GuildMembers;
  if (t === 'PRESENCE_UPDATE') return Intent.GuildPresences;
  if (t.startsWith('CHANNEL_') || t.startsWith('THREAD_') || t.startsWith('GUILD_ROLE_'))
    return Intent.Guilds;
  if (t === 'GUILD_UPDATE' || t === 'GUILD_DELETE') return Intent.Guilds;
  return null;
}

/**
 * Without the MessageContent intent, Discord blanks guild messages unless they come from the bot
 * or mention it.
 */
function withoutContent(d: JsonObject, botId: string): JsonObject {
  const author = d.author as { id?: string } | undefined;
  const mentions = Array.isArray(d.mentions) ? (d.mentions as Array<{ id?: string }>) : [];
  if (!d.guild_id || author?.id === botId || mentions.some((user) => user.id === botId)) return d;
  return { ...d, content: '', embeds: [], attachments: [], components: [] };
}

/**
 * The emulated gateway: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME → replay +
 * RESUMED, sequence numbers and intent filtering. IDENTIFY's `shard: [id, count]` is honoured as
 * Discord does: a session gets only the guilds, and the events, of its shard, and DMs go to
 * shard 0. Emits `identify`, `resume` and `heartbeat`.
 */
export class FakeGateway extends EventEmitter {
  readonly sessions = new Map<string, GatewaySession>();
  readonly identifyPayloads: JsonObject[] = [];
  identifyCount = 0;
  resumeCount = 0;
  heartbeatCount = 0;
  private readonly server: WebSocketServer;

  constructor(
    httpServer: Server,
    private readonly state: FakeDiscordState,
    private readonly options: GatewayOptions,
    private readonly url: () => string,
  ) {
    super();
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  /** Sockets currently open. */
  get connectionCount(): number {
    return this.server.clients.size;
  }

  /**
   * Sends a dispatch to every session whose shard has its guild (DMs: shard 0); a session
   * without socket keeps it for its RESUME.
   */
  dispatch(t: string, d: unknown): number {
    const guildId = guildOf(t, (d ?? {}) as JsonObject);
    let reached = 0;
    for (const session of this.sessions.values()) {
      if (receives(session, guildId) && this.send(session, t, d)) reached++;
    }
    return reached;
  }

  /** Closes every socket without a close frame; discord.js sees code 1006 and resumes. */
  drop(code?: number): number {
    let dropped = 0;
    for (const session of this.sessions.values()) {
      const socket = session.socket;
      if (!socket) continue;
      session.socket = null;
      if (code === undefined) socket.terminate();
      else socket.close(code, 'FakeDiscord dropped the connection');
      dropped++;
    }
    return dropped;
  }

  /** Op 7: asks the clients to reconnect and resume. */
  requestReconnect(): void {
    for (const session of this.sessions.values()) session.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Op 9: invalidates the sessions; with `resumable: false` the clients identify again. */
  invalidateSessions(resumable: boolean): void {
    for (const session of [...this.sessions.values()]) {
      session.socket?.send(JSON.stringify({ op: 9, d: resumable }));
      if (!resumable) this.sessions.delete(session.id);
    }
  }

  close(): Promise<void> {
    for (const socket of this.server.clients) socket.terminate();
    this.sessions.clear();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private send(session: GatewaySession, t: string, d: unknown): boolean {
    const data = (d ?? {}) as JsonObject;
    const intent = intentFor(t, data);
    if (intent !== null && (session.intents & intent) === 0) return false;
    const filtered =
      (t === 'MESSAGE_CREATE' || t === 'MESSAGE_UPDATE') && (session.intents & Intent.MessageContent) === 0
        ? withoutContent(data, this.state.bot.id)
        : d;
    session.seq += 1;
    const payload = { op: 0 as const, t, s: session.seq, d: filtered };
    session.history.push(payload);
    if (session.history.length > HISTORY_LIMIT) session.history.shift();
    session.socket?.send(JSON.stringify(payload));
    return true;
  }

  private accept(socket: WebSocket): void {
    socket.send(
      JSON.stringify({
        op: 10,
        s: null,
        t: null,
        d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      }),
    );
    socket.on('message', (raw) => this.receive(socket, raw));
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = null;
    });
    socket.on('error', () => socket.terminate());
  }

  private receive(socket: WebSocket, raw: RawData): void {
    let packet: { op?: number; d?: unknown };
    try {
      packet = JSON.parse(raw.toString());
    } catch {
      socket.close(4002, 'Decode error');
      return;
    }
    const d = (packet.d ?? {}) as JsonObject;
    switch (packet.op) {
      case 1:
        this.heartbeatCount++;
        socket.send(JSON.stringify({ op: 11 }));
        this.emit('heartbeat');
        return;
      case 2:
        this.identify(socket, d);
        return;
      case 6:
        this.resume(socket, d);
        return;
      case 8:
        this.sendMemberChunk(socket, d);
        return;
      case 3:
      case 4:
        return;
      default:
        socket.close(4001, 'Unknown opcode');
    }
  }

  private tokenAccepted(token: unknown): boolean {
    return this.options.token === undefined || token === this.options.token;
  }

  private identify(socket: WebSocket, d: JsonObject): void {
    if (!this.tokenAccepted(d.token)) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const intents = Number(d.intents ?? 0);
    if ((intents & PRIVILEGED_INTENTS & ~this.options.allowedPrivilegedIntents) !== 0) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    const shard = (Array.isArray(d.shard) ? d.shard.map(Number) : [0, 1]) as [number, number];
    if (!(Number.isInteger(shard[0]) && Number.isInteger(shard[1]) && shard[0] >= 0 && shard[0] < shard[1])) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    const guilds = this.state.guilds.filter((guild) => shardOfGuild(guild.id, shard[1]) === shard[0]);
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      seq: 0,
      intents,
      shard,
      socket,
      history: [],
    };
    this.sessions.set(session.id, session);
    this.identifyCount++;
    this.identifyPayloads.push(d);
    this.send(session, 'READY', {
      v: 10,
      user_settings: {},
      user: { ...this.state.bot, verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.url(),
      shard,
      application: { id: this.state.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
    });
    // GUILD_CREATE right after READY spares the client discord.js's 15 s wait for guilds.
    for (const guild of guilds) {
      this.send(session, 'GUILD_CREATE', {
        ...guildCreatePayload(guild),
        guild_scheduled_events: this.state.scheduledEvents.get(guild.id) ?? [],
      });
    }
    this.emit('identify', d);
  }

  private resume(socket: WebSocket, d: JsonObject): void {
    const session = this.sessions.get(String(d.session_id));
    if (!session || !this.tokenAccepted(d.token)) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    const since = Number(d.seq ?? 0);
    for (const payload of session.history) {
      if (payload.s > since) socket.send(JSON.stringify(payload));
    }
    this.resumeCount++;
    this.send(session, 'RESUMED', null);
    this.emit('resume', d);
  }

  private sendMemberChunk(socket: WebSocket, d: JsonObject): void {
    const session = [...this.sessions.values()].find((s) => s.socket === socket);
    const guild = this.state.guild(String(d.guild_id));
    if (!session || !guild) return;
    const wanted = Array.isArray(d.user_ids) ? (d.user_ids as string[]) : null;
    const members = guild.members.filter((member) => !wanted || wanted.includes(member.user.id));
    this.send(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: wanted ? wanted.filter((id) => !members.some((m) => m.user.id === id)) : [],
      nonce: d.nonce,
    });
  }
}
