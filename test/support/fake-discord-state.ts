import { randomBytes } from 'node:crypto';
import {
  type FakeGuildInput,
  type FakeUserInput,
  guildObject,
  memberPermissions,
  userObject,
} from './fake-discord-fixtures.js';
import { snowflakeAt, snowflakeSource } from './fake-discord-snowflake.js';
import type {
  FakeChannel,
  FakeCommand,
  FakeGuild,
  FakeMember,
  FakeMessage,
  FakeScheduledEvent,
  FakeUser,
  InteractionReply,
  JsonObject,
} from './fake-discord-types.js';

/** Fixture ids are stamped on a fixed date so that they are the same on every run. */
const FIXTURE_EPOCH = Date.UTC(2024, 0, 15, 9, 0, 0);

/** Message flags the fake sets itself. */
export const MessageFlag = { Ephemeral: 1 << 6, Loading: 1 << 7 } as const;

/** What the fake knows about an interaction it dispatched. */
export interface InteractionState {
  id: string;
  token: string;
  applicationId: string;
  type: number;
  name: string;
  channelId: string;
  guildId: string | null;
  userId: string;
  createdAt: number;
  acknowledged: boolean;
  callbackType: number | null;
  originalMessageId: string | null;
  /** For a component interaction (type 3): the message whose button or select was used. */
  componentMessageId?: string;
  settled: boolean;
  resolve: (reply: InteractionReply) => void;
}

/** Settings the world is built from; see `FakeDiscordOptions`. */
export interface WorldOptions {
  /** The bot user (default `ptce-bot`, display name `PTCE`). */
  bot?: FakeUserInput;
  /** Defaults to the bot's id, as for applications created since 2016. */
  applicationId?: string;
  /** Defaults to one French guild with channels général, rappels, bureau, roles Bureau, Membre. */
  guilds?: FakeGuildInput[];
  /** The fake's clock (ids, timestamps, interaction deadline, events in the past); `Date.now` by default. */
  now?: () => number;
  /** Dispatch MESSAGE_CREATE for the bot's own messages too, as Discord does (default true). */
  echoBotMessages?: boolean;
  /** Open scheduled events per guild before error 30038 (Discord: 100). */
  scheduledEventLimit?: number;
  /** Callbacks later than this get 10062 Unknown interaction (Discord: 3000 ms; 0 disables). */
  interactionDeadlineMs?: number;
}

/** A file sent in a multipart body. */
export interface UploadedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
  /** The file's content, as the bot sent it. */
  bytes: Buffer;
}

/**
 * The emulated Discord data: users, guilds, channels, messages, commands, scheduled events and
 * pending interactions. REST handlers and test helpers both go through it.
 */
export class FakeDiscordState {
  readonly now: () => number;
  readonly nextId: () => string;
  readonly bot: FakeUser;
  readonly applicationId: string;
  readonly guilds: FakeGuild[];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly deletedChannels = new Set<string>();
  readonly messages = new Map<string, FakeMessage>();
  readonly channelMessages = new Map<string, string[]>();
  readonly nonces = new Map<string, string>();
  readonly commands = new Map<string, FakeCommand[]>();
  readonly scheduledEvents = new Map<string, FakeScheduledEvent[]>();
  readonly interactions = new Map<string, InteractionState>();
  /** Files members attached to interactions (attachment options), by id: Discord's resolved object and the bytes. */
  readonly uploads = new Map<string, { readonly attachment: JsonObject; readonly bytes: Buffer }>();
  readonly echoBotMessages: boolean;
  readonly scheduledEventLimit: number;
  readonly interactionDeadlineMs: number;
  /** Sends a dispatch to the connected clients; wired to the gateway by FakeDiscord. */
  dispatch: (t: string, d: unknown) => void = () => {};

  constructor(options: WorldOptions) {
    this.now = options.now ?? Date.now;
    this.nextId = snowflakeSource(this.now);
    let fixtureIncrement = 0;
    const fixtureId = () => snowflakeAt(FIXTURE_EPOCH, fixtureIncrement++);
    this.bot = userObject({ username: 'ptce-bot', globalName: 'PTCE', ...options.bot, bot: true }, fixtureId);
    this.applicationId = options.applicationId ?? this.bot.id;
    this.guilds = (options.guilds ?? [{}]).map((guild) => guildObject(guild, this.bot, fixtureId));
    this.users.set(this.bot.id, this.bot);
    for (const guild of this.guilds) {
      for (const member of guild.members) this.users.set(member.user.id, member.user);
      for (const channel of guild.channels) this.channels.set(channel.id, channel);
      this.scheduledEvents.set(guild.id, []);
    }
    this.echoBotMessages = options.echoBotMessages ?? true;
    this.scheduledEventLimit = options.scheduledEventLimit ?? 100;
    this.interactionDeadlineMs = options.interactionDeadlineMs ?? 3000;
  }

  guild(id: string): FakeGuild | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  member(guild: FakeGuild, userId: string): FakeMember | undefined {
    return guild.members.find((member) => member.user.id === userId);
  }

  /** The member object without `user`, as messages and mentions carry it. */
  partialMember(guildId: string | undefined, userId: string): Omit<FakeMember, 'user'> | undefined {
    const guild = guildId ? this.guild(guildId) : undefined;
    const member = guild ? this.member(guild, userId) : undefined;
    if (!member) return undefined;
    const { user: _user, ...rest } = member;
    return rest;
  }

  /** Total permissions of a user in a guild, as a decimal string. */
  permissionsOf(guildId: string, userId: string): string {
    const guild = this.guild(guildId);
    const member = guild ? this.member(guild, userId) : undefined;
    if (!guild || !member) return '0';
    return memberPermissions(guild, member.roles).toString();
  }

  /** The DM channel between the bot and a user, created on first use like Discord does. */
  dmChannel(userId: string): FakeChannel {
    for (const channel of this.channels.values()) {
      if (channel.type === 1 && channel.recipients?.[0]?.id === userId) return channel;
    }
    const user = this.users.get(userId);
    if (!user) throw new Error(`FakeDiscord: unknown user ${userId}`);
    const channel: FakeChannel = {
      id: this.nextId(),
      type: 1,
      recipients: [user],
      last_message_id: null,
      flags: 0,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  messagesIn(channelId: string): FakeMessage[] {
    return (this.channelMessages.get(channelId) ?? []).flatMap((id) => {
      const message = this.messages.get(id);
      return message ? [message] : [];
    });
  }

  /** A token like Discord's interaction tokens: long, opaque and safe in a URL path. */
  interactionToken(id: string): string {
    return Buffer.from(`interaction:${id}:${randomBytes(48).toString('hex')}`).toString('base64url');
  }

  /**
   * Stores a message and dispatches MESSAGE_CREATE unless it is ephemeral (Discord echoes the
   * bot's own messages, so a bot must ignore them itself).
   */
  addMessage(fields: {
    channel: FakeChannel;
    author: FakeUser;
    body: JsonObject;
    files?: UploadedFile[];
    extra?: Partial<FakeMessage>;
  }): FakeMessage {
    const { channel, author, body, files = [], extra } = fields;
    const id = this.nextId();
    const content = typeof body.content === 'string' ? body.content : '';
    const message: FakeMessage = {
      id,
      channel_id: channel.id,
      ...(channel.guild_id ? { guild_id: channel.guild_id } : {}),
      author,
      ...(channel.guild_id ? { member: this.partialMember(channel.guild_id, author.id) } : {}),
      content,
      timestamp: new Date(this.now()).toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: /@(everyone|here)\b/.test(content),
      mentions: this.mentionedUsers(content, channel.guild_id),
      mention_roles: [...content.matchAll(/<@&(\d{17,20})>/g)].map((match) => match[1] ?? ''),
      attachments: files.map((file) => this.attachment(channel.id, file)),
      embeds: Array.isArray(body.embeds) ? (body.embeds as JsonObject[]) : [],
      components: Array.isArray(body.components) ? (body.components as JsonObject[]) : [],
      pinned: false,
      type: 0,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      ...(body.nonce !== undefined ? { nonce: body.nonce as string | number } : {}),
      ...extra,
    };
    this.messages.set(id, message);
    const list = this.channelMessages.get(channel.id) ?? [];
    list.push(id);
    this.channelMessages.set(channel.id, list);
    channel.last_message_id = id;
    const ephemeral = (message.flags & MessageFlag.Ephemeral) !== 0;
    if (!ephemeral && (author.id !== this.bot.id || this.echoBotMessages)) {
      // The gateway adds `channel_type`: discord.js needs it to build an uncached DM channel.
      this.dispatch('MESSAGE_CREATE', { ...message, channel_type: channel.type });
    }
    return message;
  }

  /** Applies an edit body to a stored message and dispatches MESSAGE_UPDATE. */
  editMessage(message: FakeMessage, body: JsonObject, files: UploadedFile[] = []): FakeMessage {
    if (typeof body.content === 'string') {
      message.content = body.content;
      message.mentions = this.mentionedUsers(body.content, message.guild_id);
    }
    if (Array.isArray(body.embeds)) message.embeds = body.embeds as JsonObject[];
    if (Array.isArray(body.components)) message.components = body.components as JsonObject[];
    if (files.length > 0)
      message.attachments = files.map((file) => this.attachment(message.channel_id, file));
    if (typeof body.flags === 'number') message.flags = body.flags;
    message.flags &= ~MessageFlag.Loading;
    message.edited_timestamp = new Date(this.now()).toISOString();
    if ((message.flags & MessageFlag.Ephemeral) === 0) this.dispatch('MESSAGE_UPDATE', message);
    return message;
  }

  deleteMessage(message: FakeMessage): void {
    this.messages.delete(message.id);
    const list = this.channelMessages.get(message.channel_id) ?? [];
    this.channelMessages.set(
      message.channel_id,
      list.filter((id) => id !== message.id),
    );
    this.dispatch('MESSAGE_DELETE', {
      id: message.id,
      channel_id: message.channel_id,
      ...(message.guild_id ? { guild_id: message.guild_id } : {}),
    });
  }

  private mentionedUsers(content: string, guildId: string | undefined): FakeMessage['mentions'] {
    const ids = new Set([...content.matchAll(/<@!?(\d{17,20})>/g)].map((match) => match[1] ?? ''));
    return [...ids].flatMap((id) => {
      const user = this.users.get(id);
      if (!user) return [];
      const member = this.partialMember(guildId, id);
      return [member ? { ...user, member } : user];
    });
  }

  private attachment(channelId: string, file: UploadedFile): JsonObject {
    const id = this.nextId();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
    return {
      id,
      filename: file.name,
      size: file.size,
      url,
      proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
      content_type: file.contentType,
    };
  }

  /** Scheduled or active events count against Discord's cap; completed and canceled ones do not. */
  openScheduledEventCount(guildId: string): number {
    return (this.scheduledEvents.get(guildId) ?? []).filter(
      (event) => event.status === 1 || event.status === 2,
    ).length;
  }
}
