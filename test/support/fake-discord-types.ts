/** A parsed JSON object (request body, Discord payload) whose shape the test asserts. */
export type JsonObject = { [key: string]: unknown };

/** A Discord user object as the API sends it. */
export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot: boolean;
  system: boolean;
  public_flags: number;
  flags: number;
}

/** A guild role as the API sends it. */
export interface FakeRole {
  id: string;
  name: string;
  color: number;
  hoist: boolean;
  icon: null;
  unicode_emoji: null;
  position: number;
  permissions: string;
  managed: boolean;
  mentionable: boolean;
  flags: number;
}

/** A guild member, with its user, as the API sends it. */
export interface FakeMember {
  user: FakeUser;
  nick: string | null;
  avatar: null;
  roles: string[];
  joined_at: string;
  premium_since: null;
  deaf: boolean;
  mute: boolean;
  flags: number;
  pending: boolean;
  communication_disabled_until: null;
}

/** A guild channel (text, voice, category, announcement) or a DM channel. */
export interface FakeChannel {
  id: string;
  type: number;
  name?: string;
  guild_id?: string;
  position?: number;
  parent_id?: string | null;
  topic?: string | null;
  nsfw?: boolean;
  rate_limit_per_user?: number;
  permission_overwrites?: JsonObject[];
  recipients?: FakeUser[];
  last_message_id: string | null;
  flags: number;
}

/** A guild with everything GUILD_CREATE carries. */
export interface FakeGuild {
  id: string;
  name: string;
  owner_id: string;
  preferred_locale: string;
  roles: FakeRole[];
  channels: FakeChannel[];
  members: FakeMember[];
}

/** A message as the API returns it and MESSAGE_CREATE carries it. */
export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: FakeUser;
  member?: Omit<FakeMember, 'user'>;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: Array<FakeUser & { member?: Omit<FakeMember, 'user'> }>;
  mention_roles: string[];
  attachments: JsonObject[];
  embeds: JsonObject[];
  components: JsonObject[];
  pinned: boolean;
  type: number;
  flags: number;
  nonce?: string | number;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: JsonObject;
  message_reference?: JsonObject;
}

/** An application command stored by a bulk overwrite or a create. */
export interface FakeCommand extends JsonObject {
  id: string;
  application_id: string;
  version: string;
  type: number;
  name: string;
  description: string;
  guild_id?: string;
}

/** A guild scheduled event as the API returns it. */
export interface FakeScheduledEvent extends JsonObject {
  id: string;
  guild_id: string;
  channel_id: string | null;
  creator_id: string;
  name: string;
  description: string | null;
  scheduled_start_time: string;
  scheduled_end_time: string | null;
  privacy_level: number;
  status: number;
  entity_type: number;
  entity_id: string | null;
  entity_metadata: { location?: string } | null;
}

/** One HTTP request the fake received, with what it answered. */
export interface RecordedRequest {
  method: string;
  /** Full URL path, e.g. `/api/v10/channels/1234/messages`. */
  path: string;
  /** Path under the API version, ids included, e.g. `/channels/1234/messages`. */
  route: string;
  /** Route template, e.g. `/channels/:channelId/messages`; null when no route matched. */
  template: string | null;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body. */
  body: unknown;
  /** Files of a multipart body. */
  files: Array<{ field: string; name: string; size: number; contentType: string; bytes: Buffer }>;
  status: number;
  responseBody: unknown;
  /** Set when the answer came from `failNext` rather than the emulated API. */
  injected: boolean;
  /** True when no route matched: the test used something the fake does not emulate. */
  unhandled: boolean;
  /** `Date.now()` when the request arrived. */
  at: number;
  /** `performance.now()` once the whole request (head and body) had reached the fake. */
  receivedAt: number;
}

/** Selects recorded requests; every given field must match. */
export interface RequestFilter {
  method?: string;
  /** Exact route (`/channels/1234/messages`) or a pattern tested against it. */
  route?: string | RegExp;
  template?: string;
  pathIncludes?: string;
  status?: number;
}

/** What an interaction got back from the client. */
export interface InteractionReply {
  /** `callback` for a direct answer, `edit` or `followup` after a deferral. */
  via: 'callback' | 'edit' | 'followup';
  /** The callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  /** Body of the answering request (`data` of the callback, or the edit / follow-up body). */
  data: JsonObject;
  /** The message the answer created or edited, if any. */
  message: FakeMessage | null;
}
