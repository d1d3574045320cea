import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { civilDay, civilFields, civilWeekday } from '../../../packages/core/src/meetings/series/civil-day.js';
import { localInstant } from '../../../packages/core/src/meetings/series/local-instant.js';

function viaTzDate(day: number, minute: number, timeZone: string): number {
  const f = civilFields(day);
  return new TZDate(f.year, f.month - 1, f.day, Math.floor(minute / 60), minute % 60, timeZone).getTime();
}

describe('civil days', () => {
  it('counts days from 1970-01-01 and knows their weekday (Monday = 0)', () => {
    expect(civilDay(1970, 1, 1)).toBe(0);
    expect(civilDay(2024, 1, 2)).toBe(19724);
    expect(civilFields(19724)).toEqual({ year: 2024, month: 1, day: 2 });
    expect(civilWeekday(civilDay(2024, 1, 1))).toBe(0);
    expect(civilWeekday(civilDay(1969, 12, 28))).toBe(6);
  });
});

describe('localInstant', () => {
  it('resolves 18:00 in Paris on both sides of the spring change', () => {
    expect(new Date(localInstant(civilDay(2024, 3, 30), 1080, 'Europe/Paris')).toISOString()).toBe(
      '2024-03-30T17:00:00.000Z',
    );
    expect(new Date(localInstant(civilDay(2024, 3, 31), 1080, 'Europe/Paris')).toISOString()).toBe(
      '2024-03-31T16:00:00.000Z',
    );
  });

  it('matches TZDate for every quarter hour of the days around the DST changes, gaps and repeats included', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'UTC'];
    const days = [
      ...[civilDay(2024, 3, 30), civilDay(2024, 3, 31), civilDay(2024, 4, 1)],
      ...[civilDay(2024, 10, 26), civilDay(2024, 10, 27), civilDay(2024, 10, 28)],
      ...[civilDay(2024, 3, 10), civilDay(2024, 11, 3), civilDay(2024, 4, 7), civilDay(2024, 10, 6)],
    ];
    const mismatches: string[] = [];
    for (const zone of zones) {
      for (const day of days) {
        for (let minute = 0; minute < 1440; minute += 15) {
          if (localInstant(day, minute, zone) !== viaTzDate(day, minute, zone))
            mismatches.push(`${zone} ${day} ${minute}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
