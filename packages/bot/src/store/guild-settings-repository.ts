import type Database from 'better-sqlite3';
import * as z from 'zod';
import { GuildSettings, type GuildSettingsChange } from '../guild-settings.js';
import type { GuildParams } from './guild-params.js';
import { StoreError } from './store-error.js';

/** What staff changed of a guild's settings; the other fields keep their defaults. */
export type StoredGuildSettings = Partial<GuildSettings>;

const StoredSettings = GuildSettings.partial();

/** The settings staff gave a guild with `/parametres` (table `guild_settings`). */
export interface GuildSettingsRepository {
  /**
   * What staff set for the guild, checked against the `GuildSettings` schema.
   *
   * @param guild - The Discord guild id.
   * @returns The fields staff set (empty when none).
   * @example
   * store.guildSettings('123')
   * //=> { staffRoleIds: ['456'], events: false }
   */
  guildSettings(guild: string): StoredGuildSettings;

  /**
   * Changes some settings in one transaction: given fields replace, `null` clears.
   *
   * @param guild - The Discord guild id.
   * @param change - The fields to change.
   * @param now - When it changed.
   * @returns The guild's stored settings after the change.
   * @throws StoreError `invalid-settings` when the result does not match the schema (nothing is written).
   * @example
   * store.changeGuildSettings('123', { minutesAfterDays: 21 })
   * //=> { minutesAfterDays: 21 }
   */
  changeGuildSettings(guild: string, change: GuildSettingsChange, now?: Date): StoredGuildSettings;
}

/**
 * The guild settings over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function guildSettingsRepository(db: Database.Database): GuildSettingsRepository {
  const get = db.prepare<GuildParams, { settings: string }>(
    'SELECT settings FROM guild_settings WHERE guild_id = @guild',
  );
  const set = db.prepare<GuildParams & { settings: string; now: string }>(
    `INSERT INTO guild_settings (guild_id, settings, updated_at) VALUES (@guild, @settings, @now)
     ON CONFLICT (guild_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
  );
  const read = (guild: string): StoredGuildSettings => {
    const row = get.get({ guild });
    if (!row) return {};
    const parsed = StoredSettings.safeParse(JSON.parse(row.settings));
    // A row written by a newer bot (or by hand) must not stop the guild: unknown means default.
    return parsed.success ? stripDefaults(JSON.parse(row.settings), parsed.data) : {};
  };
  const change = db.transaction((guild: string, patch: GuildSettingsChange, now: string) => {
    const next: Record<string, unknown> = { ...read(guild) };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete next[key];
      else if (value !== undefined) next[key] = value;
    }
    const parsed = StoredSettings.safeParse(next);
    if (!parsed.success) {
      throw new StoreError('invalid-settings', `Réglage refusé : ${z.prettifyError(parsed.error)}`);
    }
    set.run({ guild, settings: JSON.stringify(next), now });
    return read(guild);
  });
  return {
    guildSettings: read,
    changeGuildSettings: (guild, patch, now = new Date()) =>
      change.immediate(guild, patch, now.toISOString()),
  };
}

// `partial()` keeps the defaults of fields that were never set: only the stored keys count.
function stripDefaults(raw: Record<string, unknown>, parsed: StoredGuildSettings): StoredGuildSettings {
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => key in raw)) as StoredGuildSettings;
}
