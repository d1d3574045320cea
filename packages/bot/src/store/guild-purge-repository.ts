import type Database from 'better-sqlite3';

// Every table that holds a guild's rows. A new table with a guild_id column belongs here.
// The overlay's version and change rows come after the overlay, whose triggers write them.
const GUILD_TABLES = [
  'reminder_ledger',
  'reminder_routes',
  'meeting_overlay',
  'meeting_overlay_versions',
  'meeting_overlay_changes',
  'digest_state',
  'scheduled_events',
  'scheduler_state',
  'dataset_versions',
  'guild_settings',
  'dm_choices',
  'guild_bindings',
  'attendance_answers',
  'member_links',
  'attendance_messages',
  'attendance_sheet_drafts',
  'attendance_sheets',
  'attendance_sheet_rows',
] as const;

/** Deleting everything the store holds about a guild. */
export interface GuildPurgeRepository {
  /**
   * Deletes every row of the guild, its decision log included, in one transaction.
   *
   * @param guild - The Discord guild id.
   * @returns How many rows were deleted.
   * @example
   * store.purgeGuild('123')
   * //=> 42
   */
  purgeGuild(guild: string): number;
}

/**
 * The guild purge over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function guildPurgeRepository(db: Database.Database): GuildPurgeRepository {
  const deletes = GUILD_TABLES.map((table) =>
    db.prepare<{ guild: string }>(`DELETE FROM ${table} WHERE guild_id = @guild`),
  );
  const allow = db.prepare<{ guild: string }>(
    'INSERT OR IGNORE INTO guild_purges (guild_id) VALUES (@guild)',
  );
  const forbid = db.prepare<{ guild: string }>('DELETE FROM guild_purges WHERE guild_id = @guild');
  const log = db.prepare<{ guild: string }>('DELETE FROM decision_log WHERE guild_id = @guild');
  const purge = db.transaction((guild: string) => {
    let changes = 0;
    for (const statement of deletes) changes += statement.run({ guild }).changes;
    // The decision log is append-only except inside this transaction (see migration 4).
    allow.run({ guild });
    changes += log.run({ guild }).changes;
    forbid.run({ guild });
    return changes;
  });
  return { purgeGuild: (guild) => purge.immediate(guild) };
}
