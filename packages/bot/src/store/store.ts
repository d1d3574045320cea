import type { AgendaItem, DatedMeeting } from '@ptce/core';
import { Id, Meeting } from '@ptce/core';
import type Database from 'better-sqlite3';
import { AttendanceRepository } from './attendance-repository.js';
import { schemaVersion } from './migrate-database.js';
import { reminderNonce } from './reminder-nonce.js';
import { StoreError } from './store-error.js';
import type {
  Decision,
  DigestState,
  LedgerEntry,
  LedgerRecord,
  LedgerState,
  MeetingChangeOptions,
  ReminderClaim,
  ReminderRoute,
  ScheduledEventMirror,
  StoredMeeting,
} from './store-records.js';

interface MeetingRow {
  data: string;
  revision: number;
  updated_at: string;
}

interface RouteRow {
  target: string;
  channel_id: string;
  role_id: string | null;
}

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

interface DigestRow {
  channel_id: string;
  message_id: string;
  period_key: string;
  updated_at: string;
}

interface EventRow {
  meeting_id: string;
  event_id: string;
  fingerprint: string;
  updated_at: string;
}

interface DecisionRow {
  key: string;
  decision: string;
  reason: string;
  at: string;
}

type GuildParams = { guild: string };
type LedgerKeyParams = GuildParams & { key: string; fingerprint: string };

const LEDGER_COLUMNS = `key, fingerprint, state, nonce, channel_id, claimed_at, sent_at, message_id, reason,
  attempts, last_error, updated_at`;

function prepareStatements(db: Database.Database) {
  return {
    meetingUpsert: db.prepare<
      GuildParams & {
        id: string;
        body: string | null;
        group: string | null;
        start: string;
        status: string;
        now: string;
        data: string;
      },
      { revision: number }
    >(
      `INSERT INTO meeting_overlay
         (guild_id, meeting_id, body_id, group_id, start_local, status, revision, updated_at, data)
       VALUES (@guild, @id, @body, @group, @start, @status, 1, @now, @data)
       ON CONFLICT (guild_id, meeting_id) DO UPDATE SET
         body_id = excluded.body_id, group_id = excluded.group_id, start_local = excluded.start_local,
         status = excluded.status, revision = revision + 1, updated_at = excluded.updated_at,
         data = excluded.data
       WHERE data IS NOT excluded.data
       RETURNING revision`,
    ),
    meetingGet: db.prepare<GuildParams & { id: string }, MeetingRow>(
      'SELECT data, revision, updated_at FROM meeting_overlay WHERE guild_id = @guild AND meeting_id = @id',
    ),
    meetingList: db.prepare<GuildParams, MeetingRow>(
      `SELECT data, revision, updated_at FROM meeting_overlay WHERE guild_id = @guild
       ORDER BY start_local, meeting_id`,
    ),
    meetingDelete: db.prepare<GuildParams & { id: string }>(
      'DELETE FROM meeting_overlay WHERE guild_id = @guild AND meeting_id = @id',
    ),

    routeSet: db.prepare<
      GuildParams & { target: string; channelId: string; roleId: string | null; now: string }
    >(
      `INSERT INTO reminder_routes (guild_id, target, channel_id, role_id, updated_at)
       VALUES (@guild, @target, @channelId, @roleId, @now)
       ON CONFLICT (guild_id, target, channel_id) DO UPDATE SET
         role_id = excluded.role_id, updated_at = excluded.updated_at`,
    ),
    routeRemove: db.prepare<GuildParams & { target: string; channelId: string | null }>(
      `DELETE FROM reminder_routes
       WHERE guild_id = @guild AND target = @target AND (@channelId IS NULL OR channel_id = @channelId)`,
    ),
    routeList: db.prepare<GuildParams, RouteRow>(
      `SELECT target, channel_id, role_id FROM reminder_routes WHERE guild_id = @guild
       ORDER BY target, channel_id`,
    ),
    routesFor: db.prepare<GuildParams & { target: string }, RouteRow>(
      `SELECT target, channel_id, role_id FROM reminder_routes
       WHERE guild_id = @guild AND target IN (@target, '*')
       ORDER BY target = '*', channel_id`,
    ),

    claim: db.prepare<LedgerKeyParams & { nonce: string; channelId: string; now: string }>(
      `INSERT INTO reminder_ledger
         (guild_id, key, fingerprint, state, nonce, channel_id, claimed_at, updated_at)
       VALUES (@guild, @key, @fingerprint, 'claimed', @nonce, @channelId, @now, @now)
       ON CONFLICT (guild_id, key, fingerprint) DO NOTHING`,
    ),
    markSent: db.prepare<LedgerKeyParams & { messageId: string; now: string }>(
      `UPDATE reminder_ledger SET state = 'sent', message_id = @messageId, sent_at = @now, updated_at = @now
       WHERE guild_id = @guild AND key = @key AND fingerprint = @fingerprint AND state = 'claimed'`,
    ),
    markSkipped: db.prepare<LedgerKeyParams & { nonce: string; reason: string; now: string }>(
      `INSERT INTO reminder_ledger (guild_id, key, fingerprint, state, nonce, reason, updated_at)
       VALUES (@guild, @key, @fingerprint, 'skipped', @nonce, @reason, @now)
       ON CONFLICT (guild_id, key, fingerprint) DO UPDATE SET
         state = 'skipped', reason = excluded.reason, updated_at = excluded.updated_at
       WHERE state = 'claimed'`,
    ),
    recordFailure: db.prepare<LedgerKeyParams & { error: string; now: string }, { attempts: number }>(
      `UPDATE reminder_ledger SET attempts = attempts + 1, last_error = @error, updated_at = @now
       WHERE guild_id = @guild AND key = @key AND fingerprint = @fingerprint AND state = 'claimed'
       RETURNING attempts`,
    ),
    ledger: db.prepare<GuildParams, LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild ORDER BY rowid`,
    ),
    ledgerForKeys: db.prepare<GuildParams & { keys: string }, LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild AND key IN (SELECT value FROM json_each(@keys)) ORDER BY rowid`,
    ),
    markGet: db.prepare<GuildParams & { name: string }, { value: string }>(
      'SELECT value FROM scheduler_state WHERE guild_id = @guild AND name = @name',
    ),
    markSet: db.prepare<GuildParams & { name: string; value: string; now: string }>(
      `INSERT INTO scheduler_state (guild_id, name, value, updated_at) VALUES (@guild, @name, @value, @now)
       ON CONFLICT (guild_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ),
    overlayVersion: db.prepare<GuildParams, { n: number; r: number; u: string }>(
      `SELECT count(*) AS n, coalesce(sum(revision), 0) AS r, coalesce(max(updated_at), '') AS u
       FROM meeting_overlay WHERE guild_id = @guild`,
    ),
    ledgerFor: db.prepare<GuildParams & { key: string }, LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild AND key = @key ORDER BY rowid`,
    ),
    ledgerRecord: db.prepare<LedgerKeyParams, LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger
       WHERE guild_id = @guild AND key = @key AND fingerprint = @fingerprint`,
    ),
    unsentClaims: db.prepare<GuildParams, LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM reminder_ledger WHERE guild_id = @guild AND state = 'claimed'
       ORDER BY rowid`,
    ),

    digestGet: db.prepare<GuildParams & { channelId: string }, DigestRow>(
      `SELECT channel_id, message_id, period_key, updated_at FROM digest_state
       WHERE guild_id = @guild AND channel_id = @channelId`,
    ),
    digestSet: db.prepare<
      GuildParams & { channelId: string; messageId: string; periodKey: string; now: string }
    >(
      `INSERT INTO digest_state (guild_id, channel_id, message_id, period_key, updated_at)
       VALUES (@guild, @channelId, @messageId, @periodKey, @now)
       ON CONFLICT (guild_id, channel_id) DO UPDATE SET
         message_id = excluded.message_id, period_key = excluded.period_key, updated_at = excluded.updated_at`,
    ),
    digestList: db.prepare<GuildParams, DigestRow>(
      `SELECT channel_id, message_id, period_key, updated_at FROM digest_state WHERE guild_id = @guild
       ORDER BY channel_id`,
    ),

    eventGet: db.prepare<GuildParams & { meetingId: string }, EventRow>(
      `SELECT meeting_id, event_id, fingerprint, updated_at FROM scheduled_events
       WHERE guild_id = @guild AND meeting_id = @meetingId`,
    ),
    eventSet: db.prepare<
      GuildParams & { meetingId: string; eventId: string; fingerprint: string; now: string }
    >(
      `INSERT INTO scheduled_events (guild_id, meeting_id, event_id, fingerprint, updated_at)
       VALUES (@guild, @meetingId, @eventId, @fingerprint, @now)
       ON CONFLICT (guild_id, meeting_id) DO UPDATE SET
         event_id = excluded.event_id, fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`,
    ),
    eventDelete: db.prepare<GuildParams & { meetingId: string }>(
      'DELETE FROM scheduled_events WHERE guild_id = @guild AND meeting_id = @meetingId',
    ),
    eventList: db.prepare<GuildParams, EventRow>(
      `SELECT meeting_id, event_id, fingerprint, updated_at FROM scheduled_events WHERE guild_id = @guild
       ORDER BY meeting_id`,
    ),

    decisionLog: db.prepare<GuildParams & { key: string; decision: string; reason: string; at: string }>(
      `INSERT INTO decision_log (guild_id, key, decision, reason, at)
       VALUES (@guild, @key, @decision, @reason, @at)`,
    ),
    decisions: db.prepare<GuildParams & { key: string | null }, DecisionRow>(
      `SELECT key, decision, reason, at FROM decision_log
       WHERE guild_id = @guild AND (@key IS NULL OR key = @key) ORDER BY seq`,
    ),
  };
}

function toStoredMeeting(row: MeetingRow): StoredMeeting {
  // Written only after validation against core's schema, so the JSON is trusted on the way back.
  return {
    meeting: JSON.parse(row.data) as Meeting,
    revision: row.revision,
    updatedAt: new Date(row.updated_at),
  };
}

function toRoute(row: RouteRow): ReminderRoute {
  return row.role_id === null
    ? { target: row.target, channelId: row.channel_id }
    : { target: row.target, channelId: row.channel_id, roleId: row.role_id };
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

function toDigest(row: DigestRow): DigestState {
  return {
    channelId: row.channel_id,
    messageId: row.message_id,
    periodKey: row.period_key,
    updatedAt: new Date(row.updated_at),
  };
}

function toEvent(row: EventRow): ScheduledEventMirror {
  return {
    meetingId: row.meeting_id,
    eventId: row.event_id,
    fingerprint: row.fingerprint,
    updatedAt: new Date(row.updated_at),
  };
}

/** Validates a meeting against core's schema (applying its defaults) and drops a dataset's `when`. */
function validMeeting(meeting: Meeting | DatedMeeting): Meeting {
  const { when: _when, ...plain } = meeting as Meeting & { when?: unknown };
  const result = Meeting.safeParse(plain);
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'réunion'} : ${issue.message}`,
  );
  throw new StoreError('invalid-meeting', `Réunion « ${meeting.id} » invalide : ${issues.join(' ; ')}.`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The bot's embedded SQLite store, one file for every guild the process serves. Every method takes
 * the guild id first. Each mutation is one statement or one immediate transaction, so two
 * processes sharing the file stay consistent. Open it with `openStore`.
 */
export class Store {
  /** The database file, or `:memory:`. */
  readonly path: string;
  readonly #db: Database.Database;
  readonly #sql: ReturnType<typeof prepareStatements>;
  /** Answers to convocations, member links and the messages that carry answer buttons. */
  readonly attendance: AttendanceRepository;

  /**
   * @internal Use `openStore`, which checks and migrates the file first.
   * @param db - A connection to a migrated database.
   * @param path - The file, for messages.
   */
  constructor(db: Database.Database, path: string) {
    this.#db = db;
    this.path = path;
    this.#sql = prepareStatements(db);
    this.attendance = new AttendanceRepository(db);
  }

  /** The schema version of the open database. */
  get schemaVersion(): number {
    return schemaVersion(this.#db);
  }

  /** Closes the connection; the store cannot be used afterwards. */
  close(): void {
    this.#db.close();
  }

  // Meetings overlay

  /**
   * Stores a meeting created or changed from Discord, after validating it against core's schema.
   * Its revision starts at 1 and grows by one on each actual change; storing the same meeting
   * again changes nothing.
   *
   * @param guild - The Discord guild id.
   * @param meeting - The whole meeting (a dataset's `DatedMeeting` is accepted, its `when` dropped).
   * @param now - When it changed.
   * @returns The stored meeting with its revision.
   * @example
   * store.upsertMeeting('123', { id: 'ca-2024-03', body: 'ca', title: 'CA', start: '2024-03-12T18:00' }).revision
   * //=> 1
   */
  upsertMeeting(guild: string, meeting: Meeting | DatedMeeting, now: Date = new Date()): StoredMeeting {
    const valid = validMeeting(meeting);
    return this.#db
      .transaction(() => {
        this.#sql.meetingUpsert.get({
          guild,
          id: valid.id,
          body: valid.body ?? null,
          group: valid.group ?? null,
          start: valid.start,
          status: valid.status,
          now: now.toISOString(),
          data: JSON.stringify(valid),
        });
        return this.getMeeting(guild, valid.id)!;
      })
      .immediate();
  }

  /**
   * Reads one meeting of the overlay.
   *
   * @param guild - The Discord guild id.
   * @param id - The meeting id.
   * @returns The stored meeting, or `undefined` when staff never changed it.
   * @example
   * store.getMeeting('123', 'ca-2024-03')?.meeting.status
   * //=> 'cancelled'
   */
  getMeeting(guild: string, id: string): StoredMeeting | undefined {
    const row = this.#sql.meetingGet.get({ guild, id });
    return row && toStoredMeeting(row);
  }

  /**
   * Lists the guild's overlay meetings by local start text, then id.
   *
   * @param guild - The Discord guild id.
   * @returns The stored meetings; `.map((m) => m.meeting)` feeds `overlayMeetings`.
   * @example
   * store.listMeetings('123').map((m) => m.meeting.id)
   * //=> ['ca-2024-03', 'gt1-2024-04']
   */
  listMeetings(guild: string): StoredMeeting[] {
    return this.#sql.meetingList.all({ guild }).map(toStoredMeeting);
  }

  /**
   * Removes a meeting from the overlay, so the dataset's version applies again.
   *
   * @param guild - The Discord guild id.
   * @param id - The meeting id.
   * @returns Whether a meeting was removed.
   * @example
   * store.deleteMeeting('123', 'ca-2024-03')
   * //=> true
   */
  deleteMeeting(guild: string, id: string): boolean {
    return this.#sql.meetingDelete.run({ guild, id }).changes > 0;
  }

  /**
   * Marks a meeting cancelled.
   *
   * @param guild - The Discord guild id.
   * @param id - The meeting id.
   * @param options - The dataset meeting to start from if the overlay lacks it, and the time.
   * @returns The stored meeting, or `undefined` when it is neither in the overlay nor given as base.
   * @example
   * store.cancelMeeting('123', 'ca-2024-03', { base: dataset.meetingById.get('ca-2024-03') })?.meeting.status
   * //=> 'cancelled'
   */
  cancelMeeting(guild: string, id: string, options: MeetingChangeOptions = {}): StoredMeeting | undefined {
    return this.#changeMeeting(guild, id, options, (meeting) => ({ ...meeting, status: 'cancelled' }));
  }

  /**
   * Moves a meeting to a new local start, and end. Without `newEnd` the old end is dropped, since
   * it belonged to the old date. The status is kept.
   *
   * @param guild - The Discord guild id.
   * @param id - The meeting id.
   * @param newStart - The new local start (`AAAA-MM-JJTHH:MM`, or a coarser date).
   * @param newEnd - The new local end, if known.
   * @param options - The dataset meeting to start from if the overlay lacks it, and the time.
   * @returns The stored meeting, or `undefined` when it is neither in the overlay nor given as base.
   * @example
   * store.moveMeeting('123', 'ca-2024-03', '2024-03-19T18:00', '2024-03-19T20:00')?.meeting.start
   * //=> '2024-03-19T18:00'
   */
  moveMeeting(
    guild: string,
    id: string,
    newStart: string,
    newEnd?: string,
    options: MeetingChangeOptions = {},
  ): StoredMeeting | undefined {
    return this.#changeMeeting(guild, id, options, ({ end: _end, ...meeting }) =>
      newEnd === undefined ? { ...meeting, start: newStart } : { ...meeting, start: newStart, end: newEnd },
    );
  }

  /**
   * Replaces a meeting's agenda.
   *
   * @param guild - The Discord guild id.
   * @param id - The meeting id.
   * @param items - The new agenda.
   * @param options - The dataset meeting to start from if the overlay lacks it, and the time.
   * @returns The stored meeting, or `undefined` when it is neither in the overlay nor given as base.
   * @example
   * store.setAgenda('123', 'ca-2024-03', [{ title: 'Budget' }])?.meeting.agenda
   * //=> [{ title: 'Budget' }]
   */
  setAgenda(
    guild: string,
    id: string,
    items: readonly AgendaItem[],
    options: MeetingChangeOptions = {},
  ): StoredMeeting | undefined {
    return this.#changeMeeting(guild, id, options, (meeting) => ({ ...meeting, agenda: [...items] }));
  }

  /**
   * Sets the link to a meeting's minutes (compte-rendu), keeping their summary.
   *
   * @param guild - The Discord guild id.
   * @param id - The meeting id.
   * @param url - The http(s) address of the minutes.
   * @param options - The dataset meeting to start from if the overlay lacks it, and the time.
   * @returns The stored meeting, or `undefined` when it is neither in the overlay nor given as base.
   * @example
   * store.setMinutesUrl('123', 'ca-2024-03', 'https://example.org/cr.pdf')?.meeting.minutes
   * //=> { url: 'https://example.org/cr.pdf' }
   */
  setMinutesUrl(
    guild: string,
    id: string,
    url: string,
    options: MeetingChangeOptions = {},
  ): StoredMeeting | undefined {
    return this.#changeMeeting(guild, id, options, (meeting) => ({
      ...meeting,
      minutes: { ...meeting.minutes, url },
    }));
  }

  #changeMeeting(
    guild: string,
    id: string,
    options: MeetingChangeOptions,
    change: (meeting: Meeting) => Meeting,
  ): StoredMeeting | undefined {
    return this.#db
      .transaction(() => {
        const current = this.getMeeting(guild, id)?.meeting ?? (options.base && validMeeting(options.base));
        if (current === undefined) return undefined;
        return this.upsertMeeting(guild, { ...change(current), id }, options.now);
      })
      .immediate();
  }

  // Reminder routes

  /**
   * Routes a target's reminders to a channel, optionally mentioning a role. Setting the same
   * target and channel again replaces the role.
   *
   * @param guild - The Discord guild id.
   * @param route - The body or group id (or `'*'` for all), the channel and the role.
   * @param now - When it changed.
   * @returns Nothing.
   * @example
   * store.setRoute('123', { target: 'ca', channelId: '456', roleId: '789' })
   * //=> undefined
   */
  setRoute(guild: string, route: ReminderRoute, now: Date = new Date()): void {
    if (route.target !== '*' && !Id.safeParse(route.target).success) {
      throw new StoreError(
        'invalid-route',
        `Cible de rappel invalide « ${route.target} » : identifiant d'instance ou de groupe attendu, ou « * » pour toutes.`,
      );
    }
    this.#sql.routeSet.run({
      guild,
      target: route.target,
      channelId: route.channelId,
      roleId: route.roleId ?? null,
      now: now.toISOString(),
    });
  }

  /**
   * Removes a target's route to one channel, or to all its channels.
   *
   * @param guild - The Discord guild id.
   * @param target - The body or group id, or `'*'`.
   * @param channelId - The channel; all of the target's channels when omitted.
   * @returns How many routes were removed.
   * @example
   * store.removeRoute('123', 'ca')
   * //=> 1
   */
  removeRoute(guild: string, target: string, channelId?: string): number {
    return this.#sql.routeRemove.run({ guild, target, channelId: channelId ?? null }).changes;
  }

  /**
   * Lists the guild's routes by target, then channel.
   *
   * @param guild - The Discord guild id.
   * @returns The routes.
   * @example
   * store.listRoutes('123')
   * //=> [{ target: '*', channelId: '111' }, { target: 'ca', channelId: '456', roleId: '789' }]
   */
  listRoutes(guild: string): ReminderRoute[] {
    return this.#sql.routeList.all({ guild }).map(toRoute);
  }

  /**
   * The channels a target's reminders go to: its own routes, then the `'*'` routes to other
   * channels. One route per channel, so a reminder is never posted twice in a channel.
   *
   * @param guild - The Discord guild id.
   * @param target - The body or group id.
   * @returns The routes that apply.
   * @example
   * store.routesFor('123', 'ca')
   * //=> [{ target: 'ca', channelId: '456', roleId: '789' }, { target: '*', channelId: '111' }]
   */
  routesFor(guild: string, target: string): ReminderRoute[] {
    const seen = new Set<string>();
    const routes: ReminderRoute[] = [];
    for (const row of this.#sql.routesFor.all({ guild, target })) {
      if (seen.has(row.channel_id)) continue;
      seen.add(row.channel_id);
      routes.push(toRoute(row));
    }
    return routes;
  }

  // Reminder ledger

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
  claim(guild: string, claim: ReminderClaim, now: Date): boolean {
    const params = {
      guild,
      key: claim.key,
      fingerprint: claim.fingerprint,
      nonce: claim.nonce ?? reminderNonce(claim.key, claim.fingerprint),
      channelId: claim.channelId,
      now: now.toISOString(),
    };
    return this.#db.transaction(() => this.#sql.claim.run(params).changes === 1).immediate();
  }

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
  markSent(guild: string, key: string, fingerprint: string, messageId: string, now: Date): boolean {
    return (
      this.#sql.markSent.run({ guild, key, fingerprint, messageId, now: now.toISOString() }).changes === 1
    );
  }

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
  markSkipped(guild: string, key: string, fingerprint: string, reason: string, now: Date): boolean {
    const nonce = reminderNonce(key, fingerprint);
    return (
      this.#sql.markSkipped.run({ guild, key, fingerprint, nonce, reason, now: now.toISOString() })
        .changes === 1
    );
  }

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
  recordFailure(guild: string, key: string, fingerprint: string, error: unknown, now: Date): number {
    const row = this.#sql.recordFailure.get({
      guild,
      key,
      fingerprint,
      error: errorText(error),
      now: now.toISOString(),
    });
    return row?.attempts ?? 0;
  }

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
  ledgerForKeys(guild: string, keys: readonly string[]): LedgerEntry[] {
    if (keys.length === 0) return [];
    return this.#sql.ledgerForKeys.all({ guild, keys: JSON.stringify(keys) }).map(toLedgerEntry);
  }

  /**
   * The instant up to which the reminder scheduler last decided, if it ever ran.
   *
   * @param guild - The Discord guild id.
   * @returns The instant, or `undefined`.
   * @example
   * store.schedulerMark('123')?.toISOString()
   * //=> '2026-03-24T08:00:00.000Z'
   */
  schedulerMark(guild: string): Date | undefined {
    const row = this.#sql.markGet.get({ guild, name: 'decided-until' });
    return row ? new Date(row.value) : undefined;
  }

  /**
   * Records the instant up to which the reminder scheduler decided.
   *
   * @param guild - The Discord guild id.
   * @param at - The instant of the tick that completed.
   * @example
   * store.setSchedulerMark('123', new Date('2026-03-24T08:00:00Z'))
   */
  setSchedulerMark(guild: string, at: Date): void {
    this.#sql.markSet.run({ guild, name: 'decided-until', value: at.toISOString(), now: at.toISOString() });
  }

  /**
   * A short text that changes whenever the guild's meeting overlay changes (a meeting added,
   * changed or removed), so callers rebuild the overlaid dataset only then.
   *
   * @param guild - The Discord guild id.
   * @returns An opaque version text.
   * @example
   * store.overlayVersion('123')
   * //=> '2:3:2026-11-23T10:00:00.000Z'
   */
  overlayVersion(guild: string): string {
    const row = this.#sql.overlayVersion.get({ guild })!;
    return `${row.n}:${row.r}:${row.u}`;
  }

  /**
   * The guild's ledger, in claim order, as core's reminder plan reads it.
   *
   * @param guild - The Discord guild id.
   * @returns The entries.
   * @example
   * store.ledger('123')
   * //=> [{ key: 'ca-2024-03:j-7:ca', fingerprint: 'f1', state: 'sent', messageId: '999' }]
   */
  ledger(guild: string): LedgerEntry[] {
    return this.#sql.ledger.all({ guild }).map(toLedgerEntry);
  }

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
  ledgerFor(guild: string, key: string): LedgerEntry[] {
    return this.#sql.ledgerFor.all({ guild, key }).map(toLedgerEntry);
  }

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
  ledgerRecord(guild: string, key: string, fingerprint: string): LedgerRecord | undefined {
    const row = this.#sql.ledgerRecord.get({ guild, key, fingerprint });
    return row && toLedgerRecord(row);
  }

  /**
   * Reminders claimed but not yet sent or skipped: after a crash, resend them with their nonce.
   *
   * @param guild - The Discord guild id.
   * @returns The records, in claim order.
   * @example
   * store.unsentClaims('123').map((r) => r.nonce)
   * //=> ['0k3…']
   */
  unsentClaims(guild: string): LedgerRecord[] {
    return this.#sql.unsentClaims.all({ guild }).map(toLedgerRecord);
  }

  // Digest state

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
  getDigest(guild: string, channelId: string): DigestState | undefined {
    const row = this.#sql.digestGet.get({ guild, channelId });
    return row && toDigest(row);
  }

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
  setDigest(guild: string, state: Omit<DigestState, 'updatedAt'>, now: Date = new Date()): void {
    this.#sql.digestSet.run({ guild, ...state, now: now.toISOString() });
  }

  /**
   * Lists the guild's digest messages by channel.
   *
   * @param guild - The Discord guild id.
   * @returns The states.
   * @example
   * store.listDigests('123').length
   * //=> 1
   */
  listDigests(guild: string): DigestState[] {
    return this.#sql.digestList.all({ guild }).map(toDigest);
  }

  // Scheduled-event mirror

  /**
   * The Discord scheduled event mirroring a meeting.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting id.
   * @returns The mirror, or `undefined`.
   * @example
   * store.getScheduledEvent('123', 'ca-2024-03')?.eventId
   * //=> '777'
   */
  getScheduledEvent(guild: string, meetingId: string): ScheduledEventMirror | undefined {
    const row = this.#sql.eventGet.get({ guild, meetingId });
    return row && toEvent(row);
  }

  /**
   * Records the scheduled event mirroring a meeting and the fingerprint it was made from.
   *
   * @param guild - The Discord guild id.
   * @param mirror - The meeting, event and fingerprint.
   * @param now - When it changed.
   * @returns Nothing.
   * @example
   * store.setScheduledEvent('123', { meetingId: 'ca-2024-03', eventId: '777', fingerprint: 'f1' })
   * //=> undefined
   */
  setScheduledEvent(
    guild: string,
    mirror: Omit<ScheduledEventMirror, 'updatedAt'>,
    now: Date = new Date(),
  ): void {
    this.#sql.eventSet.run({ guild, ...mirror, now: now.toISOString() });
  }

  /**
   * Forgets the scheduled event of a meeting.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting id.
   * @returns Whether one was recorded.
   * @example
   * store.deleteScheduledEvent('123', 'ca-2024-03')
   * //=> true
   */
  deleteScheduledEvent(guild: string, meetingId: string): boolean {
    return this.#sql.eventDelete.run({ guild, meetingId }).changes > 0;
  }

  /**
   * Lists the guild's scheduled-event mirrors by meeting id.
   *
   * @param guild - The Discord guild id.
   * @returns The mirrors.
   * @example
   * store.listScheduledEvents('123').map((e) => e.meetingId)
   * //=> ['ca-2024-03']
   */
  listScheduledEvents(guild: string): ScheduledEventMirror[] {
    return this.#sql.eventList.all({ guild }).map(toEvent);
  }

  // Decision log

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
  logDecision(guild: string, decision: Decision): void {
    this.#sql.decisionLog.run({
      guild,
      key: decision.key,
      decision: decision.decision,
      reason: decision.reason,
      at: decision.at.toISOString(),
    });
  }

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
  decisions(guild: string, key?: string): Decision[] {
    return this.#sql.decisions
      .all({ guild, key: key ?? null })
      .map((row) => ({ key: row.key, decision: row.decision, reason: row.reason, at: new Date(row.at) }));
  }
}
