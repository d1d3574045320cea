import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import { StoreError } from './store-error.js';
import type { GuildBinding } from './store-records.js';

interface BindingRow {
  guild_id: string;
  ptce_id: string;
  source: 'env' | 'upload';
  bound_at: string;
  left_at: string | null;
}

/** Which PTCE each guild serves (table `guild_bindings`): one guild, one PTCE, and the reverse. */
export interface GuildBindingRepository {
  /**
   * Binds a guild to a PTCE, or moves its binding to another PTCE. A guild that had left is back.
   *
   * @param guild - The Discord guild id.
   * @param binding - The PTCE id, and whether the environment or an upload bound it.
   * @param now - When it happened.
   * @returns The binding.
   * @throws StoreError `ptce-taken` when another guild is bound to that PTCE.
   * @example
   * store.bindGuild('123', { ptceId: 'auton-hommes', source: 'upload' }).ptceId
   * //=> 'auton-hommes'
   */
  bindGuild(guild: string, binding: Pick<GuildBinding, 'ptceId' | 'source'>, now?: Date): GuildBinding;

  /**
   * The guild's binding, if it has one.
   *
   * @param guild - The Discord guild id.
   * @returns The binding, or `undefined`.
   * @example
   * store.guildBinding('123')?.ptceId
   * //=> 'auton-hommes'
   */
  guildBinding(guild: string): GuildBinding | undefined;

  /**
   * The guild bound to a PTCE id (the `/<ptce-id>/calendar.ics` feed).
   *
   * @param ptceId - The PTCE id of the data file.
   * @returns The binding, or `undefined`.
   * @example
   * store.guildOfPtce('auton-hommes')?.guildId
   * //=> '123'
   */
  guildOfPtce(ptceId: string): GuildBinding | undefined;

  /**
   * Every binding, by guild id.
   *
   * @returns The bindings.
   * @example
   * store.guildBindings().length
   * //=> 2
   */
  guildBindings(): GuildBinding[];

  /**
   * Records that the bot left the guild (its data stay 30 days), or came back (`left: false`).
   *
   * @param guild - The Discord guild id.
   * @param left - True when the bot left, false when it is back.
   * @param now - When it happened.
   * @returns Whether the guild had a binding.
   * @example
   * store.markGuildLeft('123', true)
   * //=> true
   */
  markGuildLeft(guild: string, left: boolean, now?: Date): boolean;

  /**
   * The guilds the bot left before a cutoff, whose data are due for purging.
   *
   * @param cutoff - Guilds left before this instant.
   * @returns Their ids.
   * @example
   * store.guildsLeftBefore(new Date(Date.now() - 30 * 86_400_000))
   * //=> ['123']
   */
  guildsLeftBefore(cutoff: Date): string[];
}

function toBinding(row: BindingRow): GuildBinding {
  return {
    guildId: row.guild_id,
    ptceId: row.ptce_id,
    source: row.source,
    boundAt: new Date(row.bound_at),
    ...(row.left_at ? { leftAt: new Date(row.left_at) } : {}),
  };
}

/**
 * The guild bindings over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function guildBindingRepository(db: Database.Database): GuildBindingRepository {
  const get = db.prepare<GuildParams, BindingRow>('SELECT * FROM guild_bindings WHERE guild_id = @guild');
  const byPtce = db.prepare<{ ptceId: string }, BindingRow>(
    'SELECT * FROM guild_bindings WHERE ptce_id = @ptceId',
  );
  const all = db.prepare<[], BindingRow>('SELECT * FROM guild_bindings ORDER BY guild_id');
  const upsert = db.prepare<GuildParams & { ptceId: string; source: string; now: string }>(
    `INSERT INTO guild_bindings (guild_id, ptce_id, source, bound_at, left_at)
     VALUES (@guild, @ptceId, @source, @now, NULL)
     ON CONFLICT (guild_id) DO UPDATE SET
       ptce_id = excluded.ptce_id, source = excluded.source, left_at = NULL,
       bound_at = CASE WHEN ptce_id = excluded.ptce_id THEN bound_at ELSE excluded.bound_at END`,
  );
  const setLeft = db.prepare<GuildParams & { leftAt: string | null }>(
    'UPDATE guild_bindings SET left_at = @leftAt WHERE guild_id = @guild',
  );
  const leftBefore = db.prepare<{ cutoff: string }, { guild_id: string }>(
    'SELECT guild_id FROM guild_bindings WHERE left_at IS NOT NULL AND left_at < @cutoff ORDER BY guild_id',
  );
  const bind = db.transaction((guild: string, ptceId: string, source: string, now: string) => {
    const holder = byPtce.get({ ptceId });
    if (holder && holder.guild_id !== guild) {
      throw new StoreError(
        'ptce-taken',
        `Le PTCE « ${ptceId} » est déjà lié à un autre serveur Discord : un PTCE ne peut servir qu’un serveur.`,
      );
    }
    upsert.run({ guild, ptceId, source, now });
    return toBinding(get.get({ guild })!);
  });

  return {
    bindGuild: (guild, binding, now = new Date()) =>
      bind.immediate(guild, binding.ptceId, binding.source, now.toISOString()),
    guildBinding(guild) {
      const row = get.get({ guild });
      return row ? toBinding(row) : undefined;
    },
    guildOfPtce(ptceId) {
      const row = byPtce.get({ ptceId });
      return row ? toBinding(row) : undefined;
    },
    guildBindings: () => all.all().map(toBinding),
    markGuildLeft: (guild, left, now = new Date()) =>
      setLeft.run({ guild, leftAt: left ? now.toISOString() : null }).changes > 0,
    guildsLeftBefore: (cutoff) => leftBefore.all({ cutoff: cutoff.toISOString() }).map((r) => r.guild_id),
  };
}
