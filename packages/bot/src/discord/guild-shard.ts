import type { Client } from 'discord.js';

/** The shards one bot process connects, out of how many the bot runs in all. */
export interface ShardScope {
  /** The shard ids this process connects (one per process under `ShardingManager`). */
  readonly ids: readonly number[];
  /** How many shards the bot runs in all. */
  readonly count: number;
}

/** One process, one shard: every guild is its own (`ptce bot` without `--shards`). */
export const WHOLE_BOT: ShardScope = { ids: [0], count: 1 };

/**
 * The shard that receives a guild's events, by Discord's formula `(guild_id >> 22) % shards`.
 * It is the same number as discord.js's `ShardClientUtil.shardIdForGuildId`.
 *
 * @param guildId - The guild's snowflake.
 * @param shardCount - How many shards the bot runs.
 * @returns The shard id, from 0 to `shardCount - 1`.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 * @example
 * shardOfGuild('81384788765712384', 17)
 * //=> 7
 */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * Whether a guild is one of the scope's: its jobs (reminders, digest, events mirror, purge) run
 * in this process, and in no other.
 *
 * @param scope - The shards this process connects.
 * @param guildId - The guild's snowflake.
 * @returns True when the guild's shard is one of the scope's.
 * @example
 * ownsGuild({ ids: [1], count: 2 }, '1100000000000000000')
 * //=> true
 */
export function ownsGuild(scope: ShardScope, guildId: string): boolean {
  return scope.count === 1 || scope.ids.includes(shardOfGuild(guildId, scope.count));
}

/**
 * The shards a discord.js client connects: under `ShardingManager`, the one its process was
 * forked for (SHARDS and SHARD_COUNT in its environment); otherwise the whole bot.
 *
 * @param client - A client made by `createClient`, logged in or not.
 * @returns Its scope.
 * @example
 * shardScopeOf(createClient(config))
 * //=> { ids: [0], count: 1 }
 */
export function shardScopeOf(client: Pick<Client, 'options'>): ShardScope {
  const { shards, shardCount } = client.options;
  const ids = Array.isArray(shards) ? [...shards] : typeof shards === 'number' ? [shards] : [0];
  return { ids, count: shardCount ?? 1 };
}
