import { describe, expect, it } from 'vitest';
import { formatDurationFr } from '../../../packages/core/src/format/format-duration-fr.js';

describe('formatDurationFr', () => {
  it('writes less than an hour in minutes', () => {
    expect(formatDurationFr(0)).toBe('0 min');
    expect(formatDurationFr(1)).toBe('1 min');
    expect(formatDurationFr(45)).toBe('45 min');
    expect(formatDurationFr(59)).toBe('59 min');
  });

  it('writes whole hours as "h"', () => {
    expect(formatDurationFr(60)).toBe('1 h');
    expect(formatDurationFr(120)).toBe('2 h');
  });

  it('writes hours and minutes with the minutes on two digits', () => {
    expect(formatDurationFr(90)).toBe('1 h 30');
    expect(formatDurationFr(65)).toBe('1 h 05');
  });

  it('writes exact multiples of a day in days', () => {
    expect(formatDurationFr(1440)).toBe('1 jour');
    expect(formatDurationFr(3 * 1440)).toBe('3 jours');
  });

  it('keeps hours when a duration is not a whole number of days', () => {
    expect(formatDurationFr(1500)).toBe('25 h');
    expect(formatDurationFr(1441)).toBe('24 h 01');
  });

  it('rounds fractions to the minute', () => {
    expect(formatDurationFr(89.6)).toBe('1 h 30');
    expect(formatDurationFr(0.4)).toBe('0 min');
  });

  it('rejects negative or non-finite durations, in French', () => {
    expect(() => formatDurationFr(-5)).toThrow(new RangeError('durée invalide : -5 min'));
    expect(() => formatDurationFr(Number.NaN)).toThrow(RangeError);
    expect(() => formatDurationFr(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
