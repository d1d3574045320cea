import { memberPermissions } from './fake-discord-fixtures.js';
import type { FakeDiscordState } from './fake-discord-state.js';
import type { FakeChannel, FakeGuild, JsonObject } from './fake-discord-types.js';

/** A value typed in a slash command option. */
export type InteractionOptionValue = string | number | boolean;

/** An option exactly as Discord sends it (`type` 1 subcommand, 3 string, 4 integer, 6 user …). */
export interface RawInteractionOption {
  name: string;
  type: number;
  value?: InteractionOptionValue;
  options?: RawInteractionOption[];
  focused?: boolean;
}

/** What `FakeDiscord.sendInteraction` needs; everything but `name` has a default. */
export interface SendInteractionInput {
  /** Command name. */
  name: string;
  /** 2 application command (default), 4 autocomplete. */
  type?: 2 | 4;
  /** Values by option name (typed from the JS value), or raw Discord options. */
  options?: Record<string, InteractionOptionValue> | RawInteractionOption[];
  /** Wraps the options in `[{ type: 1, name: subcommand, options }]`. */
  subcommand?: string;
  /** Wraps the subcommand in `[{ type: 2, name: subcommandGroup, options: [...] }]`. */
  subcommandGroup?: string;
  /** Autocomplete: the option being typed (defaults to the last one). */
  focused?: string;
  /** Defaults to the first member of the guild who is not the bot. */
  userId?: string;
  /** Defaults to the guild's first text channel, or the user's DM channel. */
  channelId?: string;
  /** Defaults to the first guild; `null` sends the interaction from a DM. */
  guildId?: string | null;
  /** Role names or ids; defaults to the member's roles. */
  roles?: string[];
  /** Member permissions; defaults to what @everyone and the roles grant. */
  permissions?: bigint | string;
  /** The bot's permissions in the channel; defaults to its roles'. */
  appPermissions?: bigint | string;
  locale?: string;
}

/** A built INTERACTION_CREATE payload and the facts the fake keeps about it. */
export interface BuiltInteraction {
  payload: JsonObject;
  id: string;
  token: string;
  channelId: string;
  guildId: string | null;
  userId: string;
}

function optionType(value: InteractionOptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function leafOptions(input: SendInteractionInput): RawInteractionOption[] {
  const { options } = input;
  const leaves: RawInteractionOption[] = Array.isArray(options)
    ? options.map((option) => ({ ...option }))
    : Object.entries(options ?? {}).map(([name, value]) => ({ name, type: optionType(value), value }));
  if (input.type === 4) {
    const focused = input.focused ?? leaves.at(-1)?.name;
    for (const leaf of leaves) if (leaf.name === focused) leaf.focused = true;
  }
  return leaves;
}

function nestedOptions(input: SendInteractionInput): RawInteractionOption[] {
  let options = leafOptions(input);
  if (input.subcommand) options = [{ type: 1, name: input.subcommand, options }];
  if (input.subcommandGroup) options = [{ type: 2, name: input.subcommandGroup, options }];
  return options;
}

/** Discord resolves user, channel, role, mentionable and attachment options into full objects. */
function resolvedData(
  state: FakeDiscordState,
  guild: FakeGuild | undefined,
  options: RawInteractionOption[],
): JsonObject | undefined {
  const users: JsonObject = {};
  const members: JsonObject = {};
  const channels: JsonObject = {};
  const roles: JsonObject = {};
  const attachments: JsonObject = {};
  const visit = (list: RawInteractionOption[]) => {
    for (const option of list) {
      if (option.options) visit(option.options);
      const id = String(option.value ?? '');
      if (option.type === 6 || option.type === 9) {
        const user = state.users.get(id);
        if (user) users[id] = user;
        const member = guild ? state.partialMember(guild.id, id) : undefined;
        if (member && guild) members[id] = { ...member, permissions: state.permissionsOf(guild.id, id) };
      }
      if (option.type === 7) {
        const channel = state.channels.get(id);
        if (channel) channels[id] = { ...channel, permissions: '0' };
      }
      if (option.type === 11) {
        const upload = state.uploads.get(id);
        if (upload) attachments[id] = upload.attachment;
      }
      if (option.type === 8 || option.type === 9) {
        const role = guild?.roles.find((r) => r.id === id);
        if (role) roles[id] = role;
      }
    }
  };
  visit(options);
  const resolved: JsonObject = {};
  for (const [key, value] of Object.entries({ users, members, channels, roles, attachments })) {
    if (Object.keys(value).length > 0) resolved[key] = value;
  }
  return Object.keys(resolved).length > 0 ? resolved : undefined;
}

function channelPayload(channel: FakeChannel, permissions: string): JsonObject {
  if (channel.type === 1) return { ...channel };
  return { ...channel, permissions };
}

const asBits = (value: bigint | string): string => BigInt(value).toString();

/** Builds an INTERACTION_CREATE payload shaped like Discord's, for a guild or a DM. */
export function buildInteraction(
  state: FakeDiscordState,
  input: SendInteractionInput,
  commandId: string,
): BuiltInteraction {
  const inDm = input.guildId === null;
  const guild = inDm ? undefined : input.guildId ? state.guild(input.guildId) : state.guilds[0];
  if (!inDm && !guild) throw new Error(`FakeDiscord: unknown guild ${String(input.guildId)}`);
  const userId = input.userId ?? guild?.members.find((member) => !member.user.bot)?.user.id;
  const user = userId ? state.users.get(userId) : undefined;
  if (!user) throw new Error(`FakeDiscord: unknown user ${String(userId)}`);
  const channel = inDm
    ? input.channelId
      ? state.channels.get(input.channelId)
      : state.dmChannel(user.id)
    : state.channels.get(input.channelId ?? guild?.channels.find((c) => c.type === 0)?.id ?? '');
  if (!channel) throw new Error(`FakeDiscord: unknown channel ${String(input.channelId)}`);

  const id = state.nextId();
  const token = state.interactionToken(id);
  const options = nestedOptions(input);
  const resolved = resolvedData(state, guild, options);
  const payload: JsonObject = {
    id,
    application_id: state.applicationId,
    type: input.type ?? 2,
    token,
    version: 1,
    data: {
      id: commandId,
      name: input.name,
      type: 1,
      ...(options.length > 0 ? { options } : {}),
      ...(resolved ? { resolved } : {}),
    },
    channel_id: channel.id,
    locale: input.locale ?? 'fr',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 10_485_760,
  };
  if (guild) {
    const member = state.member(guild, user.id);
    if (!member) throw new Error(`FakeDiscord: user ${user.id} is not a member of guild ${guild.id}`);
    const roleIds = input.roles
      ? input.roles.map((nameOrId) => {
          const role = guild.roles.find((r) => r.id === nameOrId || r.name === nameOrId);
          if (!role) throw new Error(`FakeDiscord: unknown role "${nameOrId}"`);
          return role.id;
        })
      : member.roles;
    const permissions = input.permissions
      ? asBits(input.permissions)
      : memberPermissions(guild, roleIds).toString();
    const computedAppPermissions = state.permissionsOf(guild.id, state.bot.id);
    const appPermissions = input.appPermissions ? asBits(input.appPermissions) : computedAppPermissions;
    Object.assign(payload, {
      guild_id: guild.id,
      guild_locale: guild.preferred_locale,
      guild: { id: guild.id, locale: guild.preferred_locale, features: [] },
      member: {
        ...member,
        roles: roleIds,
        permissions,
      },
      channel: channelPayload(channel, permissions),
      app_permissions: appPermissions,
      context: 0,
    });
  } else {
    Object.assign(payload, {
      user,
      channel: channelPayload(channel, '0'),
      app_permissions: input.appPermissions ? asBits(input.appPermissions) : '0',
      context: 1,
    });
  }
  return { payload, id, token, channelId: channel.id, guildId: guild?.id ?? null, userId: user.id };
}
