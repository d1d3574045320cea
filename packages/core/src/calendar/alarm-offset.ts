import { TZDate } from '@date-fns/tz';
import type { MeetingTime } from '../dataset/dataset.js';

const DAY_SECONDS = 86_400;

/**
 * How long before an event's start an alarm must ring to ring at a given instant, in seconds,
 * split the way iCalendar reads a relative `TRIGGER`: whole days are nominal days (counted on the
 * calendar, in the event's time zone, RFC 5545 §3.3.6) and the rest is exact time. So "7 days
 * before at 09:00" for a meeting after the change to summer time is `-P7DT9H`, which rings at
 * 09:00 local time, not at 10:00 as 177 exact hours would.
 *
 * @param when - The meeting's resolved time (day or date-and-time precision).
 * @param sendAt - The instant the alarm should ring, epoch milliseconds, before the start.
 * @returns Seconds before the start: `days * 86400 + rest`, for ical-generator's `triggerBefore`.
 * @example
 * const ca = { id: 'ca', title: 'CA', kind: 'meeting', start: '2024-04-04T18:00', agenda: [], status: 'planned' } as const;
 * alarmOffsetSeconds(datedMeeting(ca, 'Europe/Paris').when, Date.parse('2024-03-28T08:00:00Z'))
 * //=> 637200 // 7 days and 9 hours: TRIGGER:-P7DT9H
 */
export function alarmOffsetSeconds(when: MeetingTime, sendAt: number): number {
  const { start, timeZone } = when;
  const shifted = (days: number) =>
    new TZDate(
      start.year,
      (start.month ?? 1) - 1,
      (start.day ?? 1) - days,
      start.hour ?? 0,
      start.minute ?? 0,
      timeZone,
    ).getTime();
  let days = Math.max(0, Math.floor((when.startsAt - sendAt) / (DAY_SECONDS * 1000)));
  while (days > 0 && shifted(days) < sendAt) days--;
  while (shifted(days + 1) >= sendAt) days++;
  return days * DAY_SECONDS + Math.round((shifted(days) - sendAt) / 1000);
}
