import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../packages/core/src/time/period-range.js';

// Wednesday 25 November 2026, 10:00 in Paris.
const now = new Date('2026-11-25T09:00:00Z');
const PARIS = 'Europe/Paris';
const iso = (r: { from: Date; to: Date }) => [r.from.toISOString(), r.to.toISOString()];

describe('periodRange', () => {
  it('gives Monday to Sunday of next week, in Paris time', () => {
    expect(iso(periodRange({ kind: 'calendar', unit: 'week', offset: 1 }, now, PARIS))).toEqual([
      '2026-11-29T23:00:00.000Z',
      '2026-12-06T23:00:00.000Z',
    ]);
  });

  it('gives this week and last week from Monday, a Sunday included in its own week', () => {
    expect(iso(periodRange({ kind: 'calendar', unit: 'week', offset: 0 }, now, PARIS))).toEqual([
      '2026-11-22T23:00:00.000Z',
      '2026-11-29T23:00:00.000Z',
    ]);
    const sunday = new Date('2026-11-29T20:00:00Z');
    expect(iso(periodRange({ kind: 'calendar', unit: 'week', offset: -1 }, sunday, PARIS))).toEqual([
      '2026-11-15T23:00:00.000Z',
      '2026-11-22T23:00:00.000Z',
    ]);
  });

  it('gives the next month, quarter and year across the year end', () => {
    expect(iso(periodRange({ kind: 'calendar', unit: 'month', offset: 1 }, now, PARIS))).toEqual([
      '2026-11-30T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
    ]);
    expect(iso(periodRange({ kind: 'calendar', unit: 'quarter', offset: 1 }, now, PARIS))).toEqual([
      '2026-12-31T23:00:00.000Z',
      '2027-03-31T22:00:00.000Z',
    ]);
    expect(iso(periodRange({ kind: 'calendar', unit: 'year', offset: 1 }, now, PARIS))).toEqual([
      '2026-12-31T23:00:00.000Z',
      '2027-12-31T23:00:00.000Z',
    ]);
  });

  it('gives the coming days from the start of today', () => {
    expect(iso(periodRange({ kind: 'coming', days: 7 }, now, PARIS))).toEqual([
      '2026-11-24T23:00:00.000Z',
      '2026-12-01T23:00:00.000Z',
    ]);
  });

  it('ends a week holding a DST change at the next local midnight (167 and 169 hours)', () => {
    const spring = periodRange(
      { kind: 'calendar', unit: 'week', offset: 0 },
      new Date('2024-03-27T12:00:00Z'),
      PARIS,
    );
    expect(iso(spring)).toEqual(['2024-03-24T23:00:00.000Z', '2024-03-31T22:00:00.000Z']);
    expect((spring.to.getTime() - spring.from.getTime()) / 3_600_000).toBe(167);
    const autumn = periodRange({ kind: 'coming', days: 7 }, new Date('2024-10-22T12:00:00Z'), PARIS);
    expect(iso(autumn)).toEqual(['2024-10-21T22:00:00.000Z', '2024-10-28T23:00:00.000Z']);
  });

  it('gives a named month, « mars 2023 », and a leap February', () => {
    expect(iso(periodRange({ kind: 'month', year: 2023, month: 3 }, now, PARIS))).toEqual([
      '2023-02-28T23:00:00.000Z',
      '2023-03-31T22:00:00.000Z',
    ]);
    expect(iso(periodRange({ kind: 'month', year: 2024, month: 2 }, now, PARIS))).toEqual([
      '2024-01-31T23:00:00.000Z',
      '2024-02-29T23:00:00.000Z',
    ]);
  });

  it('gives seasons as whole months, winter running into the next year', () => {
    expect(iso(periodRange({ kind: 'season', year: 2024, season: 'summer' }, now, PARIS))).toEqual([
      '2024-05-31T22:00:00.000Z',
      '2024-08-31T22:00:00.000Z',
    ]);
    expect(iso(periodRange({ kind: 'season', year: 2023, season: 'winter' }, now, PARIS))).toEqual([
      '2023-11-30T23:00:00.000Z',
      '2024-02-29T23:00:00.000Z',
    ]);
    expect(iso(periodRange({ kind: 'season', year: 2024, season: 'spring' }, now, PARIS))).toEqual([
      '2024-02-29T23:00:00.000Z',
      '2024-05-31T22:00:00.000Z',
    ]);
  });

  it('gives a whole year in another zone', () => {
    expect(iso(periodRange({ kind: 'year', year: 2023 }, now, 'America/New_York'))).toEqual([
      '2023-01-01T05:00:00.000Z',
      '2024-01-01T05:00:00.000Z',
    ]);
  });
});
