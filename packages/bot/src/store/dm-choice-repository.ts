import type Database from 'better-sqlite3';

/** The guild each member picked for their DMs with the bot (table `dm_choices`). */
export interface DmChoiceRepository {
  /**
   * Remembers the guild a member's DMs are about.
   *
   * @param user - The Discord user id.
   * @param guild - The guild they picked.
   * @param now - When they picked it.
   * @returns Nothing.
   * @example
   * store.setDmGuild('456', '123')
   * //=> undefined
   */
  setDmGuild(user: string, guild: string, now?: Date): void;

  /**
   * The guild a member picked for their DMs, if any.
   *
   * @param user - The Discord user id.
   * @returns The guild id, or `undefined`.
   * @example
   * store.dmGuild('456')
   * //=> '123'
   */
  dmGuild(user: string): string | undefined;
}

/**
 * The DM choices over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function dmChoiceRepository(db: Database.Database): DmChoiceRepository {
  const set = db.prepare<{ user: string; guild: string; now: string }>(
    `INSERT INTO dm_choices (user_id, guild_id, updated_at) VALUES (@user, @guild, @now)
     ON CONFLICT (user_id) DO UPDATE SET guild_id = excluded.guild_id, updated_at = excluded.updated_at`,
  );
  const get = db.prepare<{ user: string }, { guild_id: string }>(
    'SELECT guild_id FROM dm_choices WHERE user_id = @user',
  );
  return {
    setDmGuild(user, guild, now = new Date()) {
      set.run({ user, guild, now: now.toISOString() });
    },
    dmGuild: (user) => get.get({ user })?.guild_id,
  };
}
