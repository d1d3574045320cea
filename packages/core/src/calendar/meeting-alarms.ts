import type { Dataset, DatedMeeting } from '../dataset/dataset.js';
import { reminderRuleLabel } from '../meetings/reminders/reminder-rule-label.js';
import { reminderRulesFor } from '../meetings/reminders/reminder-rules-for.js';
import { reminderSendAt } from '../meetings/reminders/reminder-send-at.js';
import { alarmOffsetSeconds } from './alarm-offset.js';

/** An alarm of a calendar event, mirroring one reminder rule. */
export interface MeetingAlarm {
  /** The reminder rule it mirrors. */
  readonly ruleId: string;
  /** The rule's French label ("la veille à 9 h"). */
  readonly label: string;
  /** When the rule would send its reminder, epoch milliseconds. */
  readonly sendAt: number;
  /** Seconds before the event's start, split into nominal days and exact time (see `alarmOffsetSeconds`). */
  readonly secondsBefore: number;
}

/**
 * The alarms a meeting's calendar event carries: one per reminder rule of its body or group
 * (`dataset.reminders.byTarget[id]`, else the default rules) that the bot would apply to it. A
 * cancelled meeting has none, and neither has a rule that would fire at or after the start or
 * that the meeting's precision does not allow (see `reminderSendAt`).
 *
 * @param meeting - A meeting known to the day or to the minute.
 * @param dataset - The dataset whose reminder policies apply.
 * @returns The alarms, in the order the policy lists its rules.
 * @example
 * meetingAlarms(dataset.meetingById.get('2023-04-06-comite-de-pilotage')!, dataset).map((a) => [a.ruleId, a.secondsBefore])
 * //=> [['j-7', 621000], ['veille', 102600]]
 */
export function meetingAlarms(meeting: DatedMeeting, dataset: Dataset): readonly MeetingAlarm[] {
  if (meeting.status === 'cancelled') return [];
  const alarms: MeetingAlarm[] = [];
  for (const rule of reminderRulesFor(meeting, dataset.reminders)) {
    const sendAt = reminderSendAt(rule, meeting.when);
    if (sendAt === undefined || sendAt >= meeting.when.startsAt) continue;
    alarms.push({
      ruleId: rule.id,
      label: reminderRuleLabel(rule),
      sendAt,
      secondsBefore: alarmOffsetSeconds(meeting.when, sendAt),
    });
  }
  return alarms;
}
