import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  localDayNumber,
  memoizedWallClockInstant,
  wallClockInstant,
} from '../../../packages/core/src/meetings/reminders/wall-clock-instant.js';

const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Indian/Reunion',
  'Pacific/Chatham',
];

describe('wallClockInstant', () => {
  it('resolves 09:00 Paris on both sides of the 2024 spring change', () => {
    expect(new Date(wallClockInstant(localDayNumber(2024, 3, 30), 540, 'Europe/Paris')).toISOString()).toBe(
      '2024-03-30T08:00:00.000Z',
    );
    expect(new Date(wallClockInstant(localDayNumber(2024, 3, 31), 540, 'Europe/Paris')).toISOString()).toBe(
      '2024-03-31T07:00:00.000Z',
    );
  });

  it('moves a time inside the spring gap forward, and takes the second of a repeated autumn time', () => {
    expect(new Date(wallClockInstant(localDayNumber(2024, 3, 31), 150, 'Europe/Paris')).toISOString()).toBe(
      '2024-03-31T01:30:00.000Z',
    );
    expect(new Date(wallClockInstant(localDayNumber(2023, 10, 29), 150, 'Europe/Paris')).toISOString()).toBe(
      '2023-10-29T01:30:00.000Z',
    );
  });
});

describe('memoizedWallClockInstant', () => {
  it('gives the same instants as wallClockInstant, on ordinary and DST-change days alike', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: localDayNumber(2019, 1, 1), max: localDayNumber(2041, 1, 1) }),
            minute: fc.integer({ min: 0, max: 1439 }),
            zone: fc.constantFrom(...ZONES),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (times) => {
          const instantOf = memoizedWallClockInstant();
          for (const { day, minute, zone } of [...times, ...times]) {
            expect(instantOf(day, minute, zone)).toBe(wallClockInstant(day, minute, zone));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same instants as wallClockInstant for every minute-slot of the days around each Paris change', () => {
    const instantOf = memoizedWallClockInstant();
    for (let year = 2020; year <= 2040; year++) {
      for (const month of [3, 10]) {
        const last = new Date(Date.UTC(year, month, 0));
        const sunday = localDayNumber(year, month, last.getUTCDate() - last.getUTCDay());
        for (let day = sunday - 1; day <= sunday + 1; day++) {
          for (let minute = 0; minute < 1440; minute += 30) {
            expect(instantOf(day, minute, 'Europe/Paris')).toBe(
              wallClockInstant(day, minute, 'Europe/Paris'),
            );
          }
        }
      }
    }
  });
});
