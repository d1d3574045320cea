import { Series, type Weekday } from '@ptce/core';
import fc from 'fast-check';
import { datetime, type Options, RRule } from 'rrule';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../../../packages/core/src/meetings/series/occurrences.js';

const RRULE_DAYS = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};
const FREQ = { weekly: RRule.WEEKLY, monthly: RRule.MONTHLY, yearly: RRule.YEARLY };

/**
 * The same rule for rrule, in its "floating" mode: no tzid, dates whose UTC fields are the local
 * wall-clock fields. That is the mode in which rrule does not depend on the host's time zone.
 */
function toRRule(s: Series): RRule {
  const [y, m, d] = s.from.split('-').map(Number) as [number, number, number];
  const [hh, mm] = s.time.split(':').map(Number) as [number, number];
  const options: Partial<Options> = {
    freq: FREQ[s.frequency],
    interval: s.interval,
    wkst: RRule.MO,
    dtstart: datetime(y, m, d, hh, mm),
  };
  if (s.until) {
    const [uy, um, ud] = s.until.split('-').map(Number) as [number, number, number];
    options.until = datetime(uy, um, ud, 23, 59);
  }
  if (s.frequency === 'yearly') options.bymonth = [m];
  if (s.weekday) {
    const day = RRULE_DAYS[s.weekday];
    options.byweekday = [s.setPosition ? day.nth(s.setPosition) : day];
  } else if (s.frequency !== 'weekly') {
    options.bymonthday = [s.monthDay ?? d];
  }
  return new RRule(options);
}

function floatingTexts(rule: RRule): string[] {
  return rule.all().map((date) => date.toISOString().slice(0, 16));
}

function ours(s: Series): string[] {
  return occurrences(s, { from: new Date('1999-12-01T00:00:00Z'), to: new Date('2041-01-01T00:00:00Z') }).map(
    (o) => o.start,
  );
}

function series(fields: Record<string, unknown>): Series {
  return Series.parse({
    id: 's',
    title: 'Série',
    time: '18:00',
    from: '2024-01-01',
    until: '2030-12-31',
    ...fields,
  });
}

describe('occurrences agree with rrule (floating, time-zone-free mode)', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['first Tuesday monthly', { frequency: 'monthly', weekday: 'TU', setPosition: 1 }],
    ['last Friday monthly', { frequency: 'monthly', weekday: 'FR', setPosition: -1 }],
    [
      'second-to-last Wednesday every 2 months',
      { frequency: 'monthly', interval: 2, weekday: 'WE', setPosition: -2 },
    ],
    ['fifth Thursday monthly', { frequency: 'monthly', weekday: 'TH', setPosition: 5 }],
    ['every Monday of the month', { frequency: 'monthly', weekday: 'MO' }],
    ['the 31st monthly', { frequency: 'monthly', monthDay: 31 }],
    ['weekly on Thursdays', { frequency: 'weekly', weekday: 'TH' }],
    ['every 3 weeks from a Saturday', { frequency: 'weekly', interval: 3, from: '2024-03-09' }],
    ['yearly on 29 February', { frequency: 'yearly', from: '2024-02-29', until: '2040-12-31' }],
    [
      'yearly, last Friday of June',
      { frequency: 'yearly', weekday: 'FR', setPosition: -1, from: '2024-06-10' },
    ],
  ];

  for (const [name, fields] of cases) {
    it(`agrees on ${name}`, () => {
      const s = series(fields);
      const expected = floatingTexts(toRRule(s));
      expect(expected.length).toBeGreaterThanOrEqual(5);
      expect(ours(s)).toEqual(expected);
    });
  }

  it('agrees on random rules (fast-check)', () => {
    const weekday = fc.constantFrom<Weekday>('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
    const day = fc
      .record({
        year: fc.integer({ min: 2000, max: 2035 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(
        ({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      );
    const dayRule = fc.oneof(
      fc.constant({}),
      fc.record({ weekday }),
      fc.record({ weekday, setPosition: fc.constantFrom(-5, -4, -3, -2, -1, 1, 2, 3, 4, 5) }),
      fc.record({ monthDay: fc.integer({ min: 1, max: 31 }) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('weekly', 'monthly', 'yearly'),
        fc.integer({ min: 1, max: 4 }),
        dayRule,
        day,
        fc.integer({ min: 1, max: 5 }),
        (frequency, interval, rule, from, years) => {
          if (frequency === 'weekly' && ('setPosition' in rule || 'monthDay' in rule)) return;
          const until = `${Number(from.slice(0, 4)) + years}-12-31`;
          const s = series({ frequency, interval, ...rule, from, until });
          expect(ours(s)).toEqual(floatingTexts(toRRule(s)));
        },
      ),
      { numRuns: 300, seed: 20240102 },
    );
  });
});
