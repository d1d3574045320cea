import { describe, expect, it } from 'vitest';
import { civilDay, civilFields, civilWeekday } from '../../../packages/core/src/time/civil-day.js';

describe('civil days', () => {
  it('counts days from 1970-01-01 and knows their weekday (Monday = 0)', () => {
    expect(civilDay(1970, 1, 1)).toBe(0);
    expect(civilDay(1970, 1, 2)).toBe(1);
    expect(civilDay(2024, 1, 2)).toBe(19724);
    expect(civilFields(19724)).toEqual({ year: 2024, month: 1, day: 2 });
    expect(civilWeekday(civilDay(2024, 1, 1))).toBe(0);
    expect(civilWeekday(civilDay(1969, 12, 28))).toBe(6);
  });

  it('rolls a day past the end of a month into the next one', () => {
    expect(civilFields(civilDay(2024, 2, 30))).toEqual({ year: 2024, month: 3, day: 1 });
    expect(civilFields(civilDay(2023, 13, 1))).toEqual({ year: 2024, month: 1, day: 1 });
  });
});
