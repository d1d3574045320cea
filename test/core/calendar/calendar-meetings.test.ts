import { describe, expect, it } from 'vitest';
import { calendarMeetings } from '../../../packages/core/src/calendar/calendar-meetings.js';
import { eventDescription } from '../../../packages/core/src/calendar/event-description.js';
import { calendarDataset } from './calendar-fixture.js';

const dataset = calendarDataset();
const now = new Date('2024-06-01T00:00:00Z');

describe('calendarMeetings', () => {
  it("takes every meeting of the file and the series' occurrences around now, sorted", () => {
    const ids = calendarMeetings(dataset, { now }).map((m) => m.id);
    expect(ids).toEqual([
      'bureau-2024',
      'bureau-mensuel-2024-01-02',
      'bureau-mensuel-2024-02-06',
      'bureau-mensuel-2024-03-05',
      'ca-2024-03-28',
      'velo-2024-04-02',
      'bureau-mensuel-2024-04-02',
      'ca-2024-04-04',
      'bureau-mensuel-2024-05-07',
      'gt1-2024-05-14',
      'bureau-2024-06',
      'bureau-mensuel-2024-06-04',
      'bureau-mensuel-2024-07-02',
      'bureau-mensuel-2024-08-06',
      'bureau-mensuel-2024-09-03',
      'bureau-mensuel-2024-10-01',
      'ca-2024-10-31',
      'bureau-mensuel-2024-11-05',
      'bureau-mensuel-2024-12-03',
    ]);
  });

  it('expands series only within the window around now', () => {
    const ids = calendarMeetings(dataset, { now, pastDays: 30, futureDays: 40 }).map((m) => m.id);
    expect(ids.filter((id) => id.startsWith('bureau-mensuel'))).toEqual([
      'bureau-mensuel-2024-05-07',
      'bureau-mensuel-2024-06-04',
      'bureau-mensuel-2024-07-02',
    ]);
    expect(ids).toContain('ca-2024-03-28');
  });

  it('keeps one body', () => {
    expect(calendarMeetings(dataset, { now, target: 'ca' }).map((m) => m.id)).toEqual([
      'ca-2024-03-28',
      'ca-2024-04-04',
      'ca-2024-10-31',
    ]);
  });

  it("takes a group's sub-group meetings with its own, and a sub-group alone", () => {
    expect(calendarMeetings(dataset, { now, target: 'gt1' }).map((m) => m.id)).toEqual([
      'velo-2024-04-02',
      'gt1-2024-05-14',
    ]);
    expect(calendarMeetings(dataset, { now, target: 'gt1-velo' }).map((m) => m.id)).toEqual([
      'velo-2024-04-02',
    ]);
  });

  it('finds nothing for an unknown target', () => {
    expect(calendarMeetings(dataset, { now, target: 'inconnu' })).toEqual([]);
  });
});

describe('eventDescription', () => {
  it('says nothing for a planned meeting without agenda or link', () => {
    expect(eventDescription({ status: 'planned', agenda: [] })).toBeUndefined();
  });

  it('says a cancelled meeting is cancelled before its agenda', () => {
    expect(eventDescription({ status: 'cancelled', agenda: [{ title: 'Budget', time: '14:00' }] })).toBe(
      'Réunion annulée.\n\nOrdre du jour :\n- 14:00 Budget',
    );
  });
});
