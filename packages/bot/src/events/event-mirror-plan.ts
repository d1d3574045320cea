import { type AgendaItem, type Dataset, type DatedMeeting, meetingFingerprint } from '@ptce/core';
import { targetName } from '../meeting-text/target-name.js';

/** Discord's limits on guild scheduled events. */
export const EVENT_LIMITS = { name: 100, description: 1000, location: 100, perGuild: 100 } as const;

/** What a mirrored event should look like. */
export interface EventFields {
  readonly name: string;
  readonly description: string;
  readonly location: string;
  /** ISO instants. */
  readonly start: string;
  readonly end: string;
}

/** One change to make on Discord. */
export type MirrorAction =
  | {
      readonly kind: 'create';
      readonly meetingId: string;
      readonly fingerprint: string;
      readonly fields: EventFields;
    }
  | {
      readonly kind: 'update';
      readonly meetingId: string;
      readonly eventId: string;
      readonly fingerprint: string;
      readonly fields: EventFields;
    }
  | {
      readonly kind: 'cancel';
      readonly meetingId: string;
      readonly eventId: string;
      readonly fingerprint: string;
    }
  | { readonly kind: 'delete'; readonly meetingId: string; readonly eventId: string };

/** An event the bot created earlier, as the store remembers it. */
export interface MirroredEvent {
  readonly meetingId: string;
  readonly eventId: string;
  readonly fingerprint: string;
}

const DAY = 86_400_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function agendaText(items: readonly AgendaItem[], depth = 0): string[] {
  return items.flatMap((i) => [`${'  '.repeat(depth)}• ${i.title}`, ...agendaText(i.items ?? [], depth + 1)]);
}

/** The last line of a mirrored event's description: lets a restart find events it created. */
export function eventMarker(meetingId: string): string {
  return `(réf. ${meetingId})`;
}

/** The meeting id an event's description names, if the bot created it. */
export function markedMeetingId(description: string | null | undefined): string | undefined {
  return /\(réf\. ([a-z0-9-]+)\)\s*$/.exec(description ?? '')?.[1];
}

/** The event fields of a meeting, within Discord's limits. */
export function eventFields(dataset: Dataset, meeting: DatedMeeting): EventFields {
  const target = targetName(dataset, meeting.body ?? meeting.group);
  const name =
    target && !meeting.title.toLowerCase().includes(target.toLowerCase())
      ? `${meeting.title} · ${target}`
      : meeting.title;
  const body = [
    ...(meeting.agenda.length > 0 ? ['Ordre du jour :', ...agendaText(meeting.agenda)] : []),
    ...(meeting.link ? [`Lien : ${meeting.link}`] : []),
    dataset.ptce.name,
  ].join('\n');
  const marker = eventMarker(meeting.id);
  const description = `${clip(body, EVENT_LIMITS.description - marker.length - 1)}\n${marker}`;
  const end = meeting.when.end ? meeting.when.endsAt : meeting.when.startsAt + 2 * 3_600_000;
  return {
    name: clip(name, EVENT_LIMITS.name),
    description,
    location: clip(meeting.place ?? meeting.link ?? 'Lieu à préciser', EVENT_LIMITS.location),
    start: new Date(meeting.when.startsAt).toISOString(),
    end: new Date(end).toISOString(),
  };
}

/**
 * What to create, update, cancel or delete so that Discord's Events tab shows the meetings of
 * the next `days` days (only meetings with a known time: Discord needs one). Idempotent: the
 * same mirror and dataset give no action.
 */
export function eventMirrorPlan(
  dataset: Dataset,
  mirrored: readonly MirroredEvent[],
  now: Date,
  options: { readonly days?: number; readonly cap?: number } = {},
): MirrorAction[] {
  const t = now.getTime();
  const horizon = t + (options.days ?? 60) * DAY;
  const cap = options.cap ?? EVENT_LIMITS.perGuild;
  const byMeeting = new Map(mirrored.map((m) => [m.meetingId, m]));
  const wanted = dataset.meetings
    .filter((m) => m.when.start.precision === 'datetime' && m.when.startsAt > t && m.when.startsAt <= horizon)
    .filter((m) => m.status === 'planned' || byMeeting.has(m.id));
  const actions: MirrorAction[] = [];
  const kept = new Set<string>();
  let active = 0;
  for (const meeting of wanted) {
    const existing = byMeeting.get(meeting.id);
    const fingerprint = meetingFingerprint(meeting);
    if (meeting.status === 'cancelled') {
      if (existing && existing.fingerprint !== fingerprint) {
        actions.push({ kind: 'cancel', meetingId: meeting.id, eventId: existing.eventId, fingerprint });
      }
      if (existing) kept.add(meeting.id);
      continue;
    }
    if (active >= cap) continue;
    active++;
    kept.add(meeting.id);
    if (!existing)
      actions.push({
        kind: 'create',
        meetingId: meeting.id,
        fingerprint,
        fields: eventFields(dataset, meeting),
      });
    else if (existing.fingerprint !== fingerprint) {
      actions.push({
        kind: 'update',
        meetingId: meeting.id,
        eventId: existing.eventId,
        fingerprint,
        fields: eventFields(dataset, meeting),
      });
    }
  }
  for (const m of mirrored) {
    if (kept.has(m.meetingId)) continue;
    const meeting = dataset.meetingById.get(m.meetingId);
    // A past meeting's event ends by itself on Discord; only events no longer wanted go away.
    if (meeting && meeting.when.startsAt <= t) continue;
    actions.push({ kind: 'delete', meetingId: m.meetingId, eventId: m.eventId });
  }
  return actions;
}
