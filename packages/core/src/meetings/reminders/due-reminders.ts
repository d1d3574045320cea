import { type LedgerByKey, ledgerByKey } from './ledger-by-key.js';
import type { LedgerEntry } from './ledger-entry.js';
import type { PlannedReminder } from './planned-reminder.js';

/**
 * Why a reminder is not sent. `recorded`: the ledger already holds it as skipped (its own
 * reason is in `note`). `moved` only ever applies to superseded ledger claims.
 */
export type SkipReason = 'cancelled' | 'moved' | 'meeting-passed' | 'window-exceeded' | 'recorded';

/** A reminder to send now. */
export interface SendableReminder extends PlannedReminder {
  /** The ledger already holds a claim for it: resend with the same Discord nonce. */
  readonly retry: boolean;
}

/** A reminder that will not be sent, and why. */
export interface SkippedReminder {
  readonly reminder: PlannedReminder;
  readonly reason: SkipReason;
  /** The ledger's own reason, for `recorded`. */
  readonly note?: string;
}

/** A ledger claim for a date or status the meeting no longer has. It must never be sent. */
export interface SupersededClaim {
  readonly entry: LedgerEntry;
  /** `cancelled` when the meeting is now cancelled, `moved` otherwise (its date, end or time zone changed). */
  readonly reason: 'moved' | 'cancelled';
  /** The reminder as the meeting now is. */
  readonly current: PlannedReminder;
}

/**
 * What the scheduler does with each planned reminder. Every reminder of the plan is in exactly one
 * of `due`, `late`, `pending`, `sent` and `skipped`, each list in plan order. `superseded` lists
 * ledger claims, not plan entries.
 */
export interface ReminderDecisions {
  /** Send now: its time has come, within the tolerance. */
  readonly due: readonly SendableReminder[];
  /** Send now, saying it is late: its time passed, the meeting is ahead, within the catch-up window. */
  readonly late: readonly SendableReminder[];
  /** Not yet. */
  readonly pending: readonly PlannedReminder[];
  /** The ledger says it was sent. */
  readonly sent: readonly PlannedReminder[];
  /** Never to be sent. Record those whose reason is not `recorded`. */
  readonly skipped: readonly SkippedReminder[];
  /** Claims left by a crash for an old fingerprint: record them as skipped with their reason. */
  readonly superseded: readonly SupersededClaim[];
}

/** How late is still on time, and how late is too late. */
export interface DueRemindersOptions {
  /** How long after its time a missed reminder may still be sent late. */
  readonly catchUpWindowMs: number;
  /** How long after its time a reminder still counts as on time; 5 minutes by default. */
  readonly toleranceMs?: number;
}

const DEFAULT_TOLERANCE_MS = 5 * 60_000;

/**
 * Decides, at `now`, what becomes of each planned reminder given the durable ledger. The ledger
 * entry that counts is the one with the reminder's key and current fingerprint:
 *
 * - `sent` → `sent`; `skipped` → `skipped` with reason `recorded`.
 * - none, or `claimed` (a crash between claim and send) → judged afresh; a claim comes back with
 *   `retry: true`, and the resend is idempotent thanks to the Discord nonce.
 *
 * Judged afresh, in this order: a cancelled meeting → skipped `cancelled`; a meeting that has
 * started → skipped `meeting-passed`; `sendAt > now` → `pending`; `now < sendAt + tolerance` →
 * `due`; `now - sendAt <= catchUpWindow` → `late` (with `late: true`); else skipped
 * `window-exceeded`.
 *
 * A claim under the same key with another fingerprint is for a date or status the meeting no
 * longer has: it is listed in `superseded` and never sent. Claims whose key is not in the plan
 * are not reported, since the plan's window may simply not cover them.
 *
 * Recording every `due` and `late` reminder as sent, every new skip and superseded claim as
 * skipped, then deciding again, gives nothing new to send.
 *
 * @param plan - A reminder plan (see `reminderPlan`).
 * @param ledger - The ledger rows, read only: a list, or grouped by key with `ledgerByKey`.
 * @param now - The current instant.
 * @param options - The catch-up window and the on-time tolerance.
 * @returns The decisions, each list in plan order.
 * @example
 * const ca20231212 = datedMeeting({ id: 'ca-2023-12-12', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-12-12T14:00', agenda: [], status: 'planned' }, 'Europe/Paris');
 * const plan = reminderPlan([ca20231212], dataset.reminders, { from: new Date('2023-12-01T00:00Z'), to: new Date('2024-01-01T00:00Z') });
 * dueReminders(plan, [], new Date('2023-12-11T08:01:00Z'), { catchUpWindowMs: 6 * 3600e3 }).due.map((r) => r.key)
 * //=> ['ca-2023-12-12/veille/default']
 */
export function dueReminders(
  plan: readonly PlannedReminder[],
  ledger: Iterable<LedgerEntry> | LedgerByKey,
  now: Date,
  options: DueRemindersOptions,
): ReminderDecisions {
  const at = now.getTime();
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  const entriesByKey =
    ledger instanceof Map ? (ledger as LedgerByKey) : ledgerByKey(ledger as Iterable<LedgerEntry>);

  const due: SendableReminder[] = [];
  const late: SendableReminder[] = [];
  const pending: PlannedReminder[] = [];
  const sent: PlannedReminder[] = [];
  const skipped: SkippedReminder[] = [];
  const superseded: SupersededClaim[] = [];

  for (const reminder of plan) {
    const known = entriesByKey.get(reminder.key);
    let entry: LedgerEntry | undefined;
    if (known !== undefined) {
      for (const candidate of known) {
        if (candidate.fingerprint === reminder.fingerprint) entry = candidate;
        else if (candidate.state === 'claimed') {
          superseded.push({
            entry: candidate,
            reason: reminder.status === 'cancelled' ? 'cancelled' : 'moved',
            current: reminder,
          });
        }
      }
    }

    if (entry?.state === 'sent') {
      sent.push(reminder);
      continue;
    }
    if (entry?.state === 'skipped') {
      skipped.push(
        entry.reason === undefined
          ? { reminder, reason: 'recorded' }
          : { reminder, reason: 'recorded', note: entry.reason },
      );
      continue;
    }
    const retry = entry?.state === 'claimed';
    if (reminder.status === 'cancelled') skipped.push({ reminder, reason: 'cancelled' });
    else if (reminder.meetingStartsAt <= at) skipped.push({ reminder, reason: 'meeting-passed' });
    else if (reminder.sendAt > at) pending.push(reminder);
    else if (at < reminder.sendAt + tolerance) due.push({ ...reminder, retry });
    else if (at - reminder.sendAt <= options.catchUpWindowMs) late.push({ ...reminder, late: true, retry });
    else skipped.push({ reminder, reason: 'window-exceeded' });
  }
  return { due, late, pending, sent, skipped, superseded };
}
