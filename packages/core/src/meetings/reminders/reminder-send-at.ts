import type { MeetingTime } from '../../dataset/dataset.js';
import type { ReminderRule } from '../../schema/index.js';
import { civilDay } from '../../time/civil-day.js';
import { wallClockInstant } from '../../time/wall-clock-instant.js';

/**
 * When a rule would send its reminder for a meeting, before checking that it falls before the
 * meeting.
 *
 * - A wall-clock rule (`daysBefore` + `at`) fires at `at`, local time, `daysBefore` calendar days
 *   before the meeting's local day: "la veille à 9 h" is 09:00 the day before, whatever the DST.
 * - A duration rule (`hoursBefore` / `minutesBefore`) fires that many real hours and minutes
 *   before the start instant: "2 heures avant" is always 7,200 seconds before.
 *
 * A meeting known to the day only (`2024-05-14`) may start at 08:00, so it gets wall-clock rules
 * that fire on an earlier day (`daysBefore >= 1`) and nothing else. A meeting known to the month
 * or the year gets no reminder at all.
 *
 * @param rule - A reminder rule.
 * @param when - The meeting's resolved time.
 * @returns Epoch milliseconds, or `undefined` when the meeting's precision does not allow the rule.
 * @example
 * const { when } = datedMeeting({ id: 'ca', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-12-12T14:00', agenda: [], status: 'planned' }, 'Europe/Paris');
 * new Date(reminderSendAt({ id: 'veille', daysBefore: 1, at: '09:00', includeAgenda: false }, when)!).toISOString()
 * //=> '2023-12-11T08:00:00.000Z'
 */
export function reminderSendAt(rule: ReminderRule, when: MeetingTime): number | undefined {
  const { start } = when;
  if (start.precision !== 'datetime' && start.precision !== 'day') return undefined;
  if (rule.daysBefore !== undefined && rule.at !== undefined) {
    if (start.precision === 'day' && rule.daysBefore < 1) return undefined;
    const day = civilDay(start.year, start.month ?? 1, start.day ?? 1) - rule.daysBefore;
    return wallClockInstant(day, minuteOfDay(rule.at), when.timeZone);
  }
  if (start.precision !== 'datetime') return undefined;
  if (rule.hoursBefore === undefined && rule.minutesBefore === undefined) return undefined;
  return when.startsAt - Math.round(((rule.hoursBefore ?? 0) * 60 + (rule.minutesBefore ?? 0)) * 60_000);
}

function minuteOfDay(at: string): number {
  return Number(at.slice(0, 2)) * 60 + Number(at.slice(3, 5));
}
