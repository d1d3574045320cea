import { datedMeeting } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { alarmOffsetSeconds } from '../../../packages/core/src/calendar/alarm-offset.js';
import { meetingAlarms } from '../../../packages/core/src/calendar/meeting-alarms.js';
import { calendarDataset } from './calendar-fixture.js';

const whenOf = (start: string) =>
  datedMeeting({ id: 'm', title: 'M', kind: 'meeting', start, agenda: [], status: 'planned' }, 'Europe/Paris')
    .when;

describe('alarmOffsetSeconds', () => {
  it('counts whole calendar days, then exact time, across the change to summer time', () => {
    // 7 days before 2024-04-04 18:00 (UTC+2) at 09:00 (UTC+1): 7 days and 9 hours, not 177 hours.
    expect(alarmOffsetSeconds(whenOf('2024-04-04T18:00'), Date.parse('2024-03-28T08:00:00Z'))).toBe(
      7 * 86_400 + 9 * 3_600,
    );
  });

  it('counts whole calendar days across the change back to winter time', () => {
    expect(alarmOffsetSeconds(whenOf('2024-10-31T18:00'), Date.parse('2024-10-24T07:00:00Z'))).toBe(
      7 * 86_400 + 9 * 3_600,
    );
  });

  it('gives less than a day when the reminder time of day is later than the start', () => {
    // The day before at 09:00 for a meeting at 08:00: 23 hours.
    expect(alarmOffsetSeconds(whenOf('2024-05-14T08:00'), Date.parse('2024-05-13T07:00:00Z'))).toBe(
      23 * 3_600,
    );
  });

  it('measures from local midnight for a meeting known to the day', () => {
    expect(alarmOffsetSeconds(whenOf('2024-05-14'), Date.parse('2024-05-13T07:00:00Z'))).toBe(15 * 3_600);
  });

  it('gives exact seconds for a short duration', () => {
    expect(alarmOffsetSeconds(whenOf('2024-03-31T10:00'), Date.parse('2024-03-31T06:00:00Z'))).toBe(
      2 * 3_600,
    );
  });
});

describe('meetingAlarms', () => {
  const dataset = calendarDataset();
  const alarms = (id: string) =>
    meetingAlarms(dataset.meetingById.get(id)!, dataset).map((a) => [a.ruleId, a.label, a.secondsBefore]);

  it("uses the body's own rules when it has some", () => {
    expect(alarms('ca-2024-03-28')).toEqual([
      ['veille', 'la veille à 9 h', 86_400 + 9 * 3_600],
      ['2h', '2 heures avant', 7_200],
    ]);
  });

  it('uses the default rules for a group without rules of its own', () => {
    expect(alarms('velo-2024-04-02')).toEqual([
      ['j-7', '7 jours avant à 9 h', 7 * 86_400],
      ['veille', 'la veille à 9 h', 86_400],
    ]);
  });

  it('gives a cancelled meeting no alarm', () => {
    expect(alarms('ca-2024-10-31')).toEqual([]);
  });

  it('gives a meeting known to the month no alarm', () => {
    expect(alarms('bureau-2024-06')).toEqual([]);
  });

  it('leaves out a duration rule for a meeting known only to the day', () => {
    const withDuration = {
      ...dataset,
      reminders: { default: [], byTarget: { gt1: dataset.reminders.byTarget.ca ?? [] } },
    };
    expect(
      meetingAlarms(dataset.meetingById.get('gt1-2024-05-14')!, withDuration).map((a) => a.ruleId),
    ).toEqual(['veille']);
  });

  it('leaves out a rule that would ring after the start', () => {
    const sameDay = {
      ...dataset,
      reminders: {
        default: [{ id: 'matin', daysBefore: 0, at: '10:00', includeAgenda: false }],
        byTarget: {},
      },
    };
    expect(meetingAlarms(dataset.meetingById.get('velo-2024-04-02')!, sameDay)).toEqual([]);
  });
});
