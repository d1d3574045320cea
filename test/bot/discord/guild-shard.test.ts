import { ShardClientUtil } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../packages/bot/src/discord/create-client.js';
import {
  ownsGuild,
  shardOfGuild,
  shardScopeOf,
  WHOLE_BOT,
} from '../../../packages/bot/src/discord/guild-shard.js';

describe('shardOfGuild', () => {
  it('follows Discord’s formula (guild_id >> 22) % shards on known ids', () => {
    expect(shardOfGuild('81384788765712384', 17)).toBe(7);
    expect(shardOfGuild('175928847299117063', 4)).toBe(0);
    expect(
      ['1100000000000000000', '1100000000004194304', '1100000000008388608'].map((id) => [
        shardOfGuild(id, 2),
        shardOfGuild(id, 3),
        shardOfGuild(id, 4),
      ]),
    ).toEqual([
      [1, 1, 3],
      [0, 2, 0],
      [1, 0, 1],
    ]);
  });

  it('keeps the 64 bits of a snowflake, which a Number would round', () => {
    // 2^63 - 1: as a Number it rounds up to 2^63, whose shard for 3 is 2, not 1.
    expect(shardOfGuild('9223372036854775807', 3)).toBe(1);
    expect(Number((BigInt(2 ** 63) >> 22n) % 3n)).toBe(2);
  });

  it('gives the same shard as discord.js’s ShardClientUtil', () => {
    const ids = ['81384788765712384', '175928847299117063', '1100000000004194304', '1467000000000000000'];
    for (const count of [1, 2, 5, 16]) {
      expect(ids.map((id) => shardOfGuild(id, count))).toEqual(
        ids.map((id) => ShardClientUtil.shardIdForGuildId(id, count)),
      );
    }
  });
});

describe('ownsGuild', () => {
  it('gives each guild to exactly one of two shards', () => {
    const guilds = ['1100000000000000000', '1100000000004194304', '1100000000008388608'];
    const zero = { ids: [0], count: 2 };
    const one = { ids: [1], count: 2 };
    expect(guilds.map((g) => [ownsGuild(zero, g), ownsGuild(one, g)])).toEqual([
      [false, true],
      [true, false],
      [false, true],
    ]);
  });

  it('gives every guild to the unsharded bot', () => {
    expect(['1100000000000000000', '1100000000004194304'].map((g) => ownsGuild(WHOLE_BOT, g))).toEqual([
      true,
      true,
    ]);
  });
});

describe('shardScopeOf', () => {
  it('is the whole bot for a client without sharding', () => {
    const client = createClient({ apiUrl: 'http://127.0.0.1:1/api' });
    expect(shardScopeOf(client)).toEqual({ ids: [0], count: 1 });
  });

  it('is the shard the ShardingManager names in SHARDS and SHARD_COUNT', () => {
    const saved = { SHARDS: process.env.SHARDS, SHARD_COUNT: process.env.SHARD_COUNT };
    process.env.SHARDS = '1';
    process.env.SHARD_COUNT = '2';
    try {
      expect(shardScopeOf(createClient({ apiUrl: 'http://127.0.0.1:1/api' }))).toEqual({
        ids: [1],
        count: 2,
      });
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
