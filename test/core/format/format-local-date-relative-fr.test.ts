import { describe, expect, it } from 'vitest';
import { formatLocalDateRelativeFr } from '../../../packages/core/src/format/format-local-date-relative-fr.js';
import { parseLocalDate } from '../../../packages/core/src/time/local-date.js';

const NOW = new Date('2023-12-12T11:00:00Z');
const rel = (text: string, now = NOW, timeZone = 'Europe/Paris') =>
  formatLocalDateRelativeFr(parseLocalDate(text)!, now, { timeZone });

describe('formatLocalDateRelativeFr', () => {
  it('names the current, next and previous month for a month-only date', () => {
    expect(rel('2023-12')).toBe('ce mois-ci');
    expect(rel('2024-01')).toBe('le mois prochain');
    expect(rel('2023-11')).toBe('le mois dernier');
  });

  it('counts calendar months for a month-only date up to 11', () => {
    expect(rel('2024-02')).toBe('dans 2 mois');
    expect(rel('2024-11')).toBe('dans 11 mois');
    expect(rel('2023-10')).toBe('il y a 2 mois');
    expect(rel('2023-01')).toBe('il y a 11 mois');
  });

  it('counts whole years for a month-only date from 12 months', () => {
    expect(rel('2024-12')).toBe('dans 1 an');
    expect(rel('2025-11')).toBe('dans 1 an');
    expect(rel('2025-12')).toBe('dans 2 ans');
    expect(rel('2022-12')).toBe('il y a 1 an');
    expect(rel('2021-11')).toBe('il y a 2 ans');
  });

  it("takes today's month in the time zone", () => {
    const newYearInParis = new Date('2023-12-31T23:30:00Z'); // 1 January 00:30 in Paris
    expect(rel('2024-01', newYearInParis)).toBe('ce mois-ci');
    expect(rel('2024-01', newYearInParis, 'UTC')).toBe('le mois prochain');
    expect(rel('2023-12', newYearInParis)).toBe('le mois dernier');
  });

  it('names the current, next and previous year for a year-only date', () => {
    expect(rel('2023')).toBe('cette année');
    expect(rel('2024')).toBe("l'année prochaine");
    expect(rel('2022')).toBe("l'année dernière");
  });

  it('counts years for a year-only date', () => {
    expect(rel('2026')).toBe('dans 3 ans');
    expect(rel('2020')).toBe('il y a 3 ans');
  });

  it('tells a day-precision date by calendar days', () => {
    expect(rel('2023-12-12')).toBe("aujourd'hui");
    expect(rel('2023-12-13')).toBe('demain');
    expect(rel('2023-12-10')).toBe('avant-hier');
    expect(rel('2023-12-26')).toBe('dans 2 semaines');
  });

  it('tells a date with a time by its day, whatever the time', () => {
    expect(rel('2023-12-12T08:00')).toBe("aujourd'hui");
    expect(rel('2023-12-13T23:30')).toBe('demain');
  });

  it('says "demain" for 1 January seen on 31 December', () => {
    expect(rel('2024-01-01', new Date('2023-12-31T20:00:00Z'))).toBe('demain');
  });

  it('uses Europe/Paris when no time zone is given', () => {
    expect(formatLocalDateRelativeFr(parseLocalDate('2024-01')!, new Date('2023-12-31T23:30:00Z'))).toBe(
      'ce mois-ci',
    );
  });
});
