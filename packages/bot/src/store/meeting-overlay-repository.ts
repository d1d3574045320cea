import type { DatedMeeting, Meeting } from '@ptce/core';
import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import type { MeetingChangeOptions, MeetingEdit, StoredMeeting } from './store-records.js';
import { validMeeting } from './valid-meeting.js';

interface MeetingRow {
  data: string;
  revision: number;
  updated_at: string;
}

/** The meetings staff created or changed from Discord (table `meeting_overlay`). */
export interface MeetingOverlayRepository {
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
  upsertMeeting(guild: string, meeting: Meeting | DatedMeeting, now?: Date): StoredMeeting;

  /**
   * Applies one edit (see `staff/meeting-edits`) to a meeting in a single immediate transaction:
   * the overlay's version is read, edited and written back, so two concurrent edits never lose
   * one another.
   *
   * @param guild - The Discord guild id.
   * @param id - The meeting id.
   * @param edit - A pure function from the current meeting to the changed one.
   * @param options - The dataset meeting to start from if the overlay lacks it, and the time.
   * @returns The stored meeting, or `undefined` when it is neither in the overlay nor given as base.
   * @example
   * store.updateMeeting('123', 'ca-2024-03', cancelled, { base: dataset.meetingById.get('ca-2024-03') })?.meeting.status
   * //=> 'cancelled'
   */
  updateMeeting(
    guild: string,
    id: string,
    edit: MeetingEdit,
    options?: MeetingChangeOptions,
  ): StoredMeeting | undefined;

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
  getMeeting(guild: string, id: string): StoredMeeting | undefined;

  /**
   * Lists the guild's overlay meetings by local start text, then id.
   *
   * @param guild - The Discord guild id.
   * @returns The stored meetings; `.map((m) => m.meeting)` feeds `overlayMeetings`.
   * @example
   * store.listMeetings('123').map((m) => m.meeting.id)
   * //=> ['ca-2024-03', 'gt1-2024-04']
   */
  listMeetings(guild: string): StoredMeeting[];

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
  deleteMeeting(guild: string, id: string): boolean;

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
  overlayVersion(guild: string): string;
}

function toStoredMeeting(row: MeetingRow): StoredMeeting {
  // Written only after validation against core's schema, so the JSON is trusted on the way back.
  return {
    meeting: JSON.parse(row.data) as Meeting,
    revision: row.revision,
    updatedAt: new Date(row.updated_at),
  };
}

/**
 * The meeting overlay over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function meetingOverlayRepository(db: Database.Database): MeetingOverlayRepository {
  const upsert = db.prepare<
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
  );
  const get = db.prepare<GuildParams & { id: string }, MeetingRow>(
    'SELECT data, revision, updated_at FROM meeting_overlay WHERE guild_id = @guild AND meeting_id = @id',
  );
  const list = db.prepare<GuildParams, MeetingRow>(
    `SELECT data, revision, updated_at FROM meeting_overlay WHERE guild_id = @guild
     ORDER BY start_local, meeting_id`,
  );
  const remove = db.prepare<GuildParams & { id: string }>(
    'DELETE FROM meeting_overlay WHERE guild_id = @guild AND meeting_id = @id',
  );
  const version = db.prepare<GuildParams, { n: number; r: number; u: string }>(
    `SELECT count(*) AS n, coalesce(sum(revision), 0) AS r, coalesce(max(updated_at), '') AS u
     FROM meeting_overlay WHERE guild_id = @guild`,
  );

  const getMeeting = (guild: string, id: string): StoredMeeting | undefined => {
    const row = get.get({ guild, id });
    return row && toStoredMeeting(row);
  };
  const upsertMeeting = (
    guild: string,
    meeting: Meeting | DatedMeeting,
    now: Date = new Date(),
  ): StoredMeeting => {
    const valid = validMeeting(meeting);
    return db
      .transaction(() => {
        upsert.get({
          guild,
          id: valid.id,
          body: valid.body ?? null,
          group: valid.group ?? null,
          start: valid.start,
          status: valid.status,
          now: now.toISOString(),
          data: JSON.stringify(valid),
        });
        return getMeeting(guild, valid.id)!;
      })
      .immediate();
  };

  return {
    upsertMeeting,
    getMeeting,
    updateMeeting: (guild, id, edit, options = {}) =>
      db
        .transaction(() => {
          const current = getMeeting(guild, id)?.meeting ?? (options.base && validMeeting(options.base));
          if (current === undefined) return undefined;
          return upsertMeeting(guild, { ...edit(current), id }, options.now);
        })
        .immediate(),
    listMeetings: (guild) => list.all({ guild }).map(toStoredMeeting),
    deleteMeeting: (guild, id) => remove.run({ guild, id }).changes > 0,
    overlayVersion: (guild) => {
      const row = version.get({ guild })!;
      return `${row.n}:${row.r}:${row.u}`;
    },
  };
}
