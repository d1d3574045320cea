import { Series } from '@ptce/core';
import { datetime, RRule } from 'rrule';
import { afterEach, describe, expect, it } from 'vitest';
import { occurrences } from '../../../packages/core/src/meetings/series/occurrences.js';

// rrule reads the host's time zone through Date's local getters; Node re-reads `TZ` when it is
// assigned, which lets this file show the dependence. Each case restores it.
const originalTz = process.env.TZ;

function withHostTimeZone<T>(tz: string, run: () => T): T {
  process.env.TZ = tz;
  return run();
}

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function firstTuesdayWithTzid(): string[] {
  // A fresh rule each time: rrule caches its results per instance.
  const rule = new RRule({
    freq: RRule.MONTHLY,
    byweekday: [RRule.TU.nth(1)],
    dtstart: datetime(2024, 3, 5, 18, 0),
    tzid: 'Europe/Paris',
    count: 2,
  });
  return rule.all().map((d) => d.toISOString());
}

describe('rrule with tzid depends on the host time zone (why core expands series itself)', () => {
  const truth = ['2024-03-05T17:00:00.000Z', '2024-04-02T16:00:00.000Z'];

  it('our expansion gives the real instants of 18:00 in Paris, whatever the host time zone', () => {
    const s = Series.parse({
      id: 's',
      title: 'Série',
      frequency: 'monthly',
      weekday: 'TU',
      setPosition: 1,
      time: '18:00',
      from: '2024-03-01',
      timeZone: 'Europe/Paris',
    });
    const range = { from: new Date('2024-03-01T00:00:00Z'), to: new Date('2024-04-30T00:00:00Z') };
    for (const tz of ['UTC', 'Europe/Paris', 'America/New_York']) {
      const instants = withHostTimeZone(tz, () =>
        occurrences(s, range).map((o) => new Date(o.startsAt).toISOString()),
      );
      expect(instants).toEqual(truth);
    }
  });

  it('rrule gives the real instants only on a UTC host', () => {
    expect(withHostTimeZone('UTC', firstTuesdayWithTzid)).toEqual(truth);
  });

  it('rrule on a Paris host returns 18:00 UTC, one or two hours late', () => {
    expect(withHostTimeZone('Europe/Paris', firstTuesdayWithTzid)).toEqual([
      '2024-03-05T18:00:00.000Z',
      '2024-04-02T18:00:00.000Z',
    ]);
  });

  it('rrule on a New York host returns 12:00 UTC, five or four hours early', () => {
    expect(withHostTimeZone('America/New_York', firstTuesdayWithTzid)).toEqual([
      '2024-03-05T12:00:00.000Z',
      '2024-04-02T12:00:00.000Z',
    ]);
  });
});
