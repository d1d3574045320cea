import { type Cadence, type DatedMeeting, datedMeeting, toLocalDate, type Weekday } from '@ptce/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeSchedule } from '../../../packages/core/src/governance/propose-schedule.js';
import { oracleHolidays } from './easter-oracle.js';

const ops = { id: 'ops', cadence: { per: 'year', min: 3, max: 4 } as Cadence };

function meeting(
  id: string,
  start: string,
  status: 'held' | 'planned' | 'cancelled' = 'held',
  body = 'ops',
): DatedMeeting {
  return datedMeeting(
    { id, body, title: 'Réunion', kind: 'meeting', start, agenda: [], status },
    'Europe/Paris',
  );
}

function starts(proposals: readonly { start: string }[]): string[] {
  return proposals.map((p) => p.start);
}

describe('proposeSchedule', () => {
  it('spreads the missing meetings evenly over the year on Tuesdays and Thursdays at 14:00', () => {
    const proposals = proposeSchedule(ops, {
      year: 2024,
      existing: [],
      now: new Date('2023-12-01T00:00:00Z'),
    });
    expect(proposals).toEqual([
      { start: '2024-02-29T14:00', startsAt: Date.parse('2024-02-29T13:00:00Z'), slot: 1 },
      { start: '2024-07-02T14:00', startsAt: Date.parse('2024-07-02T12:00:00Z'), slot: 2 },
      { start: '2024-10-31T14:00', startsAt: Date.parse('2024-10-31T13:00:00Z'), slot: 3 },
    ]);
  });

  it('proposes only what the cadence minimum still lacks, not counting cancelled meetings', () => {
    const existing = [
      meeting('a', '2024-01-16T14:00'),
      meeting('b', '2024-03', 'planned'),
      meeting('c', '2024-05-14', 'cancelled'),
    ];
    expect(
      proposeSchedule(ops, { year: 2024, existing, now: new Date('2023-12-01T00:00:00Z') }),
    ).toHaveLength(1);
    const four = [...existing, meeting('d', '2024-06-04'), meeting('e', '2024-09-10')];
    expect(
      proposeSchedule(ops, { year: 2024, existing: four, now: new Date('2023-12-01T00:00:00Z') }),
    ).toEqual([]);
  });

  it("ignores other bodies' meetings", () => {
    const existing = [
      meeting('x', '2024-01-16', 'held', 'ca'),
      meeting('y', '2024-02-29T14:00', 'held', 'ca'),
    ];
    expect(
      starts(proposeSchedule(ops, { year: 2024, existing, now: new Date('2023-12-01T00:00:00Z') })),
    ).toEqual(['2024-02-29T14:00', '2024-07-02T14:00', '2024-10-31T14:00']);
  });

  it('avoids a day on which the body already meets, taking the nearest allowed day instead', () => {
    const existing = [meeting('busy', '2024-07-02T09:00', 'planned')];
    expect(
      starts(
        proposeSchedule(ops, {
          year: 2024,
          existing,
          now: new Date('2023-12-01T00:00:00Z'),
          constraints: { count: 3 },
        }),
      ),
    ).toEqual(['2024-02-29T14:00', '2024-07-04T14:00', '2024-10-31T14:00']);
  });

  it('spreads over the rest of the year, from the day after now', () => {
    expect(
      starts(proposeSchedule(ops, { year: 2024, existing: [], now: new Date('2024-06-15T10:00:00Z') })),
    ).toEqual(['2024-07-18T14:00', '2024-09-24T14:00', '2024-11-28T14:00']);
    const tomorrowOnly = proposeSchedule(
      { id: 'x' },
      {
        year: 2024,
        existing: [],
        now: new Date('2024-12-18T10:00:00Z'),
        constraints: { count: 5, weekdays: ['TH'] },
      },
    );
    expect(starts(tomorrowOnly)).toEqual(['2024-12-19T14:00']);
  });

  it('never proposes a public holiday: May 2024 has four Thursdays once Ascension (9 May) is out', () => {
    const onlyMay = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12];
    const proposals = proposeSchedule(
      { id: 'x' },
      {
        year: 2024,
        existing: [],
        now: new Date('2023-12-01T00:00:00Z'),
        constraints: { weekdays: ['TH'], avoidMonths: onlyMay, count: 10 },
      },
    );
    expect(starts(proposals)).toEqual([
      '2024-05-02T14:00',
      '2024-05-16T14:00',
      '2024-05-23T14:00',
      '2024-05-30T14:00',
    ]);
  });

  it('never proposes a day from 24 December to 1 January', () => {
    const all: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const now = new Date('2023-12-01T00:00:00Z');
    const december = proposeSchedule(
      { id: 'x' },
      {
        year: 2024,
        existing: [],
        now,
        constraints: { weekdays: all, avoidMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], count: 99 },
      },
    );
    expect(december.at(-1)?.start).toBe('2024-12-23T14:00');
    expect(december).toHaveLength(23);
    const january = proposeSchedule(
      { id: 'x' },
      {
        year: 2024,
        existing: [],
        now,
        constraints: { weekdays: all, avoidMonths: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], count: 99 },
      },
    );
    expect(january[0]?.start).toBe('2024-01-02T14:00');
    expect(january).toHaveLength(30);
  });

  it('never proposes August by default', () => {
    const proposals = proposeSchedule(
      { id: 'x' },
      { year: 2024, existing: [], now: new Date('2023-12-01T00:00:00Z'), constraints: { count: 60 } },
    );
    expect(proposals.filter((p) => p.start.startsWith('2024-08'))).toEqual([]);
    expect(proposals).toHaveLength(60);
  });

  it('takes the time, the time zone and the weekdays from the constraints', () => {
    const proposals = proposeSchedule(ops, {
      year: 2024,
      existing: [],
      now: new Date('2023-12-01T00:00:00Z'),
      constraints: { weekdays: ['WE'], time: '18:30', timeZone: 'America/Toronto', count: 1 },
    });
    expect(proposals).toEqual([
      { start: '2024-07-03T18:30', startsAt: Date.parse('2024-07-03T22:30:00Z'), slot: 1 },
    ]);
  });

  it('proposes per month for a monthly cadence, skipping months already covered', () => {
    const bureau = { id: 'bureau', cadence: { per: 'month', min: 1, max: 2 } as Cadence };
    const existing = [meeting('nov', '2024-11-05', 'planned', 'bureau')];
    expect(
      starts(proposeSchedule(bureau, { year: 2024, existing, now: new Date('2024-10-20T10:00:00Z') })),
    ).toEqual(['2024-10-24T14:00', '2024-12-17T14:00']);
    const twice = { id: 'bureau', cadence: { per: 'month', min: 2, max: 3 } as Cadence };
    expect(
      starts(proposeSchedule(twice, { year: 2024, existing: [], now: new Date('2024-10-20T10:00:00Z') })),
    ).toEqual([
      '2024-10-24T14:00',
      '2024-10-29T14:00',
      '2024-11-07T14:00',
      '2024-11-21T14:00',
      '2024-12-10T14:00',
      '2024-12-19T14:00',
    ]);
  });

  it('proposes nothing without a cadence or a count', () => {
    expect(
      proposeSchedule({ id: 'x' }, { year: 2024, existing: [], now: new Date('2023-12-01T00:00:00Z') }),
    ).toEqual([]);
  });
});

describe('proposeSchedule (property)', () => {
  const ALL: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

  /** Allowed days by month, computed independently of the implementation. */
  function oracle(
    year: number,
    weekdays: readonly Weekday[],
    avoid: readonly number[],
    busy: Set<string>,
    today: string,
  ) {
    const holidays = new Set(oracleHolidays(year));
    const byMonth = new Map<number, string[]>();
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
      const date = new Date(t);
      const day = date.toISOString().slice(0, 10);
      const month = date.getUTCMonth() + 1;
      const dom = date.getUTCDate();
      const ok =
        weekdays.includes(ALL[(date.getUTCDay() + 6) % 7]!) &&
        !holidays.has(day) &&
        !avoid.includes(month) &&
        !(month === 12 && dom >= 24) &&
        !(month === 1 && dom === 1) &&
        !busy.has(day) &&
        day > today;
      if (ok) byMonth.set(month, [...(byMonth.get(month) ?? []), day]);
    }
    return byMonth;
  }

  it('respects every constraint and proposes the right number of dates', () => {
    const arbitraryCadence = fc.oneof(
      fc.record({ per: fc.constant('year' as const), min: fc.integer({ min: 0, max: 12 }) }),
      fc.record({ per: fc.constant('month' as const), min: fc.integer({ min: 0, max: 3 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.subarray(ALL, { minLength: 1 }),
        arbitraryCadence,
        fc.option(fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { maxLength: 4 }), { nil: undefined }),
        fc.integer({ min: -200, max: 365 }),
        fc.array(
          fc.record({
            dayOfYear: fc.integer({ min: 0, max: 364 }),
            status: fc.constantFrom('held', 'planned', 'cancelled'),
          }),
          {
            maxLength: 6,
          },
        ),
        (year, weekdays, cadenceMin, avoidMonths, nowDay, existingSpec) => {
          const cadence: Cadence = { ...cadenceMin, max: cadenceMin.min + 1 };
          const now = new Date(Date.UTC(year, 0, 1 + nowDay, 9));
          const existing = existingSpec.map((e, i) =>
            meeting(
              `m${i}`,
              new Date(Date.UTC(year, 0, 1 + e.dayOfYear)).toISOString().slice(0, 10),
              e.status as 'held',
              'body',
            ),
          );
          const proposals = proposeSchedule(
            { id: 'body', cadence },
            { year, existing, now, constraints: { weekdays, ...(avoidMonths ? { avoidMonths } : {}) } },
          );

          const avoid = avoidMonths ?? [8];
          const kept = existing.filter((m) => m.status !== 'cancelled');
          const busy = new Set(kept.map((m) => m.start));
          const today = toLocalDate(now, 'Europe/Paris').text.slice(0, 10);
          const allowed = oracle(year, weekdays, avoid, busy, today);
          const allowedDays = new Set([...allowed.values()].flat());

          const days = proposals.map((p) => p.start.slice(0, 10));
          for (const p of proposals) {
            expect(p.start.slice(10)).toBe('T14:00');
            expect(allowedDays.has(p.start.slice(0, 10))).toBe(true);
            expect(p.startsAt).toBeGreaterThan(now.getTime());
          }
          expect(new Set(days).size).toBe(days.length);
          expect(days).toEqual([...days].sort());
          expect(proposals.map((p) => p.slot)).toEqual(proposals.map((_, i) => i + 1));

          let expected = 0;
          if (cadence.per === 'year') {
            expected = Math.min(Math.max(0, cadence.min - kept.length), allowedDays.size);
          } else {
            for (let month = 1; month <= 12; month++) {
              const held = kept.filter((m) => m.when.start.month === month).length;
              expected += Math.min(Math.max(0, cadence.min - held), allowed.get(month)?.length ?? 0);
            }
          }
          expect(proposals).toHaveLength(expected);
          expect(
            proposeSchedule(
              { id: 'body', cadence },
              { year, existing, now, constraints: { weekdays, ...(avoidMonths ? { avoidMonths } : {}) } },
            ),
          ).toEqual(proposals);
        },
      ),
      { numRuns: 300, seed: 424242 },
    );
  });
});
