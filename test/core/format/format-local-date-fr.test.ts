import { describe, expect, it } from 'vitest';
import { formatLocalDateFr } from '../../../packages/core/src/format/format-local-date-fr.js';
import { parseLocalDate } from '../../../packages/core/src/time/local-date.js';

const fmt = (text: string) => formatLocalDateFr(parseLocalDate(text)!);

describe('formatLocalDateFr', () => {
  it('writes a year-only date as the year', () => {
    expect(fmt('2023')).toBe('2023');
  });

  it('writes a month-only date as month and year, without inventing a day', () => {
    expect(fmt('2023-01')).toBe('janvier 2023');
    expect(fmt('2023-08')).toBe('août 2023');
    expect(fmt('2023-12')).toBe('décembre 2023');
  });

  it('writes a day with its weekday', () => {
    expect(fmt('2023-02-07')).toBe('mardi 7 février 2023');
    expect(fmt('2024-02-29')).toBe('jeudi 29 février 2024');
    expect(fmt('2023-12-31')).toBe('dimanche 31 décembre 2023');
  });

  it('writes the first of a month as "1er"', () => {
    expect(fmt('2023-02-01')).toBe('mercredi 1er février 2023');
    expect(fmt('2024-01-01T10:00')).toBe('lundi 1er janvier 2024 à 10 h');
  });

  it('does not write "er" on other days ending in 1', () => {
    expect(fmt('2023-01-21')).toBe('samedi 21 janvier 2023');
    expect(fmt('2023-01-31')).toBe('mardi 31 janvier 2023');
  });

  it('adds the time after "à" for a date with a time', () => {
    expect(fmt('2023-12-12T14:00')).toBe('mardi 12 décembre 2023 à 14 h');
    expect(fmt('2023-12-12T14:30')).toBe('mardi 12 décembre 2023 à 14 h 30');
    expect(fmt('2023-12-12T09:05')).toBe('mardi 12 décembre 2023 à 9 h 05');
  });

  it('writes midnight as "0 h"', () => {
    expect(fmt('2023-12-12T00:00')).toBe('mardi 12 décembre 2023 à 0 h');
  });

  it('writes a wall-clock time on a DST day as given', () => {
    expect(fmt('2023-03-26T03:30')).toBe('dimanche 26 mars 2023 à 3 h 30');
    expect(fmt('2023-10-29T02:30')).toBe('dimanche 29 octobre 2023 à 2 h 30');
  });
});
