import { describe, expect, it } from 'vitest';
import { cadenceStatus } from '../../../packages/core/src/governance/cadence-status.js';

const threeToFour = { min: 3, max: 4, slots: 12 };

describe('cadenceStatus (even spacing over 12 months)', () => {
  it('is on track before the first due month has ended', () => {
    expect(cadenceStatus({ ...threeToFour, count: 0, current: 4 })).toEqual({
      status: 'on-track',
      shortfall: 3,
      dueSlot: 4,
    });
  });

  it('is behind once the due month is over and the minimum is still reachable', () => {
    expect(cadenceStatus({ ...threeToFour, count: 0, current: 5 })).toEqual({
      status: 'behind',
      shortfall: 3,
      dueSlot: 4,
    });
  });

  it('moves the due month along as meetings are held (April, August, December for 3 a year)', () => {
    expect(cadenceStatus({ ...threeToFour, count: 1, current: 5 }).dueSlot).toBe(8);
    expect(cadenceStatus({ ...threeToFour, count: 2, current: 9 }).dueSlot).toBe(12);
  });

  it('is still on track in December with one meeting missing, due by the end of December', () => {
    expect(cadenceStatus({ ...threeToFour, count: 2, current: 12 })).toEqual({
      status: 'on-track',
      shortfall: 1,
      dueSlot: 12,
    });
  });

  it('is missed when more meetings are missing than months are left, current month included', () => {
    expect(cadenceStatus({ ...threeToFour, count: 1, current: 12 })).toEqual({
      status: 'missed',
      shortfall: 2,
    });
    expect(cadenceStatus({ ...threeToFour, count: 0, current: 11 })).toEqual({
      status: 'missed',
      shortfall: 3,
    });
    expect(cadenceStatus({ ...threeToFour, count: 0, current: 10 })).toEqual({
      status: 'behind',
      shortfall: 3,
      dueSlot: 4,
    });
  });

  it('is missed once the period is over below the minimum', () => {
    expect(cadenceStatus({ ...threeToFour, count: 2, current: 13 })).toEqual({
      status: 'missed',
      shortfall: 1,
    });
  });

  it('is on track with the minimum met, and over above the maximum', () => {
    expect(cadenceStatus({ ...threeToFour, count: 3, current: 2 })).toEqual({
      status: 'on-track',
      shortfall: 0,
    });
    expect(cadenceStatus({ ...threeToFour, count: 4, current: 13 })).toEqual({
      status: 'on-track',
      shortfall: 0,
    });
    expect(cadenceStatus({ ...threeToFour, count: 5, current: 6 })).toEqual({ status: 'over', shortfall: 0 });
  });

  it('treats a period that has not begun as fully ahead', () => {
    expect(cadenceStatus({ ...threeToFour, count: 0, current: 0 })).toEqual({
      status: 'on-track',
      shortfall: 3,
      dueSlot: 4,
    });
  });

  it('gives a once-a-year body the whole year, due by December', () => {
    expect(cadenceStatus({ min: 1, max: 1, slots: 12, count: 0, current: 12 })).toEqual({
      status: 'on-track',
      shortfall: 1,
      dueSlot: 12,
    });
    expect(cadenceStatus({ min: 1, max: 1, slots: 12, count: 0, current: 13 })).toEqual({
      status: 'missed',
      shortfall: 1,
    });
  });

  it('never requires anything of a zero minimum', () => {
    expect(cadenceStatus({ min: 0, max: 2, slots: 12, count: 0, current: 13 })).toEqual({
      status: 'on-track',
      shortfall: 0,
    });
  });

  it('works on the days of a month for monthly cadences (2 a month: by the 15th, then the 30th)', () => {
    expect(cadenceStatus({ min: 2, max: 3, slots: 30, count: 0, current: 16 })).toEqual({
      status: 'behind',
      shortfall: 2,
      dueSlot: 15,
    });
    expect(cadenceStatus({ min: 2, max: 3, slots: 31, count: 1, current: 20 }).dueSlot).toBe(31);
  });
});
