import { TZDate } from '@date-fns/tz';
import { ICalAlarmType, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Dataset, DatedMeeting } from '../dataset/dataset.js';
import { eventCategories } from './event-categories.js';
import { eventDescription } from './event-description.js';
import { eventUid } from './event-uid.js';
import { meetingAlarms } from './meeting-alarms.js';
import { vTimezoneComponent } from './vtimezone-component.js';

const DEFAULT_DURATION_MS = 2 * 3_600_000;

/** Options of `toICalendar`. */
export interface ICalendarOptions {
  /** The dataset the meetings come from: PTCE id (for `UID`s), names, reminder policies. */
  readonly dataset: Dataset;
  /** The current instant, written as each event's `DTSTAMP`. */
  readonly now: Date;
  /** The calendar's name (`X-WR-CALNAME`); default "Réunions — <PTCE name>". */
  readonly name?: string;
  /** The calendar's time zone (`X-WR-TIMEZONE`); default the PTCE's. Events keep their own. */
  readonly timeZone?: string;
  /** Where the feed is published (`URL`). */
  readonly url?: string;
  /** The `SEQUENCE` of a meeting's event, to raise on each change (default 0). */
  readonly sequenceOf?: (meeting: DatedMeeting) => number;
  /**
   * Builds the `VTIMEZONE` of a time zone; default `vTimezoneComponent` over the events' years
   * (a packaged generator such as `@touch4it/ical-timezones`'s can be passed instead).
   */
  readonly vTimezone?: (timeZone: string) => string | null;
}

/** An iCalendar feed and what went into it. */
export interface ICalendarFeed {
  /** The `VCALENDAR` text, lines ending with CRLF. */
  readonly ics: string;
  /** How many events it holds. */
  readonly events: number;
  /** How many meetings were left out because they are known only to the month or the year. */
  readonly omitted: number;
  /** The ids of the meetings left out. */
  readonly omittedIds: readonly string[];
}

/**
 * An iCalendar (RFC 5545) feed of meetings, built with ical-generator. Each meeting known to
 * the minute is an event with `DTSTART;TZID=<its time zone>` and a matching `VTIMEZONE`, ending
 * at its end or two hours after its start; one known to the day is an all-day event
 * (`DTSTART;VALUE=DATE`). A meeting known only to the month or the year is left out and counted:
 * no day is invented. Each event has a stable `UID` (see `eventUid`), a `SEQUENCE`, a `STATUS`
 * (`CANCELLED` or `CONFIRMED`), the place as `LOCATION`, the link as `URL`, the agenda and link
 * as `DESCRIPTION`, its body or group as `CATEGORIES`, and one `VALARM` per reminder rule (see
 * `meetingAlarms`).
 *
 * @param meetings - The meetings, in the order the events should appear.
 * @param options - The dataset, `now`, and optionally a name, time zone, url and sequences.
 * @returns The feed text, the number of events and the meetings left out.
 * @example
 * const feed = toICalendar(dataset.meetings, { dataset, now: new Date('2024-01-01T00:00:00Z') });
 * [feed.events, feed.omitted, feed.ics.split('\r\n')[0]]
 * //=> [19, 18, 'BEGIN:VCALENDAR']
 */
export function toICalendar(meetings: readonly DatedMeeting[], options: ICalendarOptions): ICalendarFeed {
  const { dataset } = options;
  const included = meetings.filter((m) => isCalendarPrecision(m));
  const omittedIds = meetings.filter((m) => !isCalendarPrecision(m)).map((m) => m.id);
  const years = yearsOf(included);
  const calendar = new ICalCalendar({
    name: options.name ?? `Réunions — ${dataset.ptce.name}`,
    prodId: { company: 'ptce', product: 'ptce-toolkit', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    ...(options.url === undefined ? {} : { url: options.url }),
    // No calendar-wide time zone name: ical-generator would then write DTSTAMP as local time
    // instead of UTC. Events carry their own TZID, and the generator adds their VTIMEZONEs.
    timezone: { name: null, generator: options.vTimezone ?? ((tz) => vTimezoneComponent(tz, years)) },
    x: { 'X-WR-TIMEZONE': options.timeZone ?? dataset.timeZone },
  });
  for (const meeting of included) {
    const { when } = meeting;
    const allDay = when.start.precision === 'day';
    const description = eventDescription(meeting);
    const event = calendar.createEvent({
      id: eventUid(meeting.id, dataset),
      sequence: options.sequenceOf?.(meeting) ?? 0,
      stamp: options.now,
      start: new TZDate(when.startsAt, when.timeZone),
      end: new TZDate(allDay ? allDayEnd(meeting) : timedEnd(meeting), when.timeZone),
      allDay,
      timezone: when.timeZone,
      summary: meeting.title,
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(meeting.place === undefined ? {} : { location: meeting.place }),
      ...(meeting.link === undefined ? {} : { url: meeting.link }),
      ...(description === undefined ? {} : { description }),
      categories: eventCategories(meeting, dataset).map((name) => ({ name })),
    });
    for (const alarm of meetingAlarms(meeting, dataset)) {
      event.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: alarm.secondsBefore,
        description: `Rappel (${alarm.label}) : ${meeting.title}`,
      });
    }
  }
  return {
    ics: `${calendar.toString()}\r\n`,
    events: included.length,
    omitted: omittedIds.length,
    omittedIds,
  };
}

function isCalendarPrecision(meeting: DatedMeeting): boolean {
  const { precision } = meeting.when.start;
  return precision === 'datetime' || precision === 'day';
}

function yearsOf(meetings: readonly DatedMeeting[]): { fromYear: number; toYear: number } {
  const years = meetings.map((m) => m.when.start.year);
  return { fromYear: Math.min(...years) - 1, toYear: Math.max(...years) + 1 };
}

function timedEnd(meeting: DatedMeeting): number {
  const { when } = meeting;
  return when.end !== undefined && when.endsAt > when.startsAt
    ? when.endsAt
    : when.startsAt + DEFAULT_DURATION_MS;
}

// An all-day event ends (exclusively) at the start of the day after its last day.
function allDayEnd(meeting: DatedMeeting): number {
  const { when } = meeting;
  const end = when.end;
  if (end?.precision === 'datetime') {
    return new TZDate(end.year, (end.month ?? 1) - 1, (end.day ?? 1) + 1, when.timeZone).getTime();
  }
  return when.endsAt > when.startsAt ? when.endsAt : when.startsAt + 86_400_000;
}
