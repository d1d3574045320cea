import { describe, expect, it } from 'vitest';
import { formatNumberFr } from '../../../packages/core/src/format/format-number-fr.js';
import { formatPercentFr } from '../../../packages/core/src/format/format-percent-fr.js';

describe('formatNumberFr', () => {
  it('groups thousands with a narrow no-break space (U+202F)', () => {
    expect(formatNumberFr(1200)).toBe('1\u202f200');
    expect(formatNumberFr(1_234_567)).toBe('1\u202f234\u202f567');
  });

  it('does not group numbers below 1 000', () => {
    expect(formatNumberFr(999)).toBe('999');
  });

  it('writes decimals with a comma, at most 3 by default', () => {
    expect(formatNumberFr(12.5)).toBe('12,5');
    expect(formatNumberFr(1234.5678)).toBe('1\u202f234,568');
    expect(formatNumberFr(0.1 + 0.2)).toBe('0,3');
  });

  it('takes the most fraction digits as an option', () => {
    expect(formatNumberFr(2 / 3, { maximumFractionDigits: 1 })).toBe('0,7');
    expect(formatNumberFr(12.5, { maximumFractionDigits: 0 })).toBe('13');
  });

  it('writes zero as "0", never "-0"', () => {
    expect(formatNumberFr(0)).toBe('0');
    expect(formatNumberFr(-0)).toBe('0');
    expect(formatNumberFr(-0.0001)).toBe('0');
  });

  it('writes negative numbers with a hyphen-minus', () => {
    expect(formatNumberFr(-5)).toBe('-5');
    expect(formatNumberFr(-1234.5)).toBe('-1\u202f234,5');
  });

  it('groups large numbers', () => {
    expect(formatNumberFr(25_000_000_000)).toBe('25\u202f000\u202f000\u202f000');
  });
});

describe('formatPercentFr', () => {
  it('takes points and puts a no-break space (U+00A0) before %', () => {
    expect(formatPercentFr(12.5)).toBe('12,5\u00a0%');
    expect(formatPercentFr(100)).toBe('100\u00a0%');
  });

  it('keeps one decimal by default, more on request', () => {
    expect(formatPercentFr(33.3333)).toBe('33,3\u00a0%');
    expect(formatPercentFr(33.3333, { maximumFractionDigits: 2 })).toBe('33,33\u00a0%');
  });

  it('writes zero, negatives and thousands', () => {
    expect(formatPercentFr(0)).toBe('0\u00a0%');
    expect(formatPercentFr(-0.01)).toBe('0\u00a0%');
    expect(formatPercentFr(-4.2)).toBe('-4,2\u00a0%');
    expect(formatPercentFr(1500)).toBe('1\u202f500\u00a0%');
  });
});
