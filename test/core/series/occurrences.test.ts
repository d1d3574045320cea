import { Series } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../../../packages/core/src/meetings/series/occurrences.js';

function series(fields: Record<string, unknown>): Series {
  return Series.parse({ id: 'gt1', title: 'GT1', time: '18:00', from: '2024-01-01', ...fields });
}

const year2024 = { from: new Date('2024-01-01T00:00:00+01:00'), to: new Date('2025-01-01T00:00:00+01:00') };

function starts(s: Series, range = year2024): string[] {
  return occurrences(s, range).map((o) => o.start);
}

describe('occurrences: rules', () => {
  it('expands "first Tuesday of the month at 18:00"', () => {
    expect(starts(series({ frequency: 'monthly', weekday: 'TU', setPosition: 1 }))).toEqual([
      '2024-01-02T18:00',
      '2024-02-06T18:00',
      '2024-03-05T18:00',
      '2024-04-02T18:00',
      '2024-05-07T18:00',
      '2024-06-04T18:00',
      '2024-07-02T18:00',
      '2024-08-06T18:00',
      '2024-09-03T18:00',
      '2024-10-01T18:00',
      '2024-11-05T18:00',
      '2024-12-03T18:00',
    ]);
  });

  it('expands "last Friday of the month" and stops at `until` inclusive', () => {
    expect(
      starts(series({ frequency: 'monthly', weekday: 'FR', setPosition: -1, until: '2024-05-31' })),
    ).toEqual([
      '2024-01-26T18:00',
      '2024-02-23T18:00',
      '2024-03-29T18:00',
      '2024-04-26T18:00',
      '2024-05-31T18:00',
    ]);
  });

  it('skips months that have no fifth Tuesday', () => {
    expect(starts(series({ frequency: 'monthly', weekday: 'TU', setPosition: 5 }))).toEqual([
      '2024-01-30T18:00',
      '2024-04-30T18:00',
      '2024-07-30T18:00',
      '2024-10-29T18:00',
      '2024-12-31T18:00',
    ]);
  });

  it('skips months shorter than the month day', () => {
    expect(starts(series({ frequency: 'monthly', monthDay: 31 }))).toEqual([
      '2024-01-31T18:00',
      '2024-03-31T18:00',
      '2024-05-31T18:00',
      '2024-07-31T18:00',
      '2024-08-31T18:00',
      '2024-10-31T18:00',
      '2024-12-31T18:00',
    ]);
  });

  it('uses the first day of the series when no day rule is given', () => {
    expect(starts(series({ frequency: 'monthly', from: '2024-09-15' }))).toEqual([
      '2024-09-15T18:00',
      '2024-10-15T18:00',
      '2024-11-15T18:00',
      '2024-12-15T18:00',
    ]);
  });

  it('expands every Tuesday of the month when the weekday has no position', () => {
    expect(starts(series({ frequency: 'monthly', weekday: 'TU', until: '2024-01-31' }))).toEqual([
      '2024-01-02T18:00',
      '2024-01-09T18:00',
      '2024-01-16T18:00',
      '2024-01-23T18:00',
      '2024-01-30T18:00',
    ]);
  });

  it('counts every other week from the week of the first day (weeks start on Monday)', () => {
    expect(
      starts(
        series({ frequency: 'weekly', interval: 2, weekday: 'TH', from: '2024-01-03', until: '2024-02-29' }),
      ),
    ).toEqual([
      '2024-01-04T18:00',
      '2024-01-18T18:00',
      '2024-02-01T18:00',
      '2024-02-15T18:00',
      '2024-02-29T18:00',
    ]);
  });

  it('expands a yearly "third Thursday of June" in the month of the first day', () => {
    const s = series({ frequency: 'yearly', weekday: 'TH', setPosition: 3, from: '2024-06-01' });
    expect(
      starts(s, { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }),
    ).toEqual(['2024-06-20T18:00', '2025-06-19T18:00', '2026-06-18T18:00']);
  });

  it("expands a yearly series on the first day's date, skipping 29 February in common years", () => {
    const s = series({ frequency: 'yearly', from: '2024-02-29', time: '10:00' });
    expect(
      starts(s, { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2033-01-01T00:00:00Z') }),
    ).toEqual(['2024-02-29T10:00', '2028-02-29T10:00', '2032-02-29T10:00']);
  });

  it('finds far-future occurrences without starting from the first day', () => {
    const s = series({
      frequency: 'monthly',
      interval: 3,
      weekday: 'MO',
      setPosition: 2,
      from: '2000-01-01',
    });
    expect(
      starts(s, { from: new Date('2099-12-01T00:00:00Z'), to: new Date('2100-08-01T00:00:00Z') }),
    ).toEqual(['2100-01-11T18:00', '2100-04-12T18:00', '2100-07-12T18:00']);
  });

  it('produces nothing before the first day of the series', () => {
    expect(starts(series({ frequency: 'weekly', weekday: 'MO', from: '2024-12-20' }))).toEqual([
      '2024-12-23T18:00',
      '2024-12-30T18:00',
    ]);
  });

  it('returns nothing for an empty or reversed range', () => {
    const s = series({ frequency: 'weekly', weekday: 'TU' });
    expect(
      occurrences(s, { from: new Date('2024-03-01T00:00:00Z'), to: new Date('2024-03-01T00:00:00Z') }),
    ).toEqual([]);
    expect(
      occurrences(s, { from: new Date('2024-04-01T00:00:00Z'), to: new Date('2024-03-01T00:00:00Z') }),
    ).toEqual([]);
  });
});

describe('occurrences: time and time zones', () => {
  const weekly = series({ frequency: 'weekly', weekday: 'TU', durationMinutes: 90 });

  it('keeps 18:00 local across the spring change (last Sunday of March)', () => {
    const result = occurrences(weekly, {
      from: new Date('2024-03-25T00:00:00Z'),
      to: new Date('2024-04-03T00:00:00Z'),
    });
    expect(
      result.map((o) => [o.start, new Date(o.startsAt).toISOString(), new Date(o.endsAt).toISOString()]),
    ).toEqual([
      ['2024-03-26T18:00', '2024-03-26T17:00:00.000Z', '2024-03-26T18:30:00.000Z'],
      ['2024-04-02T18:00', '2024-04-02T16:00:00.000Z', '2024-04-02T17:30:00.000Z'],
    ]);
  });

  it('keeps 18:00 local across the autumn change (last Sunday of October)', () => {
    const result = occurrences(weekly, {
      from: new Date('2024-10-21T00:00:00Z'),
      to: new Date('2024-10-30T00:00:00Z'),
    });
    expect(result.map((o) => [o.start, new Date(o.startsAt).toISOString()])).toEqual([
      ['2024-10-22T18:00', '2024-10-22T16:00:00.000Z'],
      ['2024-10-29T18:00', '2024-10-29T17:00:00.000Z'],
    ]);
  });

  it("prefers the series' time zone over the range's default", () => {
    const montreal = series({ frequency: 'weekly', weekday: 'TU', timeZone: 'America/Toronto' });
    const [first] = occurrences(montreal, {
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-01-05T00:00:00Z'),
      timeZone: 'Europe/Paris',
    });
    expect([first?.start, first?.timeZone, new Date(first?.startsAt ?? 0).toISOString()]).toEqual([
      '2024-01-02T18:00',
      'America/Toronto',
      '2024-01-02T23:00:00.000Z',
    ]);
  });

  it("uses the range's time zone when the series has none", () => {
    const [first] = occurrences(weekly, {
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-01-05T00:00:00Z'),
      timeZone: 'UTC',
    });
    expect([first?.timeZone, new Date(first?.startsAt ?? 0).toISOString()]).toEqual([
      'UTC',
      '2024-01-02T18:00:00.000Z',
    ]);
  });

  it('includes an occurrence starting exactly at `from` and excludes one starting exactly at `to`', () => {
    const result = occurrences(weekly, {
      from: new Date('2024-01-02T17:00:00Z'),
      to: new Date('2024-01-09T17:00:00Z'),
    });
    expect(result.map((o) => o.start)).toEqual(['2024-01-02T18:00']);
  });
});

describe('occurrences: exceptions', () => {
  const monthly = series({
    frequency: 'monthly',
    weekday: 'TU',
    setPosition: 1,
    exceptions: [
      { original: '2024-04-02T18:00', status: 'moved', start: '2024-04-09T17:30', note: 'Vacances' },
      { original: '2024-05-07', status: 'cancelled', note: 'Pont du 8 mai' },
      { original: '2024-06-04', status: 'moved', start: '2024-06-11' },
    ],
  });

  it('keeps a cancelled occurrence with status cancelled and its note', () => {
    const may = occurrences(monthly, {
      from: new Date('2024-05-01T00:00:00Z'),
      to: new Date('2024-05-31T00:00:00Z'),
    });
    expect(may).toEqual([
      {
        id: 'gt1-2024-05-07',
        seriesId: 'gt1',
        original: '2024-05-07T18:00',
        start: '2024-05-07T18:00',
        startsAt: Date.parse('2024-05-07T16:00:00Z'),
        endsAt: Date.parse('2024-05-07T18:00:00Z'),
        timeZone: 'Europe/Paris',
        status: 'cancelled',
        note: 'Pont du 8 mai',
      },
    ]);
  });

  it('moves an occurrence to its new start and keeps the id of the original day', () => {
    const april = occurrences(monthly, {
      from: new Date('2024-04-01T00:00:00Z'),
      to: new Date('2024-04-30T00:00:00Z'),
    });
    expect(april.map((o) => [o.id, o.original, o.start, o.status, o.note])).toEqual([
      ['gt1-2024-04-02', '2024-04-02T18:00', '2024-04-09T17:30', 'moved', 'Vacances'],
    ]);
    expect(new Date(april[0]?.startsAt ?? 0).toISOString()).toBe('2024-04-09T15:30:00.000Z');
  });

  it("keeps the series' time when a move gives only a day", () => {
    const june = occurrences(monthly, {
      from: new Date('2024-06-01T00:00:00Z'),
      to: new Date('2024-06-30T00:00:00Z'),
    });
    expect(june.map((o) => [o.id, o.start, o.status])).toEqual([
      ['gt1-2024-06-04', '2024-06-11T18:00', 'moved'],
    ]);
  });

  it('includes an occurrence moved into the range from a rule day far outside it', () => {
    const s = series({
      frequency: 'monthly',
      weekday: 'TU',
      setPosition: 1,
      exceptions: [{ original: '2024-03-05', status: 'moved', start: '2024-07-25T18:00' }],
    });
    const july = occurrences(s, {
      from: new Date('2024-07-10T00:00:00Z'),
      to: new Date('2024-07-31T00:00:00Z'),
    });
    expect(july.map((o) => [o.id, o.start])).toEqual([['gt1-2024-03-05', '2024-07-25T18:00']]);
    const march = occurrences(s, {
      from: new Date('2024-03-01T00:00:00Z'),
      to: new Date('2024-03-31T00:00:00Z'),
    });
    expect(march).toEqual([]);
  });

  it('ignores an exception whose original day is not an occurrence of the rule', () => {
    const s = series({
      frequency: 'monthly',
      weekday: 'TU',
      setPosition: 1,
      exceptions: [{ original: '2024-03-06', status: 'moved', start: '2024-03-20' }],
    });
    const march = occurrences(s, {
      from: new Date('2024-03-01T00:00:00Z'),
      to: new Date('2024-03-31T00:00:00Z'),
    });
    expect(march.map((o) => [o.start, o.status])).toEqual([['2024-03-05T18:00', 'planned']]);
  });

  it('rejects a move without a new day, in French', () => {
    const s = series({
      frequency: 'monthly',
      weekday: 'TU',
      setPosition: 1,
      exceptions: [{ original: '2024-03-05', status: 'moved', start: '2024-03' }],
    });
    expect(() => occurrences(s, year2024)).toThrow(
      'Séance déplacée sans nouveau jour valide : 2024-03-05 → 2024-03',
    );
  });

  it('gives every occurrence a stable id built from its original local day', () => {
    const ids = occurrences(monthly, year2024).map((o) => o.id);
    expect(ids.slice(0, 3)).toEqual(['gt1-2024-01-02', 'gt1-2024-02-06', 'gt1-2024-03-05']);
    expect(new Set(ids).size).toBe(12);
  });
});
