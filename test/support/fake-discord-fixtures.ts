import type { FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser } from './fake-discord-types.js';

/** Permission bits the fixtures use (Discord's values). */
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  ManageEvents: 1n << 33n,
  SendMessagesInThreads: 1n << 38n,
  CreateEvents: 1n << 44n,
} as const;

const ALL_PERMISSIONS = (1n << 51n) - 1n;

/** What a plain member may do in a default guild (the @everyone role). */
export const EVERYONE_PERMISSIONS =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.SendMessagesInThreads;

/** The bot's managed role: it may post reminders, pin and manage scheduled events. */
export const BOT_PERMISSIONS =
  EVERYONE_PERMISSIONS |
  Permission.ManageMessages |
  Permission.MentionEveryone |
  Permission.ManageEvents |
  Permission.CreateEvents;

/** A user of the fake: guild members and message authors are built from these. */
export interface FakeUserInput {
  id?: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

/** A guild role; `permissions` is a bit set (Discord's values, see {@link Permission}). */
export interface FakeRoleInput {
  id?: string;
  name: string;
  permissions?: bigint;
  color?: number;
}

/** A guild channel; `type` is Discord's channel type (0 text, 2 voice, 4 category, 5 announcement). */
export interface FakeChannelInput {
  id?: string;
  name: string;
  type?: number;
  topic?: string;
  /** Name or id of a category declared earlier in the list. */
  parent?: string;
}

/** A guild member; `roles` holds role names or ids. */
export interface FakeMemberInput {
  user: FakeUserInput;
  roles?: string[];
  nick?: string;
}

/** A guild of the fake. Missing parts get French-speaking defaults. */
export interface FakeGuildInput {
  id?: string;
  name?: string;
  locale?: string;
  channels?: FakeChannelInput[];
  roles?: FakeRoleInput[];
  members?: FakeMemberInput[];
  /** Permissions of @everyone. */
  everyonePermissions?: bigint;
  /** Permissions of the bot's managed role. */
  botPermissions?: bigint;
}

const DEFAULT_CHANNELS: FakeChannelInput[] = [
  { name: 'PTCE', type: 4 },
  { name: 'général', parent: 'PTCE', topic: 'Discussions ouvertes à tous les membres' },
  { name: 'rappels', parent: 'PTCE', topic: 'Rappels des réunions' },
  { name: 'bureau', parent: 'PTCE', topic: 'Réservé au bureau' },
];

const DEFAULT_ROLES: FakeRoleInput[] = [
  {
    name: 'Bureau',
    color: 0x1f8b4c,
    permissions:
      Permission.ManageGuild |
      Permission.ManageChannels |
      Permission.ManageEvents |
      Permission.ManageMessages,
  },
  { name: 'Membre', color: 0x3498db },
];

const DEFAULT_MEMBERS: FakeMemberInput[] = [
  { user: { username: 'alice', globalName: 'Alice Martin' }, roles: ['Bureau', 'Membre'] },
  { user: { username: 'bob', globalName: 'Bob Durand' }, roles: ['Membre'] },
];

const JOINED_AT = '2024-01-15T09:00:00.000Z';

/** A user object as the API sends it. */
export function userObject(input: FakeUserInput, nextId: () => string): FakeUser {
  return {
    id: input.id ?? nextId(),
    username: input.username,
    global_name: input.globalName ?? null,
    discriminator: '0',
    avatar: null,
    bot: input.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
  };
}

function roleObject(
  id: string,
  name: string,
  position: number,
  permissions: bigint,
  color = 0,
  managed = false,
): FakeRole {
  return {
    id,
    name,
    color,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed,
    mentionable: false,
    flags: 0,
  };
}

function memberObject(user: FakeUser, roles: string[], nick: string | null = null): FakeMember {
  return {
    user,
    nick,
    avatar: null,
    roles,
    joined_at: JOINED_AT,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/**
 * A guild with its roles, channels and members, the bot included as a member with its managed
 * role (discord.js needs `guild.members.me` for permission checks).
 */
export function guildObject(input: FakeGuildInput, bot: FakeUser, nextId: () => string): FakeGuild {
  const id = input.id ?? nextId();
  const roles: FakeRole[] = [
    roleObject(id, '@everyone', 0, input.everyonePermissions ?? EVERYONE_PERMISSIONS),
  ];
  for (const [index, role] of (input.roles ?? DEFAULT_ROLES).entries()) {
    roles.push(roleObject(role.id ?? nextId(), role.name, index + 1, role.permissions ?? 0n, role.color));
  }
  const botRole = roleObject(
    nextId(),
    bot.username,
    roles.length,
    input.botPermissions ?? BOT_PERMISSIONS,
    0,
    true,
  );
  roles.push(botRole);

  const channels: FakeChannel[] = [];
  for (const [position, channel] of (input.channels ?? DEFAULT_CHANNELS).entries()) {
    const parent = channel.parent
      ? channels.find((c) => c.id === channel.parent || c.name === channel.parent)
      : undefined;
    if (channel.parent && !parent)
      throw new Error(`FakeDiscord: unknown parent category "${channel.parent}"`);
    channels.push({
      id: channel.id ?? nextId(),
      type: channel.type ?? 0,
      name: channel.name,
      guild_id: id,
      position,
      parent_id: parent?.id ?? null,
      topic: channel.topic ?? null,
      nsfw: false,
      rate_limit_per_user: 0,
      permission_overwrites: [],
      last_message_id: null,
      flags: 0,
    });
  }

  const roleId = (nameOrId: string): string => {
    const role = roles.find((r) => r.id === nameOrId || r.name === nameOrId);
    if (!role) throw new Error(`FakeDiscord: unknown role "${nameOrId}" in guild ${id}`);
    return role.id;
  };
  const members = (input.members ?? DEFAULT_MEMBERS).map((member) =>
    memberObject(userObject(member.user, nextId), (member.roles ?? []).map(roleId), member.nick ?? null),
  );
  members.push(memberObject(bot, [botRole.id]));

  return {
    id,
    name: input.name ?? 'PTCE de test',
    owner_id: members[0]?.user.id ?? bot.id,
    preferred_locale: input.locale ?? 'fr',
    roles,
    channels,
    members,
  };
}

/** Total permissions of a member: @everyone plus its roles, everything for administrators. */
export function memberPermissions(guild: FakeGuild, roleIds: readonly string[]): bigint {
  let bits = 0n;
  for (const role of guild.roles) {
    if (role.id === guild.id || roleIds.includes(role.id)) bits |= BigInt(role.permissions);
  }
  return (bits & Permission.Administrator) !== 0n ? ALL_PERMISSIONS : bits;
}

/** The GUILD_CREATE payload for a guild: without `channels` discord.js marks it unavailable. */
export function guildCreatePayload(guild: FakeGuild, joinedAt = JOINED_AT): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.owner_id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channels.find((c) => c.type === 0)?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: guild.preferred_locale,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members: guild.members,
    channels: guild.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
