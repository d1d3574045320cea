export type {
  DueRemindersOptions,
  ReminderDecisions,
  SendableReminder,
  SkippedReminder,
  SkipReason,
  SupersededClaim,
} from './due-reminders.js';
export { dueReminders } from './due-reminders.js';
export type { LedgerByKey } from './ledger-by-key.js';
export { ledgerByKey } from './ledger-by-key.js';
export type { LedgerEntry } from './ledger-entry.js';
export { meetingFingerprint } from './meeting-fingerprint.js';
export type { PlannedReminder } from './planned-reminder.js';
export { reminderKey } from './reminder-key.js';
export type {
  DroppedReminder,
  ReminderPlanOptions,
  ReminderPlanReport,
  UnplannableMeeting,
} from './reminder-plan.js';
export { reminderPlan, reminderPlanReport } from './reminder-plan.js';
export { reminderRuleLabel } from './reminder-rule-label.js';
export { reminderRulesFor } from './reminder-rules-for.js';
export { reminderSendAt } from './reminder-send-at.js';
