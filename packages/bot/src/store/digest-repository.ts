import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import type { DigestState } from './store-records.js';

interface DigestRow {
  channel_id: string;
  message_id: string;
  period_key: string;
  updated_at: string;
}

/** The digest message kept up to date in each channel (table `digest_state`). */
export interface DigestRepository {
  /**
   * The digest message of a channel.
   *
   * @param guild - The Discord guild id.
   * @param channelId - The channel.
   * @returns The state, or `undefined` when none was posted.
   * @example
   * store.getDigest('123', '456')?.periodKey
   * //=> '2024-W11'
   */
  getDigest(guild: string, channelId: string): DigestState | undefined;

  /**
   * Records the digest message of a channel and the period it covers.
   *
   * @param guild - The Discord guild id.
   * @param state - The channel, message and period.
   * @param now - When it changed.
   * @returns Nothing.
   * @example
   * store.setDigest('123', { channelId: '456', messageId: '999', periodKey: '2024-W11' })
   * //=> undefined
   */
  setDigest(guild: string, state: Omit<DigestState, 'updatedAt'>, now?: Date): void;

  /**
   * Lists the guild's digest messages by channel.
   *
   * @param guild - The Discord guild id.
   * @returns The states.
   * @example
   * store.listDigests('123').length
   * //=> 1
   */
  listDigests(guild: string): DigestState[];
}

function toDigest(row: DigestRow): DigestState {
  return {
    channelId: row.channel_id,
    messageId: row.message_id,
    periodKey: row.period_key,
    updatedAt: new Date(row.updated_at),
  };
}

/**
 * The digest state over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function digestRepository(db: Database.Database): DigestRepository {
  const get = db.prepare<GuildParams & { channelId: string }, DigestRow>(
    `SELECT channel_id, message_id, period_key, updated_at FROM digest_state
     WHERE guild_id = @guild AND channel_id = @channelId`,
  );
  const set = db.prepare<
    GuildParams & { channelId: string; messageId: string; periodKey: string; now: string }
  >(
    `INSERT INTO digest_state (guild_id, channel_id, message_id, period_key, updated_at)
     VALUES (@guild, @channelId, @messageId, @periodKey, @now)
     ON CONFLICT (guild_id, channel_id) DO UPDATE SET
       message_id = excluded.message_id, period_key = excluded.period_key, updated_at = excluded.updated_at`,
  );
  const list = db.prepare<GuildParams, DigestRow>(
    `SELECT channel_id, message_id, period_key, updated_at FROM digest_state WHERE guild_id = @guild
     ORDER BY channel_id`,
  );
  return {
    getDigest(guild, channelId) {
      const row = get.get({ guild, channelId });
      return row && toDigest(row);
    },
    setDigest(guild, state, now = new Date()) {
      set.run({ guild, ...state, now: now.toISOString() });
    },
    listDigests: (guild) => list.all({ guild }).map(toDigest),
  };
}
