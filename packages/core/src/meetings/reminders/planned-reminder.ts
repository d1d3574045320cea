import type { MeetingStatus } from '../../schema/index.js';

/** One reminder of a plan: a (meeting, rule, target) triple and when to send it. */
export interface PlannedReminder {
  /** `meetingId/ruleId/target`, stable when the meeting moves. */
  readonly key: string;
  readonly meetingId: string;
  readonly ruleId: string;
  /** Where it goes: a channel id, or `default`. */
  readonly target: string;
  /** Epoch milliseconds. Always before `meetingStartsAt`. */
  readonly sendAt: number;
  /** Epoch milliseconds. */
  readonly meetingStartsAt: number;
  /** The meeting's `meetingFingerprint` when planned; the ledger records it with the key. */
  readonly fingerprint: string;
  /** The meeting's status. A plan keeps cancelled meetings so their reminders can be skipped. */
  readonly status: MeetingStatus;
  /** Whether the reminder carries the agenda (a convocation). */
  readonly includeAgenda: boolean;
  /** `false` in a plan; `true` when `dueReminders` sends it after its time ("rappel envoyé en retard"). */
  readonly late: boolean;
  /** The rule's French label ("la veille à 9 h"). */
  readonly label: string;
}
