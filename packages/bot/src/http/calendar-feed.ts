import { calendarMeetings, type Dataset, type DatedMeeting, formatCountFr, toICalendar } from '@ptce/core';

/** What a feed is built from, besides the dataset. */
export interface CalendarFeedOptions {
  /** The current instant: recurring series are expanded around it. */
  readonly now: Date;
  /** The `DTSTAMP` of the events (default `now`): the HTTP server keeps it while nothing changes. */
  readonly stamp?: Date;
  /** A body, group or sub-group id; the whole PTCE when absent. */
  readonly target?: string;
  /** The `SEQUENCE` of each meeting's event (the store's revision). */
  readonly sequenceOf?: (meeting: DatedMeeting) => number;
  /** Where the feed is published. */
  readonly url?: string;
}

/** An iCalendar feed with its counts. */
export interface CalendarFeed {
  readonly ics: string;
  readonly name: string;
  readonly events: number;
  /** Meetings known only to the month or the year, left out. */
  readonly omitted: number;
}

/** Whether an id names a body, a working group or a sub-group of the dataset. */
export function isCalendarTarget(dataset: Dataset, id: string): boolean {
  return dataset.bodyById.has(id) || dataset.groupById.has(id) || dataset.subgroupById.has(id);
}

/** The French message for an unknown `--body` or `/calendar/<id>.ics`, listing the known ids. */
export function unknownTargetMessage(dataset: Dataset, id: string): string {
  const known = [...dataset.bodyById.keys(), ...dataset.groupById.keys()].join(', ');
  return `Instance ou groupe inconnu : « ${id} ». Identifiants connus : ${known}.`;
}

function targetName(dataset: Dataset, id: string): string {
  return (
    dataset.bodyById.get(id)?.name ??
    dataset.groupById.get(id)?.name ??
    dataset.subgroupById.get(id)?.subgroup.name ??
    id
  );
}

/** The iCalendar feed of a PTCE, or of one of its bodies or groups. */
export function calendarFeed(dataset: Dataset, options: CalendarFeedOptions): CalendarFeed {
  const meetings = calendarMeetings(dataset, {
    now: options.now,
    ...(options.target === undefined ? {} : { target: options.target }),
  });
  const name =
    options.target === undefined
      ? `Réunions — ${dataset.ptce.name}`
      : `${targetName(dataset, options.target)} — ${dataset.ptce.name}`;
  const feed = toICalendar(meetings, {
    dataset,
    name,
    now: options.stamp ?? options.now,
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.sequenceOf === undefined ? {} : { sequenceOf: options.sequenceOf }),
  });
  return { ics: feed.ics, name, events: feed.events, omitted: feed.omitted };
}

/**
 * The French sentence about meetings left out of a calendar, or undefined when none was:
 * "3 réunions connues seulement au mois ou à l’année ne sont pas dans le calendrier."
 */
export function omittedNotice(omitted: number): string | undefined {
  if (omitted === 0) return undefined;
  return omitted === 1
    ? '1 réunion connue seulement au mois ou à l’année n’est pas dans le calendrier.'
    : `${formatCountFr(omitted, 'réunion')} connues seulement au mois ou à l’année ne sont pas dans le calendrier.`;
}
