import {
  convocationDue,
  convocationStatus,
  convocationWarnings,
  datedMeeting,
  type PlannedReminder,
  reminderPlan,
} from '@ptce/core';
import { describe, expect, it } from 'vitest';

const meeting = (id: string, start: string, status: 'planned' | 'cancelled' = 'planned') =>
  datedMeeting({ id, body: 'ag', title: 'AG', kind: 'meeting', start, agenda: [], status }, 'Europe/Paris');
const ag = meeting('ag-2024', '2024-06-20T14:00');
const iso = (ms: number) => new Date(ms).toISOString();

describe('convocationDue', () => {
  it('counts the notice back from the meeting day, until the end of that local day', () => {
    const due = convocationDue(ag, { noticeDays: 15 })!;
    expect(due.latestDay).toBe('2024-06-05');
    expect([iso(due.eveStartsAt), iso(due.lastDayStartsAt), iso(due.deadline)]).toEqual([
      '2024-06-03T22:00:00.000Z',
      '2024-06-04T22:00:00.000Z',
      '2024-06-05T22:00:00.000Z',
    ]);
  });

  it('crosses month ends and daylight saving in the meeting time zone', () => {
    const due = convocationDue(meeting('ca', '2024-04-03T18:00'), { noticeDays: 8 })!;
    expect(due.latestDay).toBe('2024-03-26');
    const autumn = convocationDue(meeting('ca-nov', '2024-11-04'), { noticeDays: 8 })!;
    expect([autumn.latestDay, iso(autumn.lastDayStartsAt), iso(autumn.deadline)]).toEqual([
      '2024-10-27',
      '2024-10-26T22:00:00.000Z',
      '2024-10-27T23:00:00.000Z',
    ]);
  });

  it('gives no date without a notice rule or a meeting day', () => {
    expect(convocationDue(ag, {})).toBeUndefined();
    expect(convocationDue(meeting('ag-juin', '2024-06'), { noticeDays: 15 })).toBeUndefined();
  });

  it('allows a notice of zero days: the meeting day itself', () => {
    expect(convocationDue(ag, { noticeDays: 0 })?.latestDay).toBe('2024-06-20');
  });
});

describe('convocationStatus', () => {
  const due = convocationDue(ag, { noticeDays: 15 })!;
  const at = (text: string) => new Date(text);

  it('warns on the eve and on the last day, and says when it is missed', () => {
    expect(convocationStatus(due, undefined, at('2024-06-03T21:59:00Z'))).toBe('pending');
    expect(convocationStatus(due, undefined, at('2024-06-03T22:00:00Z'))).toBe('due-tomorrow');
    expect(convocationStatus(due, undefined, at('2024-06-05T08:00:00Z'))).toBe('due-today');
    expect(convocationStatus(due, undefined, at('2024-06-05T22:00:00Z'))).toBe('missed');
  });

  it('tells a convocation sent in time from one sent late', () => {
    expect(convocationStatus(due, Date.parse('2024-06-05T21:00:00Z'), at('2024-06-10T00:00:00Z'))).toBe(
      'sent',
    );
    expect(convocationStatus(due, Date.parse('2024-06-06T07:00:00Z'), at('2024-06-10T00:00:00Z'))).toBe(
      'sent-late',
    );
  });
});

describe('convocationWarnings', () => {
  const window = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2025-01-01T00:00:00Z') };
  const policy = (daysBefore: number, includeAgenda: boolean) => ({
    default: [{ id: `j-${daysBefore}`, daysBefore, at: '09:00', includeAgenda }],
    byTarget: {},
  });

  it('flags a plan whose convocation goes out after the deadline, or that has none', () => {
    const due = convocationDue(ag, { noticeDays: 15 })!;
    const late = reminderPlan([ag], policy(7, true), window);
    expect(convocationWarnings(late, [due])).toEqual([
      { meetingId: 'ag-2024', due, reason: 'convocation-late', sendAt: Date.parse('2024-06-13T07:00:00Z') },
    ]);
    expect(convocationWarnings(reminderPlan([ag], policy(21, false), window), [due])).toEqual([
      { meetingId: 'ag-2024', due, reason: 'no-convocation' },
    ]);
    expect(convocationWarnings(reminderPlan([ag], policy(15, true), window), [due])).toEqual([]);
  });

  it('does not flag a cancelled meeting', () => {
    const cancelled = meeting('ag-2024', '2024-06-20T14:00', 'cancelled');
    const plan: readonly PlannedReminder[] = reminderPlan([cancelled], policy(7, true), window);
    expect(convocationWarnings(plan, [convocationDue(cancelled, { noticeDays: 15 })!])).toEqual([]);
  });
});
