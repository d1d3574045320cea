import type { DatedMeeting } from '../../dataset/dataset.js';
import type { ReminderPolicies, ReminderRule } from '../../schema/index.js';
import { meetingFingerprint } from './meeting-fingerprint.js';
import type { PlannedReminder } from './planned-reminder.js';
import { reminderKey } from './reminder-key.js';
import { reminderRuleLabel } from './reminder-rule-label.js';
import { reminderRulesFor } from './reminder-rules-for.js';
import { reminderSendAt } from './reminder-send-at.js';

/** What to plan: meetings that start in `[from, to)`, and where each one's reminders go. */
export interface ReminderPlanOptions {
  /** Inclusive lower bound on the meeting's start. */
  readonly from: Date;
  /** Exclusive upper bound on the meeting's start. */
  readonly to: Date;
  /** The targets (channel ids) of a meeting; defaults to `['default']`. Duplicates count once. */
  readonly targetsOf?: (meeting: DatedMeeting) => readonly string[];
  /**
   * Promise that `meetings` is sorted by start (as `Dataset.meetings` is), so the window is found
   * by binary search instead of a scan. Unsorted meetings given with this flag may be missed.
   */
  readonly sortedByStart?: boolean;
}

/** A meeting in the window that gets no reminder at all. */
export interface UnplannableMeeting {
  readonly meetingId: string;
  /** `imprecise-date`: known only to the month or the year, so no day to remind before. */
  readonly reason: 'imprecise-date';
}

/** A (meeting, rule) pair that gives no reminder. */
export interface DroppedReminder {
  readonly meetingId: string;
  readonly ruleId: string;
  /**
   * `time-unknown`: the meeting is known to the day only and the rule fires on that day or by
   * duration. `not-before-start`: the rule would fire at or after the start ("le jour même à
   * 8 h" for an 08:00 meeting). `invalid-rule`: neither wall-clock nor duration.
   */
  readonly reason: 'time-unknown' | 'not-before-start' | 'invalid-rule';
}

/** A reminder plan with what was left out and why, so that nothing is dropped silently. */
export interface ReminderPlanReport {
  /** Sorted by `sendAt`, then `key`. */
  readonly reminders: readonly PlannedReminder[];
  /** In the order of the input meetings. */
  readonly unplannable: readonly UnplannableMeeting[];
  /** In the order of the input meetings, then of their rules. */
  readonly dropped: readonly DroppedReminder[];
}

const DEFAULT_TARGETS: readonly string[] = Object.freeze(['default']);

/**
 * Plans the reminders of the meetings that start in `[from, to)`: one per meeting, rule and
 * target, with the rules of the meeting's body or group (else the default ones). A reminder is
 * never planned at or after its meeting's start. Cancelled meetings are planned too, so that
 * `dueReminders` can record their reminders as skipped.
 *
 * @param meetings - Dated meetings, in any order.
 * @param policies - The PTCE's reminder policies.
 * @param options - The window on meeting starts, and the targets of each meeting.
 * @returns The reminders sorted by `sendAt` then `key`, the meetings too imprecise to plan, and the dropped (meeting, rule) pairs.
 * @example
 * const ca20231212 = datedMeeting({ id: 'ca-2023-12-12', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-12-12T14:00', agenda: [], status: 'planned' }, 'Europe/Paris');
 * const policies = dataset.reminders; // 7 days before and the day before, at 9 h
 * reminderPlanReport([ca20231212], policies, { from: new Date('2023-12-01T00:00Z'), to: new Date('2024-01-01T00:00Z') }).reminders.map((r) => [r.key, new Date(r.sendAt).toISOString()])
 * //=> [['ca-2023-12-12/j-7/default', '2023-12-05T08:00:00.000Z'], ['ca-2023-12-12/veille/default', '2023-12-11T08:00:00.000Z']]
 */
export function reminderPlanReport(
  meetings: readonly DatedMeeting[],
  policies: ReminderPolicies,
  options: ReminderPlanOptions,
): ReminderPlanReport {
  const from = options.from.getTime();
  const to = options.to.getTime();
  const targetsOf = options.targetsOf ?? (() => DEFAULT_TARGETS);
  const preparedRules = new Map<readonly ReminderRule[], readonly PreparedRule[]>();
  const reminders: PlannedReminder[] = [];
  const unplannable: UnplannableMeeting[] = [];
  const dropped: DroppedReminder[] = [];

  const [first, last] = options.sortedByStart ? startWindow(meetings, from, to) : [0, meetings.length];
  for (let i = first; i < last; i++) {
    const meeting = meetings[i] as DatedMeeting;
    const { when } = meeting;
    // Written so that a NaN start (an unknown time zone) is left out too.
    if (!(when.startsAt >= from && when.startsAt < to)) continue;
    const precision = when.start.precision;
    if (precision !== 'datetime' && precision !== 'day') {
      unplannable.push({ meetingId: meeting.id, reason: 'imprecise-date' });
      continue;
    }
    const ruleList = reminderRulesFor(meeting, policies);
    let rules = preparedRules.get(ruleList);
    if (rules === undefined) {
      rules = prepareRules(ruleList);
      preparedRules.set(ruleList, rules);
    }
    let targets: readonly string[] | undefined;
    let fingerprint: string | undefined;
    for (const { rule, label } of rules) {
      const sendAt = reminderSendAt(rule, when);
      if (sendAt === undefined || !(sendAt < when.startsAt)) {
        const reason =
          sendAt !== undefined ? 'not-before-start' : precision === 'day' ? 'time-unknown' : 'invalid-rule';
        dropped.push({ meetingId: meeting.id, ruleId: rule.id, reason });
        continue;
      }
      targets ??= unique(targetsOf(meeting));
      fingerprint ??= meetingFingerprint(meeting);
      for (const target of targets) {
        reminders.push({
          key: reminderKey(meeting.id, rule.id, target),
          meetingId: meeting.id,
          ruleId: rule.id,
          target,
          sendAt,
          meetingStartsAt: when.startsAt,
          fingerprint,
          status: meeting.status,
          includeAgenda: rule.includeAgenda,
          late: false,
          label,
        });
      }
    }
  }
  return { reminders: sortedBySendAtThenKey(reminders), unplannable, dropped };
}

/**
 * Plans the reminders of the meetings that start in `[from, to)`. The same as
 * `reminderPlanReport(…).reminders`; see there for the rules.
 *
 * @param meetings - Dated meetings, in any order.
 * @param policies - The PTCE's reminder policies.
 * @param options - The window on meeting starts, and the targets of each meeting.
 * @returns The reminders, sorted by `sendAt` then `key`.
 * @example
 * const ca20231212 = datedMeeting({ id: 'ca-2023-12-12', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-12-12T14:00', agenda: [], status: 'planned' }, 'Europe/Paris');
 * const [from, to] = [new Date('2023-12-01T00:00Z'), new Date('2024-01-01T00:00Z')];
 * reminderPlan([ca20231212], dataset.reminders, { from, to, targetsOf: () => ['salon-ca'] }).map((r) => r.key)
 * //=> ['ca-2023-12-12/j-7/salon-ca', 'ca-2023-12-12/veille/salon-ca']
 */
export function reminderPlan(
  meetings: readonly DatedMeeting[],
  policies: ReminderPolicies,
  options: ReminderPlanOptions,
): readonly PlannedReminder[] {
  return reminderPlanReport(meetings, policies, options).reminders;
}

/**
 * Sorts by `sendAt` then `key`. Wall-clock rules put hundreds of reminders on the same instant
 * (09:00 each day), so grouping by instant first leaves the string comparisons to the ties.
 */
function sortedBySendAtThenKey(reminders: readonly PlannedReminder[]): PlannedReminder[] {
  const groups = new Map<number, PlannedReminder[]>();
  for (const reminder of reminders) {
    const group = groups.get(reminder.sendAt);
    if (group) group.push(reminder);
    else groups.set(reminder.sendAt, [reminder]);
  }
  const instants = Float64Array.from(groups.keys()).sort();
  const sorted: PlannedReminder[] = [];
  for (const instant of instants) {
    const group = groups.get(instant) as PlannedReminder[];
    if (group.length > 1) group.sort(byKey);
    for (const reminder of group) sorted.push(reminder);
  }
  return sorted;
}

function byKey(a: PlannedReminder, b: PlannedReminder): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

interface PreparedRule {
  readonly rule: ReminderRule;
  readonly label: string;
}

/** Labels each rule once per plan, and keeps the first of rules sharing an id. */
function prepareRules(rules: readonly ReminderRule[]): readonly PreparedRule[] {
  const seen = new Set<string>();
  const prepared: PreparedRule[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    prepared.push({ rule, label: reminderRuleLabel(rule) });
  }
  return prepared;
}

/** The index range of meetings sorted by start whose start may be in `[from, to)`. */
function startWindow(meetings: readonly DatedMeeting[], from: number, to: number): [number, number] {
  return [firstStartAtOrAfter(meetings, from), firstStartAtOrAfter(meetings, to)];
}

function firstStartAtOrAfter(meetings: readonly DatedMeeting[], instant: number): number {
  let lo = 0;
  let hi = meetings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((meetings[mid] as DatedMeeting).when.startsAt < instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function unique(targets: readonly string[]): readonly string[] {
  return targets.length < 2 ? targets : [...new Set(targets)];
}
