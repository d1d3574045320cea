import { describe, expect, it } from 'vitest';
import { formatCountFr } from '../../../packages/core/src/format/format-count-fr.js';

describe('formatCountFr', () => {
  it('keeps 0 and 1 singular, as French does', () => {
    expect(formatCountFr(0, 'réunion', 'réunions')).toBe('0 réunion');
    expect(formatCountFr(1, 'réunion', 'réunions')).toBe('1 réunion');
  });

  it('uses the plural from 2', () => {
    expect(formatCountFr(2, 'réunion', 'réunions')).toBe('2 réunions');
    expect(formatCountFr(3, 'réunion', 'réunions')).toBe('3 réunions');
  });

  it('keeps numbers below 2 singular, fractions included', () => {
    expect(formatCountFr(1.5, 'heure', 'heures')).toBe('1,5 heure');
    expect(formatCountFr(-1, 'point', 'points')).toBe('-1 point');
    expect(formatCountFr(-3, 'point', 'points')).toBe('-3 points');
  });

  it('uses an irregular plural when given', () => {
    expect(formatCountFr(2, 'bureau', 'bureaux')).toBe('2 bureaux');
    expect(formatCountFr(4, 'mois', 'mois')).toBe('4 mois');
  });

  it('adds an "s" when no plural is given', () => {
    expect(formatCountFr(2, 'structure')).toBe('2 structures');
    expect(formatCountFr(1, 'structure')).toBe('1 structure');
  });

  it('groups thousands of the count with U+202F', () => {
    expect(formatCountFr(1200, 'heure', 'heures')).toBe('1\u202f200 heures');
  });
});
