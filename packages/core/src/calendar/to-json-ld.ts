import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { Dataset, DatedMeeting } from '../dataset/dataset.js';
import type { LocalDate } from '../time/index.js';
import { eventCategories } from './event-categories.js';
import { eventDescription } from './event-description.js';
import { eventUid } from './event-uid.js';

/** A schema.org `Place` or `VirtualLocation`. */
export type JsonLdLocation = JsonLdPlace | JsonLdVirtualLocation;

/** A schema.org `Place`: where a meeting is held. */
export interface JsonLdPlace {
  /** Always `Place`. */
  readonly '@type': 'Place';
  /** The place as the data file gives it. */
  readonly name: string;
}

/** A schema.org `VirtualLocation`: the link to join a meeting online. */
export interface JsonLdVirtualLocation {
  /** Always `VirtualLocation`. */
  readonly '@type': 'VirtualLocation';
  /** The meeting's link. */
  readonly url: string;
}

/** A schema.org `Organization`. */
export interface JsonLdOrganization {
  /** Always `Organization`. */
  readonly '@type': 'Organization';
  /** The carrier's full name (or the PTCE's name). */
  readonly name: string;
  /** The carrier's website. */
  readonly url?: string;
  /** The carrier's e-mail address. */
  readonly email?: string;
}

/** A schema.org `Event`, as JSON-LD. */
export interface JsonLdEvent {
  /** Always `Event`. */
  readonly '@type': 'Event';
  /** The event's `UID` (see `eventUid`). */
  readonly '@id': string;
  /** The meeting's title. */
  readonly name: string;
  /** `2024-03-28T18:00:00+01:00`, or `2024-03-28` for a meeting known to the day. */
  readonly startDate: string;
  /** The meeting's end, in the same form, when the data file gives one. */
  readonly endDate?: string;
  /** Cancelled, or scheduled (held meetings too). */
  readonly eventStatus: 'https://schema.org/EventScheduled' | 'https://schema.org/EventCancelled';
  /** Offline with a place, online with a link, mixed with both. */
  readonly eventAttendanceMode?:
    | 'https://schema.org/OfflineEventAttendanceMode'
    | 'https://schema.org/OnlineEventAttendanceMode'
    | 'https://schema.org/MixedEventAttendanceMode';
  /** The place, the link, or both. */
  readonly location?: JsonLdLocation | readonly JsonLdLocation[];
  /** The PTCE's carrier. */
  readonly organizer: JsonLdOrganization;
  /** The meeting's link. */
  readonly url?: string;
  /** The agenda and link, as in the iCalendar `DESCRIPTION` (see `eventDescription`). */
  readonly description?: string;
  /** The body or group names. */
  readonly keywords?: string;
}

/** A JSON-LD document: schema.org events. */
export interface JsonLdDocument {
  /** Always `https://schema.org`. */
  readonly '@context': 'https://schema.org';
  /** The events. */
  readonly '@graph': readonly JsonLdEvent[];
}

/** A JSON-LD document of events and what went into it. */
export interface JsonLdFeed {
  /** The document: a schema.org graph of events. */
  readonly jsonLd: JsonLdDocument;
  /** How many events it holds. */
  readonly events: number;
  /** How many meetings were left out because they are known only to the month or the year. */
  readonly omitted: number;
  /** The ids of the meetings left out. */
  readonly omittedIds: readonly string[];
}

/** Options of `toJsonLd`. */
export interface JsonLdOptions {
  /** The dataset the meetings come from: PTCE id and carrier, names. */
  readonly dataset: Dataset;
}

/**
 * Meetings as schema.org `Event`s (JSON-LD), for a web page or a search engine. A meeting known
 * to the minute has a `startDate` with its UTC offset; one known to the day has a date only; one
 * known only to the month or the year is left out and counted, as in `toICalendar`. The
 * organizer is the PTCE's carrier (or the PTCE when it has none), the place a `Place` and the
 * link a `VirtualLocation`.
 *
 * @param meetings - The meetings, in the order the events should appear.
 * @param options - The dataset.
 * @returns The JSON-LD document, the number of events and the meetings left out.
 * @example
 * toJsonLd([dataset.meetingById.get('2023-04-06-comite-de-pilotage')!], { dataset }).jsonLd['@graph'][0]?.startDate
 * //=> '2023-04-06T13:30:00+02:00'
 */
export function toJsonLd(meetings: readonly DatedMeeting[], options: JsonLdOptions): JsonLdFeed {
  const { dataset } = options;
  const graph: JsonLdEvent[] = [];
  const omittedIds: string[] = [];
  for (const meeting of meetings) {
    const { start } = meeting.when;
    if (start.precision !== 'datetime' && start.precision !== 'day') {
      omittedIds.push(meeting.id);
      continue;
    }
    graph.push(jsonLdEvent(meeting, dataset));
  }
  return {
    jsonLd: { '@context': 'https://schema.org', '@graph': graph },
    events: graph.length,
    omitted: omittedIds.length,
    omittedIds,
  };
}

function jsonLdEvent(meeting: DatedMeeting, dataset: Dataset): JsonLdEvent {
  const { when } = meeting;
  const locations: JsonLdLocation[] = [
    ...(meeting.place === undefined ? [] : [{ '@type': 'Place' as const, name: meeting.place }]),
    ...(meeting.link === undefined ? [] : [{ '@type': 'VirtualLocation' as const, url: meeting.link }]),
  ];
  const description = eventDescription(meeting);
  const keywords = eventCategories(meeting, dataset).join(', ');
  const endDate = when.end === undefined ? undefined : dateText(when.end, when.endsAt, when.timeZone);
  return {
    '@type': 'Event',
    '@id': eventUid(meeting.id, dataset),
    name: meeting.title,
    startDate: dateText(when.start, when.startsAt, when.timeZone) ?? when.start.text,
    ...(endDate === undefined ? {} : { endDate }),
    eventStatus:
      meeting.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    ...(locations.length === 0 ? {} : { eventAttendanceMode: attendanceMode(meeting) }),
    ...(locations.length === 0 ? {} : { location: locations.length === 1 ? locations[0]! : locations }),
    organizer: organizer(dataset),
    ...(meeting.link === undefined ? {} : { url: meeting.link }),
    ...(description === undefined ? {} : { description }),
    ...(keywords === '' ? {} : { keywords }),
  };
}

// A day stays a date: writing it as midnight with an offset would invent a time.
function dateText(date: LocalDate, instant: number, timeZone: string): string | undefined {
  if (date.precision === 'day') return date.text;
  if (date.precision !== 'datetime') return undefined;
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

function attendanceMode(meeting: DatedMeeting): NonNullable<JsonLdEvent['eventAttendanceMode']> {
  if (meeting.place !== undefined && meeting.link !== undefined) {
    return 'https://schema.org/MixedEventAttendanceMode';
  }
  return meeting.place !== undefined
    ? 'https://schema.org/OfflineEventAttendanceMode'
    : 'https://schema.org/OnlineEventAttendanceMode';
}

function organizer(dataset: Dataset): JsonLdOrganization {
  const carrier = dataset.ptce.carrier;
  if (carrier === undefined) return { '@type': 'Organization', name: dataset.ptce.name };
  return {
    '@type': 'Organization',
    name: carrier.fullName ?? carrier.name,
    ...(carrier.website === undefined ? {} : { url: carrier.website }),
    ...(carrier.email === undefined ? {} : { email: carrier.email }),
  };
}
