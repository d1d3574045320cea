import type { PlannedReminder } from '../meetings/reminders/planned-reminder.js';
import type { ConvocationDue } from './convocation-due.js';

/** A meeting whose reminder plan does not send the convocation in time. */
export interface ConvocationWarning {
  readonly meetingId: string;
  readonly due: ConvocationDue;
  /**
   * `no-convocation`: no reminder of the plan carries the agenda; `convocation-late`: the first
   * one that does goes out after the deadline (at `sendAt`).
   */
  readonly reason: 'no-convocation' | 'convocation-late';
  readonly sendAt?: number;
}

/**
 * Checks a reminder plan against the convocation deadlines: a meeting is flagged when none of
 * its reminders carrying the agenda (`includeAgenda`, the convocation) is sent by its deadline.
 * Cancelled meetings are not flagged.
 *
 * @param reminders - A reminder plan (`reminderPlan`), for any targets.
 * @param dues - The deadlines of the meetings to check (`convocationDue`).
 * @returns One warning per late meeting, in the order of `dues`.
 * @example
 * const ag = dataset.meetingById.get('2023-06-21-assemblee-generale')!;
 * // An empty plan sends no convocation at all.
 * convocationWarnings([], [convocationDue(ag, { noticeDays: 15 })!]).map((w) => [w.meetingId, w.reason])
 * //=> [['2023-06-21-assemblee-generale', 'no-convocation']]
 */
export function convocationWarnings(
  reminders: readonly PlannedReminder[],
  dues: readonly ConvocationDue[],
): ConvocationWarning[] {
  const firstConvocation = new Map<string, number>();
  const cancelled = new Set<string>();
  for (const reminder of reminders) {
    if (reminder.status === 'cancelled') cancelled.add(reminder.meetingId);
    if (!reminder.includeAgenda) continue;
    const first = firstConvocation.get(reminder.meetingId);
    if (first === undefined || reminder.sendAt < first)
      firstConvocation.set(reminder.meetingId, reminder.sendAt);
  }
  const warnings: ConvocationWarning[] = [];
  for (const due of dues) {
    if (cancelled.has(due.meetingId)) continue;
    const sendAt = firstConvocation.get(due.meetingId);
    if (sendAt === undefined) warnings.push({ meetingId: due.meetingId, due, reason: 'no-convocation' });
    else if (sendAt >= due.deadline)
      warnings.push({ meetingId: due.meetingId, due, reason: 'convocation-late', sendAt });
  }
  return warnings;
}
