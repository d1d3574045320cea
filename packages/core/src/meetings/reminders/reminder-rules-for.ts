import type { DatedMeeting } from '../../dataset/dataset.js';
import type { ReminderPolicies, ReminderRule } from '../../schema/index.js';

/**
 * The reminder rules that apply to a meeting: the override for its body or group when there is
 * one, else the default rules. An override replaces the default list, it does not add to it.
 *
 * @param meeting - A meeting (only `body` and `group` are read).
 * @param policies - The PTCE's reminder policies.
 * @returns The rules, in the order the policies list them.
 * @example
 * const veille = { id: 'veille', daysBefore: 1, at: '09:00', includeAgenda: false };
 * const twoHours = { id: '2h', hoursBefore: 2, includeAgenda: false };
 * reminderRulesFor({ body: 'ca' }, { default: [veille], byTarget: { ca: [twoHours] } }).map((r) => r.id)
 * //=> ['2h']
 */
export function reminderRulesFor(
  meeting: Pick<DatedMeeting, 'body' | 'group'>,
  policies: ReminderPolicies,
): readonly ReminderRule[] {
  const target = meeting.body ?? meeting.group;
  if (target !== undefined && Object.hasOwn(policies.byTarget, target)) {
    return policies.byTarget[target] ?? policies.default;
  }
  return policies.default;
}
