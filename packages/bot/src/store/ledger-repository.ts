import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import { reminderNonce } from './reminder-nonce.js';
import type { LedgerEntry, LedgerRecord, LedgerState, ReminderClaim } from './store-records.js';

interface LedgerRow {
  key: string;
  fingerprint: string;
  state: LedgerState;
  nonce: string;
  channel_id: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  message_id: string | null;
  reason: string | null;
  attempts: number;
  last_error: string | null;
  updated_at: string;
}

type LedgerKeyParams = GuildParams & { key: string; fingerprint: string };

const LEDGER_COLUMNS = `key, fingerprint, state, nonce, channel_id, claimed_at, sent_at, message_id, reason,
  attempts, last_error, updated_at`;

/** The exactly-once reminder ledger (table `reminder_ledger`): claimed, then sent or skipped. */
export interface LedgerRepository {
  /**
   * Claims a reminder before sending it. Only the first claimer of a key and fingerprint gets
   * `true`, even across processes; a reminder already claimed, sent or skipped gives `false`.
   *
   * @param guild - The Discord guild id.
   * @param claim - The reminder's key and fingerprint, the channel, and the nonce (by default
   *   `reminderNonce(key, fingerprint)`).
   * @param now - When it is claimed.
   * @returns Whether this caller owns the send.
   * @example
   * store.claim('123', { key: 'ca-2024-03:j-7:ca', fingerprint: 'f1', channelId: '456' }, now)
   * //=> true
   */
  claim(guild: string, claim: ReminderClaim, now: Date): boolean;

  /**
   * Records that a claimed reminder was posted.
   *
   * @param guild - The Discord guild id.
   * @param key - The reminder key.
   * @param fingerprint - The fingerprint it was claimed with.
   * @param messageId - The Discord message id.
   * @param now - When it was posted.
   * @returns Whether a claimed reminder was marked (false if unclaimed, already sent or skipped).
   * @example
   * store.markSent('123', 'ca-2024-03:j-7:ca', 'f1', '999', now)
   * //=> true
   */
  markSent(guild: string, key: string, fingerprint: string, messageId: string, now: Date): boolean;

  /**
   * Records that a reminder will not be sent (meeting passed, moved or cancelled), whether it was
   * claimed or never was. A reminder already sent stays sent.
   *
   * @param guild - The Discord guild id.
   * @param key - The reminder key.
   * @param fingerprint - The fingerprint.
   * @param reason - Why, in French, for staff.
   * @param now - When it was decided.
   * @returns Whether the reminder is now recorded as skipped by this call.
   * @example
   * store.markSkipped('123', 'ca-2024-03:veille:ca', 'f1', 'réunion passée', now)
   * //=> true
   */
  markSkipped(guild: string, key: string, fingerprint: string, reason: string, now: Date): boolean;

  /**
   * Records a failed send of a claimed reminder; it stays claimed, so it is retried.
   *
   * @param guild - The Discord guild id.
   * @param key - The reminder key.
   * @param fingerprint - The fingerprint.
   * @param error - The error, kept as text.
   * @param now - When it failed.
   * @returns The number of failed attempts so far, or 0 when no claimed reminder matches.
   * @example
   * store.recordFailure('123', 'ca-2024-03:j-7:ca', 'f1', new Error('Missing Access'), now)
   * //=> 1
   */
  recordFailure(guild: string, key: string, fingerprint: string, error: unknown, now: Date): number;

  /**
   * The guild's ledger, in claim order, as core's reminder plan reads it.
   *
   * @param guild - The Discord guild id.
   * @returns The entries.
   * @example
   * store.ledger('123')
   * //=> [{ key: 'ca-2024-03:j-7:ca', fingerprint: 'f1', state: 'sent', messageId: '999' }]
   */
  ledger(guild: string): LedgerEntry[];

  /**
   * The ledger entries of some reminder keys only: what a scheduler tick needs, without reading
   * the whole history.
   *
   * @param guild - The Discord guild id.
   * @param keys - Reminder keys.
   * @returns Their entries, one per fingerprint each key had.
   * @example
   * store.ledgerForKeys('123', ['ca-2024-03/j-7/456']).length
   * //=> 1
   */
  ledgerForKeys(guild: string, keys: readonly string[]): LedgerEntry[];

  /**
   * The ledger entries of one reminder key (one per fingerprint it had).
   *
   * @param guild - The Discord guild id.
   * @param key - The reminder key.
   * @returns The entries, in claim order.
   * @example
   * store.ledgerFor('123', 'ca-2024-03:j-7:ca').map((e) => e.state)
   * //=> ['skipped', 'sent']
   */
  ledgerFor(guild: string, key: string): LedgerEntry[];

  /**
   * One ledger line with its delivery details.
   *
   * @param guild - The Discord guild id.
   * @param key - The reminder key.
   * @param fingerprint - The fingerprint.
   * @returns The record, or `undefined`.
   * @example
   * store.ledgerRecord('123', 'ca-2024-03:j-7:ca', 'f1')?.attempts
   * //=> 0
   */
  ledgerRecord(guild: string, key: string, fingerprint: string): LedgerRecord | undefined;

  /**
   * Reminders claimed but not yet sent or skipped: after a crash, resend them with their nonce.
   *
   * @param guild - The Discord guild id.
   * @returns The records, in claim order.
   * @example
   * store.unsentClaims('123').map((r) => r.nonce)
   * //=> ['0k3…']
   */
  unsentClaims(guild: string): LedgerRecord[];
}

function toLedgerEntry(row: LedgerRow): LedgerEntry {
  return {
    key: row.key,
    fingerprint: row.fingerprint,
    state: row.state,
    ...(row.message_id === null ? {} : { messageId: row.message_id }),
    ...(row.reason === null ? {} : { reason: row.reason }),
  };
}

function toLedgerRecord(row: LedgerRow): LedgerRecord {
  return {
    ...toLedgerEntry(row),
    nonce: row.nonce,
    ...(row.channel_id === null ? {} : { channelId: row.channel_id }),
    ...(row.claimed_at === null ? {} : { claimedAt: new Date(row.claimed_at) }),
    ...(row.sent_at === null ? {} : { sentAt: new Date(row.sent_at) }),
    attempts: row.attempts,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    updatedAt: new Date(row.updated_at),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The reminder ledger over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function ledgerRepository(db: Database.Database): LedgerRepository {
  const claim = db.prepare<LedgerKeyParams & { nonce: string; channelId: string; now: string }>(
    `INSERT INTO reminder_ledger
       (guild_id, key, fingerprint, state, nonce, channel_id, claimed_at, updated_at)
     VALUES (@guild, @key, @fingerprint, 'claimed', @nonce, @channelId, @now, @now)
     ON CONFLICT (guild_id, key, fingerprint) DO NOTHING`,
  );
  const markSent = db.prepare<LedgerKeyParams & { messageId: string; now: string }>(
    `UPDATE reminder_ledger SET state = 'sent', message_id = @messageId, sent_at = @now, updated_at = @now
     WHERE guild_id = @guild AND key = @key AND fingerprint = @fingerprint AND state = 'claimed'`,
  );
  const markSkipped = db.prepare<LedgerKeyParams & { nonce: string; reason: string; now: string }>(
    `INSERT INTO reminder_ledger (guild_id, key, fingerprint, state, nonce, reason, updated_at)
     VALUES (@guild, @key, @fingerprint, 'skipped', @nonce, @reason, @now)
     ON CONFLICT (guild_id, key, fingerprint) DO UPDATE SET
       state = 'skipped', reason = excluded.reason, updated_at = excluded.updated_at
     WHERE state = 'claimed'`,
  );
  const recordFailure = db.prepare<LedgerKeyParams & { error: string; now: string }, { attempts: number }>(
    `UPDATE reminder_ledger SET attempts = attempts + 1, last_error = @error, updated_at = @now
     WHERE guild_id = @guild AND key = @key AND fingerprint = @fingerprint AND state = 'claimed'
     RETURNING attempts`,
  );
  const all = db.prepare<GuildParams, LedgerRow>(
    `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild ORDER BY rowid`,
  );
  const forKeys = db.prepare<GuildParams & { keys: string }, LedgerRow>(
    `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild AND key IN (SELECT value FROM json_each(@keys)) ORDER BY rowid`,
  );
  const forKey = db.prepare<GuildParams & { key: string }, LedgerRow>(
    `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild AND key = @key ORDER BY rowid`,
  );
  const record = db.prepare<LedgerKeyParams, LedgerRow>(
    `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger
     WHERE guild_id = @guild AND key = @key AND fingerprint = @fingerprint`,
  );
  const unsent = db.prepare<GuildParams, LedgerRow>(
    `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild AND state = 'claimed'
     ORDER BY rowid`,
  );

  return {
    claim(guild, reminder, now) {
      const params = {
        guild,
        key: reminder.key,
        fingerprint: reminder.fingerprint,
        nonce: reminder.nonce ?? reminderNonce(reminder.key, reminder.fingerprint),
        channelId: reminder.channelId,
        now: now.toISOString(),
      };
      return db.transaction(() => claim.run(params).changes === 1).immediate();
    },
    markSent: (guild, key, fingerprint, messageId, now) =>
      markSent.run({ guild, key, fingerprint, messageId, now: now.toISOString() }).changes === 1,
    markSkipped(guild, key, fingerprint, reason, now) {
      const nonce = reminderNonce(key, fingerprint);
      return (
        markSkipped.run({ guild, key, fingerprint, nonce, reason, now: now.toISOString() }).changes === 1
      );
    },
    recordFailure(guild, key, fingerprint, error, now) {
      const row = recordFailure.get({
        guild,
        key,
        fingerprint,
        error: errorText(error),
        now: now.toISOString(),
      });
      return row?.attempts ?? 0;
    },
    ledger: (guild) => all.all({ guild }).map(toLedgerEntry),
    ledgerForKeys: (guild, keys) =>
      keys.length === 0 ? [] : forKeys.all({ guild, keys: JSON.stringify(keys) }).map(toLedgerEntry),
    ledgerFor: (guild, key) => forKey.all({ guild, key }).map(toLedgerEntry),
    ledgerRecord(guild, key, fingerprint) {
      const row = record.get({ guild, key, fingerprint });
      return row && toLedgerRecord(row);
    },
    unsentClaims: (guild) => unsent.all({ guild }).map(toLedgerRecord),
  };
}
