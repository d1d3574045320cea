import { datedMeeting, type Meeting, type ReminderPolicies } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import {
  dueReminders,
  type LedgerEntry,
  type PlannedReminder,
  reminderPlan,
} from '../../../packages/core/src/meetings/reminders/index.js';

const policies: ReminderPolicies = {
  default: [{ id: 'veille', label: 'la veille à 9 h', daysBefore: 1, at: '09:00', includeAgenda: false }],
  byTarget: {},
};
const window = { from: new Date('2023-01-01T00:00:00Z'), to: new Date('2024-01-01T00:00:00Z') };
const options = { catchUpWindowMs: 6 * 3_600_000 };
const OLD = '2023-12-12T14:00||Europe/Paris|planned';

function planFor(start: string, extra: Partial<Meeting> = {}): readonly PlannedReminder[] {
  const meeting = datedMeeting(
    { id: 'ca-1', body: 'ca', title: 'CA', kind: 'meeting', start, agenda: [], status: 'planned', ...extra },
    'Europe/Paris',
  );
  return reminderPlan([meeting], policies, window);
}

// The meeting starts 2023-12-12T13:00Z; "la veille à 9 h" is 2023-12-11T08:00Z.
const plan = planFor('2023-12-12T14:00');
const [veille] = plan as [PlannedReminder];
const decide = (now: string, ledger: readonly LedgerEntry[] = [], extra = {}) =>
  dueReminders(plan, ledger, new Date(now), { ...options, ...extra });
const empty = { due: [], late: [], pending: [], sent: [], skipped: [], superseded: [] };

describe('dueReminders', () => {
  it('keeps a reminder pending until its time', () => {
    expect(decide('2023-12-11T07:59:59.999Z')).toEqual({ ...empty, pending: [veille] });
  });

  it('sends a reminder at its time', () => {
    expect(decide('2023-12-11T08:00:00.000Z')).toEqual({ ...empty, due: [{ ...veille, retry: false }] });
  });

  it('still counts a reminder on time up to 5 minutes after its time', () => {
    expect(decide('2023-12-11T08:04:59.999Z').due).toEqual([{ ...veille, retry: false }]);
  });

  it('sends a missed reminder late, saying so, when the meeting is still ahead', () => {
    expect(decide('2023-12-11T08:05:00.000Z')).toEqual({
      ...empty,
      late: [{ ...veille, late: true, retry: false }],
    });
  });

  it('honours a custom on-time tolerance', () => {
    expect(decide('2023-12-11T08:00:30.000Z', [], { toleranceMs: 30_000 }).late).toEqual([
      { ...veille, late: true, retry: false },
    ]);
  });

  it('sends late up to the end of the catch-up window, and skips it after', () => {
    expect(decide('2023-12-11T14:00:00.000Z').late).toEqual([{ ...veille, late: true, retry: false }]);
    expect(decide('2023-12-11T14:00:00.001Z')).toEqual({
      ...empty,
      skipped: [{ reminder: veille, reason: 'window-exceeded' }],
    });
  });

  it('skips a reminder whose meeting has started', () => {
    expect(decide('2023-12-12T13:00:00.000Z', [], { catchUpWindowMs: 7 * 86_400_000 })).toEqual({
      ...empty,
      skipped: [{ reminder: veille, reason: 'meeting-passed' }],
    });
  });

  it('skips every reminder of a cancelled meeting, even before its time', () => {
    const cancelled = planFor('2023-12-12T14:00', { status: 'cancelled' });
    expect(dueReminders(cancelled, [], new Date('2023-12-01T00:00:00Z'), options)).toEqual({
      ...empty,
      skipped: [{ reminder: cancelled[0], reason: 'cancelled' }],
    });
  });

  it('sends nothing again for a reminder the ledger records as sent', () => {
    const ledger: LedgerEntry[] = [{ key: veille.key, fingerprint: OLD, state: 'sent', messageId: '42' }];
    expect(decide('2023-12-11T08:01:00.000Z', ledger)).toEqual({ ...empty, sent: [veille] });
  });

  it('keeps a reminder the ledger records as skipped, with the ledger’s reason', () => {
    const ledger: LedgerEntry[] = [
      { key: veille.key, fingerprint: OLD, state: 'skipped', reason: 'annulé par l’équipe' },
    ];
    expect(decide('2023-12-11T08:01:00.000Z', ledger)).toEqual({
      ...empty,
      skipped: [{ reminder: veille, reason: 'recorded', note: 'annulé par l’équipe' }],
    });
  });

  it('sends again a reminder claimed but never marked sent, flagged as a retry', () => {
    const ledger: LedgerEntry[] = [{ key: veille.key, fingerprint: OLD, state: 'claimed' }];
    expect(decide('2023-12-11T08:02:00.000Z', ledger)).toEqual({
      ...empty,
      due: [{ ...veille, retry: true }],
    });
    expect(decide('2023-12-11T09:00:00.000Z', ledger).late).toEqual([{ ...veille, late: true, retry: true }]);
  });

  it('never sends the claim of a meeting that moved, and judges the new date afresh', () => {
    const moved = planFor('2023-12-14T14:00');
    const ledger: LedgerEntry[] = [{ key: veille.key, fingerprint: OLD, state: 'claimed' }];
    expect(dueReminders(moved, ledger, new Date('2023-12-11T08:02:00.000Z'), options)).toEqual({
      ...empty,
      pending: [moved[0]],
      superseded: [{ entry: ledger[0], reason: 'moved', current: moved[0] }],
    });
    expect(moved[0]?.fingerprint).toBe('2023-12-14T14:00||Europe/Paris|planned');
    expect(new Date(moved[0]!.sendAt).toISOString()).toBe('2023-12-13T08:00:00.000Z');
  });

  it('sends the reminder of the new date when the old date’s reminder was already sent', () => {
    const moved = planFor('2023-12-14T14:00');
    const ledger: LedgerEntry[] = [{ key: veille.key, fingerprint: OLD, state: 'sent', messageId: '42' }];
    expect(dueReminders(moved, ledger, new Date('2023-12-13T08:00:00.000Z'), options)).toEqual({
      ...empty,
      due: [{ ...moved[0], retry: false }],
    });
  });

  it('reports the claim of a meeting cancelled since as superseded, and skips its reminder', () => {
    const cancelled = planFor('2023-12-12T14:00', { status: 'cancelled' });
    const ledger: LedgerEntry[] = [{ key: veille.key, fingerprint: OLD, state: 'claimed' }];
    expect(dueReminders(cancelled, ledger, new Date('2023-12-11T08:02:00.000Z'), options)).toEqual({
      ...empty,
      skipped: [{ reminder: cancelled[0], reason: 'cancelled' }],
      superseded: [{ entry: ledger[0], reason: 'cancelled', current: cancelled[0] }],
    });
  });

  it('ignores ledger rows whose key is not in the plan', () => {
    const ledger: LedgerEntry[] = [{ key: 'autre/veille/default', fingerprint: OLD, state: 'claimed' }];
    expect(decide('2023-12-11T07:00:00.000Z', ledger)).toEqual({ ...empty, pending: [veille] });
  });

  it('gives nothing new to send once its decisions are recorded', () => {
    const now = new Date('2023-12-11T09:00:00.000Z');
    const two = reminderPlan(
      [
        datedMeeting(
          {
            id: 'a',
            body: 'ca',
            title: 'A',
            kind: 'meeting',
            start: '2023-12-12T14:00',
            agenda: [],
            status: 'planned',
          },
          'Europe/Paris',
        ),
        datedMeeting(
          {
            id: 'b',
            body: 'ca',
            title: 'B',
            kind: 'meeting',
            start: '2023-12-11T10:00',
            agenda: [],
            status: 'planned',
          },
          'Europe/Paris',
        ),
      ],
      policies,
      window,
    );
    const first = dueReminders(two, [], now, options);
    expect(first.late.map((r) => r.key)).toEqual(['a/veille/default']);
    expect(first.skipped.map((s) => [s.reminder.key, s.reason])).toEqual([
      ['b/veille/default', 'meeting-passed'],
    ]);
    const ledger: LedgerEntry[] = [
      ...first.late.map((r) => ({ key: r.key, fingerprint: r.fingerprint, state: 'sent' as const })),
      ...first.skipped.map((s) => ({
        key: s.reminder.key,
        fingerprint: s.reminder.fingerprint,
        state: 'skipped' as const,
        reason: s.reason,
      })),
    ];
    const second = dueReminders(two, ledger, now, options);
    expect(second.due).toEqual([]);
    expect(second.late).toEqual([]);
    expect(second.sent.map((r) => r.key)).toEqual(['a/veille/default']);
    expect(second.skipped).toEqual([{ reminder: two[0], reason: 'recorded', note: 'meeting-passed' }]);
  });
});
