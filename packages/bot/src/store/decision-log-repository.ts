import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import type { Decision } from './store-records.js';

interface DecisionRow {
  key: string;
  decision: string;
  reason: string;
  at: string;
}

/** The append-only log of the scheduler's decisions (table `decision_log`). */
export interface DecisionLogRepository {
  /**
   * Appends a decision about a reminder to the log (which cannot be edited).
   *
   * @param guild - The Discord guild id.
   * @param decision - The reminder key, the decision, the French reason and its time.
   * @returns Nothing.
   * @example
   * store.logDecision('123', { key: 'ca-2024-03:veille:ca', decision: 'skipped', reason: 'réunion annulée', at: now })
   * //=> undefined
   */
  logDecision(guild: string, decision: Decision): void;

  /**
   * The guild's decisions, oldest first: staff read them to learn why a reminder did not arrive.
   *
   * @param guild - The Discord guild id.
   * @param key - Only this reminder's decisions, when given.
   * @returns The decisions.
   * @example
   * store.decisions('123', 'ca-2024-03:veille:ca').map((d) => d.reason)
   * //=> ['réunion annulée']
   */
  decisions(guild: string, key?: string): Decision[];
}

/**
 * The decision log over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function decisionLogRepository(db: Database.Database): DecisionLogRepository {
  const append = db.prepare<GuildParams & { key: string; decision: string; reason: string; at: string }>(
    `INSERT INTO decision_log (guild_id, key, decision, reason, at)
     VALUES (@guild, @key, @decision, @reason, @at)`,
  );
  const list = db.prepare<GuildParams & { key: string | null }, DecisionRow>(
    `SELECT key, decision, reason, at FROM decision_log
     WHERE guild_id = @guild AND (@key IS NULL OR key = @key) ORDER BY seq`,
  );
  return {
    logDecision(guild, decision) {
      append.run({
        guild,
        key: decision.key,
        decision: decision.decision,
        reason: decision.reason,
        at: decision.at.toISOString(),
      });
    },
    decisions: (guild, key) =>
      list
        .all({ guild, key: key ?? null })
        .map((row) => ({ key: row.key, decision: row.decision, reason: row.reason, at: new Date(row.at) })),
  };
}
