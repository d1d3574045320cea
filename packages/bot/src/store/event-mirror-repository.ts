import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import type { ScheduledEventMirror } from './store-records.js';

interface EventRow {
  meeting_id: string;
  event_id: string;
  fingerprint: string;
  updated_at: string;
}

/** The Discord scheduled events that mirror meetings (table `scheduled_events`). */
export interface EventMirrorRepository {
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
  getScheduledEvent(guild: string, meetingId: string): ScheduledEventMirror | undefined;

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
  setScheduledEvent(guild: string, mirror: Omit<ScheduledEventMirror, 'updatedAt'>, now?: Date): void;

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
  deleteScheduledEvent(guild: string, meetingId: string): boolean;

  /**
   * Lists the guild's scheduled-event mirrors by meeting id.
   *
   * @param guild - The Discord guild id.
   * @returns The mirrors.
   * @example
   * store.listScheduledEvents('123').map((e) => e.meetingId)
   * //=> ['ca-2024-03']
   */
  listScheduledEvents(guild: string): ScheduledEventMirror[];
}

function toEvent(row: EventRow): ScheduledEventMirror {
  return {
    meetingId: row.meeting_id,
    eventId: row.event_id,
    fingerprint: row.fingerprint,
    updatedAt: new Date(row.updated_at),
  };
}

/**
 * The scheduled-event mirror over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function eventMirrorRepository(db: Database.Database): EventMirrorRepository {
  const get = db.prepare<GuildParams & { meetingId: string }, EventRow>(
    `SELECT meeting_id, event_id, fingerprint, updated_at FROM scheduled_events
     WHERE guild_id = @guild AND meeting_id = @meetingId`,
  );
  const set = db.prepare<
    GuildParams & { meetingId: string; eventId: string; fingerprint: string; now: string }
  >(
    `INSERT INTO scheduled_events (guild_id, meeting_id, event_id, fingerprint, updated_at)
     VALUES (@guild, @meetingId, @eventId, @fingerprint, @now)
     ON CONFLICT (guild_id, meeting_id) DO UPDATE SET
       event_id = excluded.event_id, fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<GuildParams & { meetingId: string }>(
    'DELETE FROM scheduled_events WHERE guild_id = @guild AND meeting_id = @meetingId',
  );
  const list = db.prepare<GuildParams, EventRow>(
    `SELECT meeting_id, event_id, fingerprint, updated_at FROM scheduled_events WHERE guild_id = @guild
     ORDER BY meeting_id`,
  );
  return {
    getScheduledEvent(guild, meetingId) {
      const row = get.get({ guild, meetingId });
      return row && toEvent(row);
    },
    setScheduledEvent(guild, mirror, now = new Date()) {
      set.run({ guild, ...mirror, now: now.toISOString() });
    },
    deleteScheduledEvent: (guild, meetingId) => remove.run({ guild, meetingId }).changes > 0,
    listScheduledEvents: (guild) => list.all({ guild }).map(toEvent),
  };
}
