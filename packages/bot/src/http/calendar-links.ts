import { type Dataset, type DatedMeeting, eventDescription } from '@ptce/core';

const TWO_HOURS = 2 * 3_600_000;
const DAY = 86_400_000;

/** Links that open a calendar's "new event" form, filled with a meeting. */
export interface CalendarLinks {
  readonly google: string;
  readonly outlook: string;
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dayStamp(text: string): string {
  return text.slice(0, 10).replace(/-/g, '');
}

// The same end as the .ics feed: the given end, else two hours (a timed meeting) or one day.
function timedEnd(meeting: DatedMeeting): number {
  const { when } = meeting;
  return when.end !== undefined && when.endsAt > when.startsAt ? when.endsAt : when.startsAt + TWO_HOURS;
}

function nextDay(text: string): string {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + DAY).toISOString().slice(0, 10);
}

/**
 * The Google Calendar and Outlook links of a meeting known to the day or to the minute, or
 * `undefined` for one known only to the month or the year (no calendar can hold it). Timed
 * meetings carry UTC instants, so the wall-clock time is right on both sides of a DST change.
 */
export function calendarLinks(meeting: DatedMeeting, dataset: Dataset): CalendarLinks | undefined {
  const { when } = meeting;
  const precision = when.start.precision;
  if (precision !== 'datetime' && precision !== 'day') return undefined;
  const details = [eventDescription(meeting), `${dataset.ptce.name}`].filter(Boolean).join('\n\n');
  const google = new URLSearchParams({ action: 'TEMPLATE', text: meeting.title });
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: meeting.title,
  });
  if (precision === 'datetime') {
    const end = timedEnd(meeting);
    google.set('dates', `${utcStamp(when.startsAt)}/${utcStamp(end)}`);
    outlook.set('startdt', new Date(when.startsAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    outlook.set('enddt', new Date(end).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  } else {
    const last = when.end?.precision === 'day' ? when.end.text : when.start.text;
    google.set('dates', `${dayStamp(when.start.text)}/${dayStamp(nextDay(last))}`);
    outlook.set('startdt', when.start.text.slice(0, 10));
    outlook.set('enddt', nextDay(last));
    outlook.set('allday', 'true');
  }
  google.set('ctz', when.timeZone);
  google.set('details', details);
  outlook.set('body', details);
  if (meeting.place !== undefined) {
    google.set('location', meeting.place);
    outlook.set('location', meeting.place);
  }
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook}`,
  };
}
