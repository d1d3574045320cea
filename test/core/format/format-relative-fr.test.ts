import { describe, expect, it } from 'vitest';
import { formatRelativeFr } from '../../../packages/core/src/format/format-relative-fr.js';

const paris = { timeZone: 'Europe/Paris' };
/** Noon in Paris in winter, so day arithmetic below is plain. */
const NOW = new Date('2023-12-12T11:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const rel = (target: Date, now = NOW) => formatRelativeFr(target, now, paris);

describe('formatRelativeFr', () => {
  it('names the five days around today', () => {
    expect(rel(inDays(-2))).toBe('avant-hier');
    expect(rel(inDays(-1))).toBe('hier');
    expect(rel(inDays(0))).toBe("aujourd'hui");
    expect(rel(inDays(1))).toBe('demain');
    expect(rel(inDays(2))).toBe('après-demain');
  });

  it('counts calendar days, not 24-hour spans', () => {
    const now = new Date('2023-12-12T22:59:00Z'); // 23:59 in Paris
    expect(rel(new Date('2023-12-12T23:01:00Z'), now)).toBe('demain'); // 00:01 in Paris
    expect(rel(new Date('2023-12-12T05:00:00Z'), now)).toBe("aujourd'hui");
  });

  it('counts days in the given time zone', () => {
    const now = new Date('2023-12-12T22:59:00Z');
    const target = new Date('2023-12-12T23:01:00Z');
    expect(formatRelativeFr(target, now, { timeZone: 'UTC' })).toBe("aujourd'hui");
  });

  it('uses Europe/Paris when no time zone is given', () => {
    expect(formatRelativeFr(new Date('2023-12-12T23:01:00Z'), new Date('2023-12-12T22:59:00Z'))).toBe(
      'demain',
    );
  });

  it('says "demain" from 31 December to 1 January', () => {
    expect(rel(new Date('2024-01-01T08:00:00Z'), new Date('2023-12-31T20:00:00Z'))).toBe('demain');
  });

  it('says "hier" from 1 January back to 31 December', () => {
    expect(rel(new Date('2023-12-31T10:00:00Z'), new Date('2024-01-01T08:00:00Z'))).toBe('hier');
    expect(rel(new Date('2023-12-30T10:00:00Z'), new Date('2024-01-01T08:00:00Z'))).toBe('avant-hier');
  });

  it('counts the 23-hour day of the spring DST change as one day', () => {
    const now = new Date('2023-03-25T23:30:00Z'); // 26 March 00:30 CET
    expect(rel(new Date('2023-03-26T21:30:00Z'), now)).toBe("aujourd'hui"); // 23:30 CEST
    expect(rel(new Date('2023-03-26T22:30:00Z'), now)).toBe('demain'); // 27 March 00:30 CEST
  });

  it('counts the 25-hour day of the autumn DST change as one day', () => {
    const now = new Date('2023-10-28T22:30:00Z'); // 29 October 00:30 CEST
    expect(rel(new Date('2023-10-29T22:30:00Z'), now)).toBe("aujourd'hui"); // 23:30 CET, 24 h later
    expect(rel(new Date('2023-10-29T23:30:00Z'), now)).toBe('demain'); // 30 October 00:30 CET
  });

  it('counts days from 3 to 13 days', () => {
    expect(rel(inDays(3))).toBe('dans 3 jours');
    expect(rel(inDays(-3))).toBe('il y a 3 jours');
    expect(rel(inDays(13))).toBe('dans 13 jours');
    expect(rel(inDays(-13))).toBe('il y a 13 jours');
  });

  it('counts whole weeks, rounded down, from 14 to 59 days', () => {
    expect(rel(inDays(14))).toBe('dans 2 semaines');
    expect(rel(inDays(20))).toBe('dans 2 semaines');
    expect(rel(inDays(21))).toBe('dans 3 semaines');
    expect(rel(inDays(59))).toBe('dans 8 semaines');
    expect(rel(inDays(-14))).toBe('il y a 2 semaines');
    expect(rel(inDays(-59))).toBe('il y a 8 semaines');
  });

  it('counts months from 60 days, never fewer than 2', () => {
    expect(rel(inDays(60))).toBe('dans 2 mois');
    expect(rel(inDays(-60))).toBe('il y a 2 mois');
    // 1 December → 30 January is 60 days but a single whole calendar month.
    const firstOfDecember = new Date('2023-12-01T11:00:00Z');
    expect(rel(new Date('2024-01-30T11:00:00Z'), firstOfDecember)).toBe('dans 2 mois');
  });

  it('counts whole calendar months up to 11', () => {
    expect(rel(new Date('2024-03-12T11:00:00Z'))).toBe('dans 3 mois');
    expect(rel(new Date('2024-03-11T11:00:00Z'))).toBe('dans 2 mois');
    expect(rel(new Date('2024-12-11T11:00:00Z'))).toBe('dans 11 mois');
    expect(rel(new Date('2022-12-13T11:00:00Z'))).toBe('il y a 11 mois');
  });

  it('counts whole years from 12 whole months', () => {
    expect(rel(new Date('2024-12-12T11:00:00Z'))).toBe('dans 1 an');
    expect(rel(new Date('2025-12-11T11:00:00Z'))).toBe('dans 1 an');
    expect(rel(new Date('2025-12-12T11:00:00Z'))).toBe('dans 2 ans');
    expect(rel(new Date('2022-12-12T11:00:00Z'))).toBe('il y a 1 an');
    expect(rel(new Date('2020-06-01T11:00:00Z'))).toBe('il y a 3 ans');
  });

  it('ignores the time of day when counting months and years', () => {
    const now = new Date('2023-12-12T17:00:00Z');
    expect(rel(new Date('2024-12-12T07:00:00Z'), now)).toBe('dans 1 an');
  });
});
