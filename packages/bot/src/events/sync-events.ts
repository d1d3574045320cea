import type { Dataset } from '@ptce/core';
import { DiscordAPIError, type REST, Routes } from 'discord.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import { type EventFields, eventMirrorPlan, markedMeetingId } from './event-mirror-plan.js';

const EXTERNAL = 3;
const GUILD_ONLY = 2;
const CANCELED = 4;

function body(fields: EventFields) {
  return {
    name: fields.name,
    description: fields.description,
    scheduled_start_time: fields.start,
    scheduled_end_time: fields.end,
    privacy_level: GUILD_ONLY,
    entity_type: EXTERNAL,
    entity_metadata: { location: fields.location },
  };
}

function isGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.status === 404;
}

/** What one synchronisation did. */
export interface SyncReport {
  created: number;
  updated: number;
  cancelled: number;
  deleted: number;
  adopted: number;
  failed: number;
}

/**
 * Mirrors upcoming meetings as Discord scheduled events. Event ids are kept in the store; events
 * the bot created but did not record (a crash between the two) are found again by the marker in
 * their description, so a restart creates no duplicate.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event
 */
export async function syncEvents(
  rest: REST,
  guildId: string,
  store: Store,
  dataset: Dataset,
  now: Date,
  logger: Logger,
  options: { readonly adopt?: boolean; readonly days?: number } = {},
): Promise<SyncReport> {
  const report: SyncReport = { created: 0, updated: 0, cancelled: 0, deleted: 0, adopted: 0, failed: 0 };
  if (options.adopt) {
    const known = new Set(store.listScheduledEvents(guildId).map((e) => e.meetingId));
    const events = (await rest.get(Routes.guildScheduledEvents(guildId))) as {
      id: string;
      description?: string | null;
    }[];
    for (const event of events) {
      const meetingId = markedMeetingId(event.description);
      if (meetingId && !known.has(meetingId)) {
        // Adopted with an empty fingerprint, so the plan refreshes its fields.
        store.setScheduledEvent(guildId, { meetingId, eventId: event.id, fingerprint: '' }, now);
        known.add(meetingId);
        report.adopted++;
      }
    }
  }
  const actions = eventMirrorPlan(
    dataset,
    store.listScheduledEvents(guildId),
    now,
    options.days === undefined ? {} : { days: options.days },
  );
  for (const action of actions) {
    try {
      switch (action.kind) {
        case 'create': {
          const created = (await rest.post(Routes.guildScheduledEvents(guildId), {
            body: body(action.fields),
          })) as { id: string };
          store.setScheduledEvent(
            guildId,
            { meetingId: action.meetingId, eventId: created.id, fingerprint: action.fingerprint },
            now,
          );
          report.created++;
          break;
        }
        case 'update':
          await rest.patch(Routes.guildScheduledEvent(guildId, action.eventId), {
            body: body(action.fields),
          });
          store.setScheduledEvent(
            guildId,
            { meetingId: action.meetingId, eventId: action.eventId, fingerprint: action.fingerprint },
            now,
          );
          report.updated++;
          break;
        case 'cancel':
          await rest.patch(Routes.guildScheduledEvent(guildId, action.eventId), {
            body: { status: CANCELED },
          });
          store.setScheduledEvent(
            guildId,
            { meetingId: action.meetingId, eventId: action.eventId, fingerprint: action.fingerprint },
            now,
          );
          report.cancelled++;
          break;
        case 'delete':
          await rest.delete(Routes.guildScheduledEvent(guildId, action.eventId));
          store.deleteScheduledEvent(guildId, action.meetingId);
          report.deleted++;
          break;
      }
    } catch (error) {
      if (isGone(error) && action.kind !== 'create') {
        // Deleted by someone on Discord: forget it; the next pass recreates it if still wanted.
        store.deleteScheduledEvent(guildId, action.meetingId);
        logger.info('scheduled event gone on Discord, forgotten', { meeting: action.meetingId });
        continue;
      }
      report.failed++;
      logger.warn('scheduled event not synchronised', {
        action: action.kind,
        meeting: action.meetingId,
        error,
      });
    }
  }
  return report;
}
