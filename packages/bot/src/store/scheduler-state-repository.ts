import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';

const DECIDED_UNTIL = 'decided-until';

/** What the reminder scheduler keeps between runs (table `scheduler_state`). */
export interface SchedulerStateRepository {
  /**
   * The instant up to which the reminder scheduler last decided, if it ever ran.
   *
   * @param guild - The Discord guild id.
   * @returns The instant, or `undefined`.
   * @example
   * store.schedulerMark('123')?.toISOString()
   * //=> '2026-03-24T08:00:00.000Z'
   */
  schedulerMark(guild: string): Date | undefined;

  /**
   * Records the instant up to which the reminder scheduler decided.
   *
   * @param guild - The Discord guild id.
   * @param at - The instant of the tick that completed.
   * @example
   * store.setSchedulerMark('123', new Date('2026-03-24T08:00:00Z'))
   */
  setSchedulerMark(guild: string, at: Date): void;
}

/**
 * The scheduler state over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function schedulerStateRepository(db: Database.Database): SchedulerStateRepository {
  const get = db.prepare<GuildParams & { name: string }, { value: string }>(
    'SELECT value FROM scheduler_state WHERE guild_id = @guild AND name = @name',
  );
  const set = db.prepare<GuildParams & { name: string; value: string; now: string }>(
    `INSERT INTO scheduler_state (guild_id, name, value, updated_at) VALUES (@guild, @name, @value, @now)
     ON CONFLICT (guild_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    schedulerMark(guild) {
      const row = get.get({ guild, name: DECIDED_UNTIL });
      return row ? new Date(row.value) : undefined;
    },
    setSchedulerMark(guild, at) {
      set.run({ guild, name: DECIDED_UNTIL, value: at.toISOString(), now: at.toISOString() });
    },
  };
}
