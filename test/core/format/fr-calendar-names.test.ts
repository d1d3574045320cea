import { describe, expect, it } from 'vitest';
import {
  frMonthNames,
  frMonthNumber,
  frWeekdayNames,
  frWeekdayNumber,
} from '../../../packages/core/src/format/fr-calendar-names.js';

describe('French calendar names', () => {
  it('lists the twelve months and seven weekdays with their accents', () => {
    expect(frMonthNames.join(' ')).toBe(
      'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    );
    expect(frWeekdayNames).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
  });

  it('reads a month or weekday whatever the case and accents, and abbreviations', () => {
    expect(['Février', 'fevrier', 'AOÛT', 'aout', 'janv', 'déc', 'sept'].map(frMonthNumber)).toEqual([
      2, 2, 8, 8, 1, 12, 9,
    ]);
    expect(['Mardi', 'DIMANCHE'].map(frWeekdayNumber)).toEqual([1, 6]);
    expect(frMonthNumber('mardi')).toBeUndefined();
    expect(frWeekdayNumber('mars')).toBeUndefined();
  });
});
