import { datedMeeting, type Meeting, ReminderPolicies, type ReminderRule } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import {
  reminderPlan,
  reminderPlanReport,
  reminderSendAt,
} from '../../../packages/core/src/meetings/reminders/index.js';

const PARIS = 'Europe/Paris';

function meeting(id: string, start: string, extra: Partial<Meeting> = {}) {
  return datedMeeting(
    {
      id,
      body: 'ca',
      title: 'Conseil d’administration',
      kind: 'meeting',
      start,
      agenda: [],
      status: 'planned',
      ...extra,
    },
    PARIS,
  );
}

function rule(
  id: string,
  fields: Omit<ReminderRule, 'id' | 'includeAgenda'> & { includeAgenda?: boolean },
): ReminderRule {
  return { id, includeAgenda: false, ...fields };
}

const defaults = ReminderPolicies.parse({});
const wide = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') };
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('reminderPlan', () => {
  it('plans "7 jours avant à 9 h" and "la veille à 9 h" at 09:00 Paris time for a 2023-12-12T14:00 meeting', () => {
    const plan = reminderPlan([meeting('ca-2023-12-12', '2023-12-12T14:00')], defaults, wide);
    expect(plan).toEqual([
      {
        key: 'ca-2023-12-12/j-7/default',
        meetingId: 'ca-2023-12-12',
        ruleId: 'j-7',
        target: 'default',
        sendAt: Date.parse('2023-12-05T08:00:00.000Z'),
        meetingStartsAt: Date.parse('2023-12-12T13:00:00.000Z'),
        fingerprint: '2023-12-12T14:00||Europe/Paris|planned',
        status: 'planned',
        includeAgenda: false,
        late: false,
        label: '7 jours avant à 9 h',
      },
      {
        key: 'ca-2023-12-12/veille/default',
        meetingId: 'ca-2023-12-12',
        ruleId: 'veille',
        target: 'default',
        sendAt: Date.parse('2023-12-11T08:00:00.000Z'),
        meetingStartsAt: Date.parse('2023-12-12T13:00:00.000Z'),
        fingerprint: '2023-12-12T14:00||Europe/Paris|planned',
        status: 'planned',
        includeAgenda: false,
        late: false,
        label: 'la veille à 9 h',
      },
    ]);
  });

  it('puts the end in the fingerprint when the meeting has one', () => {
    const [first] = reminderPlan(
      [meeting('ca', '2023-12-12T14:00', { end: '2023-12-12T16:30' })],
      defaults,
      wide,
    );
    expect(first?.fingerprint).toBe('2023-12-12T14:00|2023-12-12T16:30|Europe/Paris|planned');
  });

  describe('across daylight-saving changes, "la veille à 9 h" stays at 09:00 local time', () => {
    const veille = defaults.default[1]!;
    it.each([
      // Spring forward on 2024-03-31: the day before is still in winter time (+01:00).
      ['2024-03-31T10:00', '2024-03-30T09:00:00+01:00', '2024-03-30T08:00:00.000Z'],
      // The day before 2024-04-01 is the change day itself, already in summer time (+02:00).
      ['2024-04-01T10:00', '2024-03-31T09:00:00+02:00', '2024-03-31T07:00:00.000Z'],
      // Fall back on 2023-10-29: the day before is still in summer time (+02:00).
      ['2023-10-29T10:00', '2023-10-28T09:00:00+02:00', '2023-10-28T07:00:00.000Z'],
      // The day before 2023-10-30 is the change day, in winter time from 03:00 (+01:00).
      ['2023-10-30T10:00', '2023-10-29T09:00:00+01:00', '2023-10-29T08:00:00.000Z'],
    ])('meeting %s → %s', (start, local, utc) => {
      const sendAt = reminderSendAt(veille, meeting('m', start).when);
      expect(iso(sendAt)).toBe(utc);
      expect(sendAt).toBe(Date.parse(local));
    });
  });

  it('keeps "7 jours avant à 9 h" at 09:00 local when the week contains the spring change', () => {
    const sendAt = reminderSendAt(defaults.default[0]!, meeting('m', '2024-04-03T18:00').when);
    expect(iso(sendAt)).toBe('2024-03-27T08:00:00.000Z');
  });

  it('counts "2 heures avant" in real hours across the 02:00 → 03:00 jump of 2024-03-31', () => {
    const twoHours = rule('2h', { hoursBefore: 2 });
    // 04:00 CEST is 02:00 UTC; two real hours earlier is 00:00 UTC, i.e. 01:00 CET on the wall.
    expect(iso(reminderSendAt(twoHours, meeting('m', '2024-03-31T04:00').when))).toBe(
      '2024-03-31T00:00:00.000Z',
    );
  });

  it('counts "2 heures avant" in real hours across the 03:00 → 02:00 fall-back of 2023-10-29', () => {
    const twoHours = rule('2h', { hoursBefore: 2 });
    // 03:00 CET is 02:00 UTC; two real hours earlier is 00:00 UTC, i.e. 02:00 CEST on the wall.
    expect(iso(reminderSendAt(twoHours, meeting('m', '2023-10-29T03:00').when))).toBe(
      '2023-10-29T00:00:00.000Z',
    );
  });

  it('adds hours and minutes of a duration rule', () => {
    const r = rule('1h30', { hoursBefore: 1, minutesBefore: 30 });
    expect(iso(reminderSendAt(r, meeting('m', '2023-12-12T14:00').when))).toBe('2023-12-12T11:30:00.000Z');
  });

  it('moves a wall-clock time that does not exist (02:30 on 2024-03-31) forward by the gap', () => {
    const r = rule('nuit', { daysBefore: 1, at: '02:30' });
    expect(iso(reminderSendAt(r, meeting('m', '2024-04-01T10:00').when))).toBe('2024-03-31T01:30:00.000Z');
  });

  it('plans "le jour même à 8 h" for a 14:00 meeting and drops it for an 08:00 meeting', () => {
    const policies = { default: [rule('matin', { daysBefore: 0, at: '08:00' })], byTarget: {} };
    const report = reminderPlanReport(
      [meeting('apres-midi', '2023-12-12T14:00'), meeting('matin', '2023-12-13T08:00')],
      policies,
      wide,
    );
    expect(report.reminders.map((r) => [r.key, iso(r.sendAt), r.label])).toEqual([
      ['apres-midi/matin/default', '2023-12-12T07:00:00.000Z', 'le jour même à 8 h'],
    ]);
    expect(report.dropped).toEqual([{ meetingId: 'matin', ruleId: 'matin', reason: 'not-before-start' }]);
  });

  it('drops a duration rule that would fire at the start itself', () => {
    const policies = { default: [rule('zero', { minutesBefore: 0 })], byTarget: {} };
    const report = reminderPlanReport([meeting('m', '2023-12-12T14:00')], policies, wide);
    expect(report.reminders).toEqual([]);
    expect(report.dropped).toEqual([{ meetingId: 'm', ruleId: 'zero', reason: 'not-before-start' }]);
  });

  it('gives a day-only meeting only the wall-clock rules that fire on an earlier day', () => {
    const policies = {
      default: [
        rule('j-7', { daysBefore: 7, at: '09:00' }),
        rule('veille', { daysBefore: 1, at: '18:00' }),
        rule('matin', { daysBefore: 0, at: '08:00' }),
        rule('2h', { hoursBefore: 2 }),
      ],
      byTarget: {},
    };
    const report = reminderPlanReport([meeting('ca-2024-05-14', '2024-05-14')], policies, wide);
    expect(report.reminders.map((r) => [r.key, iso(r.sendAt)])).toEqual([
      ['ca-2024-05-14/j-7/default', '2024-05-07T07:00:00.000Z'],
      ['ca-2024-05-14/veille/default', '2024-05-13T16:00:00.000Z'],
    ]);
    expect(report.dropped).toEqual([
      { meetingId: 'ca-2024-05-14', ruleId: 'matin', reason: 'time-unknown' },
      { meetingId: 'ca-2024-05-14', ruleId: '2h', reason: 'time-unknown' },
    ]);
    expect(report.unplannable).toEqual([]);
  });

  it('plans nothing for meetings known to the month or the year, and says why', () => {
    const report = reminderPlanReport(
      [meeting('bureau-2023-01', '2023-01'), meeting('ag-2023', '2023')],
      defaults,
      wide,
    );
    expect(report).toEqual({
      reminders: [],
      unplannable: [
        { meetingId: 'bureau-2023-01', reason: 'imprecise-date' },
        { meetingId: 'ag-2023', reason: 'imprecise-date' },
      ],
      dropped: [],
    });
    expect(reminderSendAt(defaults.default[0]!, meeting('m', '2023-01').when)).toBeUndefined();
  });

  it('uses the override of the meeting’s body or group instead of the default rules', () => {
    const policies = {
      default: defaults.default,
      byTarget: { ca: [rule('2h', { hoursBefore: 2, includeAgenda: true })], gt1: [] },
    };
    const plan = reminderPlan(
      [
        meeting('ca-1', '2023-12-12T14:00'),
        meeting('gt1-1', '2023-12-12T14:00', { body: undefined, group: 'gt1' }),
        meeting('bureau-1', '2023-12-12T10:00', { body: 'bureau' }),
      ],
      policies,
      wide,
    );
    expect(plan.map((r) => [r.key, iso(r.sendAt), r.includeAgenda, r.label])).toEqual([
      ['bureau-1/j-7/default', '2023-12-05T08:00:00.000Z', false, '7 jours avant à 9 h'],
      ['bureau-1/veille/default', '2023-12-11T08:00:00.000Z', false, 'la veille à 9 h'],
      ['ca-1/2h/default', '2023-12-12T11:00:00.000Z', true, '2 heures avant'],
    ]);
  });

  it('plans one reminder per target, counting a repeated target once', () => {
    const plan = reminderPlan([meeting('ca-1', '2023-12-12T14:00')], defaults, {
      ...wide,
      targetsOf: () => ['222', '111', '222'],
    });
    expect(plan.map((r) => r.key)).toEqual([
      'ca-1/j-7/111',
      'ca-1/j-7/222',
      'ca-1/veille/111',
      'ca-1/veille/222',
    ]);
  });

  it('keeps meetings whose start is in [from, to) and no others', () => {
    const plan = reminderPlan(
      [
        meeting('avant', '2023-12-11T23:59'),
        meeting('debut', '2023-12-12T00:00'),
        meeting('fin', '2023-12-13T00:00'),
      ],
      { default: [rule('1h', { hoursBefore: 1 })], byTarget: {} },
      { from: new Date('2023-12-11T23:00:00Z'), to: new Date('2023-12-12T23:00:00Z') },
    );
    expect(plan.map((r) => r.meetingId)).toEqual(['debut']);
  });

  it('sorts by send time, then by key', () => {
    const plan = reminderPlan(
      [meeting('b', '2023-12-12T14:00'), meeting('a', '2023-12-12T18:00'), meeting('c', '2023-12-10T10:00')],
      { default: [defaults.default[1]!], byTarget: {} },
      wide,
    );
    expect(plan.map((r) => [r.key, iso(r.sendAt)])).toEqual([
      ['c/veille/default', '2023-12-09T08:00:00.000Z'],
      ['a/veille/default', '2023-12-11T08:00:00.000Z'],
      ['b/veille/default', '2023-12-11T08:00:00.000Z'],
    ]);
  });

  it('plans the reminders of a cancelled meeting with its status, so they can be skipped', () => {
    const plan = reminderPlan([meeting('ca-1', '2023-12-12T14:00', { status: 'cancelled' })], defaults, wide);
    expect(plan.map((r) => [r.key, r.status, r.fingerprint])).toEqual([
      ['ca-1/j-7/default', 'cancelled', '2023-12-12T14:00||Europe/Paris|cancelled'],
      ['ca-1/veille/default', 'cancelled', '2023-12-12T14:00||Europe/Paris|cancelled'],
    ]);
  });

  it('resolves wall-clock rules in the meeting’s own time zone', () => {
    const m = datedMeeting(
      {
        id: 'ny',
        body: 'ca',
        title: 'CA',
        kind: 'meeting',
        start: '2024-03-11T10:00',
        agenda: [],
        status: 'planned',
      },
      'America/New_York',
    );
    // New York springs forward on 2024-03-10: the day before the meeting is in EDT (-04:00).
    expect(iso(reminderSendAt(defaults.default[1]!, m.when))).toBe('2024-03-10T13:00:00.000Z');
  });
});
