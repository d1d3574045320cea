import { describe, expect, it } from 'vitest';
import { formatInstantFr } from '../../../packages/core/src/format/format-instant-fr.js';

const paris = { timeZone: 'Europe/Paris' };

describe('formatInstantFr', () => {
  it('shows an instant as the wall-clock time in Paris in winter (UTC+1)', () => {
    expect(formatInstantFr(new Date('2023-12-12T13:00:00Z'), paris)).toBe('mardi 12 décembre 2023 à 14 h');
  });

  it('shows an instant as the wall-clock time in Paris in summer (UTC+2)', () => {
    expect(formatInstantFr(new Date('2023-06-15T07:05:00Z'), paris)).toBe('jeudi 15 juin 2023 à 9 h 05');
  });

  it('uses Europe/Paris when no time zone is given', () => {
    expect(formatInstantFr(new Date('2023-12-12T13:30:00Z'))).toBe('mardi 12 décembre 2023 à 14 h 30');
  });

  it('jumps from 2 h to 3 h on the spring DST change (2023-03-26)', () => {
    expect(formatInstantFr(new Date('2023-03-26T00:59:00Z'), paris)).toBe('dimanche 26 mars 2023 à 1 h 59');
    expect(formatInstantFr(new Date('2023-03-26T01:00:00Z'), paris)).toBe('dimanche 26 mars 2023 à 3 h');
    expect(formatInstantFr(new Date('2023-03-26T01:30:00Z'), paris)).toBe('dimanche 26 mars 2023 à 3 h 30');
  });

  it('shows 2 h 30 twice on the autumn DST change (2023-10-29)', () => {
    expect(formatInstantFr(new Date('2023-10-29T00:30:00Z'), paris)).toBe(
      'dimanche 29 octobre 2023 à 2 h 30',
    );
    expect(formatInstantFr(new Date('2023-10-29T01:30:00Z'), paris)).toBe(
      'dimanche 29 octobre 2023 à 2 h 30',
    );
    expect(formatInstantFr(new Date('2023-10-29T02:00:00Z'), paris)).toBe('dimanche 29 octobre 2023 à 3 h');
  });

  it('gives the local day, not the UTC day, around midnight', () => {
    expect(formatInstantFr(new Date('2023-12-31T23:00:00Z'), paris)).toBe('lundi 1er janvier 2024 à 0 h');
    expect(formatInstantFr(new Date('2023-12-31T23:00:00Z'), { timeZone: 'UTC' })).toBe(
      'dimanche 31 décembre 2023 à 23 h',
    );
  });

  it('reads the instant in another time zone when asked', () => {
    expect(formatInstantFr(new Date('2023-12-12T13:00:00Z'), { timeZone: 'America/Cayenne' })).toBe(
      'mardi 12 décembre 2023 à 10 h',
    );
  });
});
