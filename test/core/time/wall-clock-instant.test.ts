import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDay, civilFields } from '../../../packages/core/src/time/civil-day.js';
import { wallClockInstant } from '../../../packages/core/src/time/wall-clock-instant.js';

const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Indian/Reunion',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
];

/** The oracle: `TZDate` resolves every wall time, gaps and repeats included. */
function viaTzDate(day: number, minute: number, timeZone: string): number {
  const f = civilFields(day);
  return new TZDate(f.year, f.month - 1, f.day, Math.floor(minute / 60), minute % 60, timeZone).getTime();
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

describe('wallClockInstant', () => {
  it('resolves 09:00 and 18:00 Paris on both sides of the 2024 spring change', () => {
    expect(iso(wallClockInstant(civilDay(2024, 3, 30), 540, 'Europe/Paris'))).toBe(
      '2024-03-30T08:00:00.000Z',
    );
    expect(iso(wallClockInstant(civilDay(2024, 3, 31), 540, 'Europe/Paris'))).toBe(
      '2024-03-31T07:00:00.000Z',
    );
    expect(iso(wallClockInstant(civilDay(2024, 3, 30), 1080, 'Europe/Paris'))).toBe(
      '2024-03-30T17:00:00.000Z',
    );
    expect(iso(wallClockInstant(civilDay(2024, 3, 31), 1080, 'Europe/Paris'))).toBe(
      '2024-03-31T16:00:00.000Z',
    );
  });

  it('moves a time inside the spring gap forward, and takes the second of a repeated autumn time', () => {
    expect(iso(wallClockInstant(civilDay(2024, 3, 31), 150, 'Europe/Paris'))).toBe(
      '2024-03-31T01:30:00.000Z',
    );
    expect(iso(wallClockInstant(civilDay(2023, 10, 29), 150, 'Europe/Paris'))).toBe(
      '2023-10-29T01:30:00.000Z',
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
          if (wallClockInstant(day, minute, zone) !== viaTzDate(day, minute, zone))
            mismatches.push(`${zone} ${day} ${minute}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('matches TZDate for every half hour of the days around each Paris change from 2020 to 2040', () => {
    const mismatches: string[] = [];
    for (let year = 2020; year <= 2040; year++) {
      for (const month of [3, 10]) {
        const last = new Date(Date.UTC(year, month, 0));
        const sunday = civilDay(year, month, last.getUTCDate() - last.getUTCDay());
        for (let day = sunday - 1; day <= sunday + 1; day++) {
          for (let minute = 0; minute < 1440; minute += 30) {
            if (wallClockInstant(day, minute, 'Europe/Paris') !== viaTzDate(day, minute, 'Europe/Paris'))
              mismatches.push(`${day} ${minute}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('matches TZDate on random days, times and zones, asked twice (the memo changes nothing)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: civilDay(2019, 1, 1), max: civilDay(2041, 1, 1) }),
            minute: fc.integer({ min: 0, max: 1439 }),
            zone: fc.constantFrom(...ZONES),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (times) => {
          for (const { day, minute, zone } of [...times, ...times]) {
            expect(wallClockInstant(day, minute, zone)).toBe(viaTzDate(day, minute, zone));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is NaN for an unknown time zone', () => {
    expect(wallClockInstant(civilDay(2024, 1, 1), 540, 'Mars/Olympus')).toBeNaN();
  });
});
