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
   * changed or removed), so callers rebuild the overlaid dataset only then. It starts with the
   * number of meetings in the overlay and a colon (`0:` when there is none), and is never the
   * same for two different overlays of a guild. Reads one row, kept by triggers.
   *
   * @param guild - The Discord guild id.
   * @returns An opaque version text.
   * @example
   * store.overlayVersion('123')
   * //=> '2:1:3'
   */
  overlayVersion(guild: string): string;

  /**
   * The guild's whole overlay and its version, read together, the meetings in the order of
   * `listMeetings` (local start text, then id).
   *
   * @param guild - The Discord guild id.
   * @returns The version (as `overlayVersion` gives it) and the meetings.
   * @example
   * store.overlaySnapshot('123').meetings.map((m) => m.id)
   * //=> ['ca-2024-03', 'gt1-2024-04']
   */
  overlaySnapshot(guild: string): OverlaySnapshot;

  /**
   * What changed in the guild's overlay since a version it had: each meeting stored, changed or
   * removed since then, with its overlay meeting now (`undefined` once removed).
   *
   * @param guild - The Discord guild id.
   * @param since - A version `overlayVersion` or `overlaySnapshot` gave for this guild.
   * @returns The current version and the changes, or `undefined` when they cannot be told from
   *   that version (the guild's data were purged since, or the version is not one of its own).
   * @example
   * store.overlayChangesSince('123', '2:1:3')?.changes
   * //=> Map { 'ca-2024-03' => { id: 'ca-2024-03', status: 'cancelled', … } }
   */
  overlayChangesSince(guild: string, since: string): OverlayChanges | undefined;
}

/** A guild's overlay as it stood at one version. */
export interface OverlaySnapshot {
  /** As `overlayVersion` gives it. */
  readonly version: string;
  /** The overlay meetings, by local start text, then id. */
  readonly meetings: readonly Meeting[];
}

/** The meetings of an overlay that changed since a version. */
export interface OverlayChanges {
  /** The version now, as `overlayVersion` gives it. */
  readonly version: string;
  /** Each changed meeting id, with its overlay meeting now or `undefined` once removed. */
  readonly changes: ReadonlyMap<string, Meeting | undefined>;
}

/**
 * The overlay's order (`listMeetings`): by local start text, then id. Both are ASCII, so this is
 * SQLite's binary order too.
 *
 * @param a - A meeting.
 * @param b - Another one.
 * @returns A negative number when `a` comes first, positive when `b` does, 0 for the same place.
 * @example
 * compareOverlayOrder({ id: 'b', start: '2024-03-12', … }, { id: 'a', start: '2024-03-12T18:00', … })
 * //=> -1
 */
export function compareOverlayOrder(a: Meeting, b: Meeting): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface VersionRow {
  meetings: number;
  epoch: number;
  version: number;
}

const versionText = (row: VersionRow | undefined): string =>
  row ? `${row.meetings}:${row.epoch}:${row.version}` : '0:0:0';

function parsedVersion(text: string): VersionRow | undefined {
  const m = /^(\d+):(\d+):(\d+)$/.exec(text);
  return m ? { meetings: Number(m[1]), epoch: Number(m[2]), version: Number(m[3]) } : undefined;
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
  const version = db.prepare<GuildParams, VersionRow>(
    'SELECT meetings, epoch, version FROM meeting_overlay_versions WHERE guild_id = @guild',
  );
  // One JSON array built by SQLite: a single JSON.parse is several times faster than one per row.
  // The subquery walks the primary key (by id), which reads the rows faster than any other order.
  const allData = db
    .prepare<GuildParams, string | null>(
      `SELECT group_concat(data, ',') FROM
         (SELECT data FROM meeting_overlay WHERE guild_id = @guild ORDER BY meeting_id)`,
    )
    .pluck();
  const changedSince = db.prepare<GuildParams & { since: number }, { id: string; data: string | null }>(
    `SELECT c.meeting_id AS id, o.data AS data FROM meeting_overlay_changes c
     LEFT JOIN meeting_overlay o ON o.guild_id = c.guild_id AND o.meeting_id = c.meeting_id
     WHERE c.guild_id = @guild AND c.version > @since`,
  );
  const readVersion = (guild: string) => versionText(version.get({ guild }));
  // Read transactions: the version and the rows it describes come from one snapshot.
  const snapshot = db.transaction((guild: string): OverlaySnapshot => {
    const text = allData.get({ guild });
    const meetings = text ? (JSON.parse(`[${text}]`) as Meeting[]) : [];
    // Read by id, the fastest walk, then put in overlay order.
    meetings.sort(compareOverlayOrder);
    return { version: readVersion(guild), meetings };
  });
  const changesSince = db.transaction((guild: string, since: string): OverlayChanges | undefined => {
    const from = parsedVersion(since);
    const now = version.get({ guild });
    if (!from) return undefined;
    // Epoch 0 is the empty overlay of a guild without a row: every change row is news to it.
    // Otherwise the change rows tell only within one epoch (a purge deletes them).
    if (from.epoch !== 0 && (!now || now.epoch !== from.epoch || now.version < from.version))
      return undefined;
    const changes = new Map<string, Meeting | undefined>();
    for (const row of changedSince.iterate({ guild, since: from.epoch === 0 ? 0 : from.version }))
      changes.set(row.id, row.data === null ? undefined : (JSON.parse(row.data) as Meeting));
    return { version: versionText(now), changes };
  });

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
    overlayVersion: readVersion,
    overlaySnapshot: (guild) => snapshot(guild),
    overlayChangesSince: (guild, since) => changesSince(guild, since),
  };
}
