import { Series } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { seriesMeetings } from '../../../packages/core/src/meetings/series/series-meetings.js';

const gt = Series.parse({
  id: 'gt-mobilite',
  group: 'gt-mobilite',
  title: 'GT Éco-mobilité solidaire',
  frequency: 'monthly',
  weekday: 'TH',
  setPosition: 1,
  time: '09:30',
  durationMinutes: 150,
  from: '2024-09-01',
  place: 'Valenciennes',
  link: 'https://example.org/visio',
  source: 'rapport-activite-2023',
  exceptions: [{ original: '2024-10-03', status: 'cancelled', note: 'Salon de la mobilité' }],
});

describe('seriesMeetings', () => {
  const meetings = seriesMeetings(gt, {
    from: new Date('2024-09-01T00:00:00Z'),
    to: new Date('2024-12-01T00:00:00Z'),
  });

  it('turns each occurrence into a dated meeting of the series group', () => {
    expect(meetings.map((m) => [m.id, m.group, m.body, m.start, m.end, m.status])).toEqual([
      ['gt-mobilite-2024-09-05', 'gt-mobilite', undefined, '2024-09-05T09:30', '2024-09-05T12:00', 'planned'],
      [
        'gt-mobilite-2024-10-03',
        'gt-mobilite',
        undefined,
        '2024-10-03T09:30',
        '2024-10-03T12:00',
        'cancelled',
      ],
      ['gt-mobilite-2024-11-07', 'gt-mobilite', undefined, '2024-11-07T09:30', '2024-11-07T12:00', 'planned'],
    ]);
  });

  it('copies title, place, link, source and the exception note', () => {
    const october = meetings[1];
    expect({
      title: october?.title,
      kind: october?.kind,
      place: october?.place,
      link: october?.link,
      source: october?.source,
      note: october?.note,
      agenda: october?.agenda,
      timeZone: october?.timeZone,
    }).toEqual({
      title: 'GT Éco-mobilité solidaire',
      kind: 'meeting',
      place: 'Valenciennes',
      link: 'https://example.org/visio',
      source: 'rapport-activite-2023',
      note: 'Salon de la mobilité',
      agenda: [],
      timeZone: 'Europe/Paris',
    });
  });

  it('resolves `when` like any dataset meeting, with exact instants', () => {
    const november = meetings[2];
    expect(november?.when.start).toEqual({
      text: '2024-11-07T09:30',
      precision: 'datetime',
      year: 2024,
      month: 11,
      day: 7,
      hour: 9,
      minute: 30,
    });
    expect(new Date(november?.when.startsAt ?? 0).toISOString()).toBe('2024-11-07T08:30:00.000Z');
    expect(new Date(november?.when.endsAt ?? 0).toISOString()).toBe('2024-11-07T11:00:00.000Z');
  });

  it('sets the body when the series belongs to a body', () => {
    const bureau = Series.parse({
      id: 'bureau',
      body: 'bureau',
      title: 'Bureau',
      frequency: 'monthly',
      monthDay: 15,
      time: '12:00',
      from: '2024-01-01',
    });
    const [first] = seriesMeetings(bureau, {
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-02-01T00:00:00Z'),
    });
    expect([first?.id, first?.body, first?.group, first?.start, first?.end]).toEqual([
      'bureau-2024-01-15',
      'bureau',
      undefined,
      '2024-01-15T12:00',
      '2024-01-15T14:00',
    ]);
  });
});
