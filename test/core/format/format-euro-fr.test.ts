import { describe, expect, it } from 'vitest';
import { formatEuroFr } from '../../../packages/core/src/format/format-euro-fr.js';
import { formatEuroFullFr } from '../../../packages/core/src/format/format-euro-full-fr.js';

describe('formatEuroFr', () => {
  it('writes millions as "M€" after a no-break space (U+00A0)', () => {
    expect(formatEuroFr(25_000_000)).toBe('25\u00a0M€');
    expect(formatEuroFr(1_500_000)).toBe('1,5\u00a0M€');
    expect(formatEuroFr(1_000_000)).toBe('1\u00a0M€');
  });

  it('keeps at most two decimals of millions', () => {
    expect(formatEuroFr(1_250_000)).toBe('1,25\u00a0M€');
    expect(formatEuroFr(1_234_567)).toBe('1,23\u00a0M€');
  });

  it('groups thousands of millions with U+202F', () => {
    expect(formatEuroFr(2_500_000_000)).toBe('2\u202f500\u00a0M€');
  });

  it('writes amounts below a million in full', () => {
    expect(formatEuroFr(100_000)).toBe('100\u202f000\u00a0€');
    expect(formatEuroFr(300_000)).toBe('300\u202f000\u00a0€');
    expect(formatEuroFr(999_999)).toBe('999\u202f999\u00a0€');
    expect(formatEuroFr(0)).toBe('0\u00a0€');
  });

  it('switches to millions when the amount rounds to a million', () => {
    expect(formatEuroFr(999_999.6)).toBe('1\u00a0M€');
  });

  it('writes negative amounts compactly too', () => {
    expect(formatEuroFr(-1_500_000)).toBe('-1,5\u00a0M€');
    expect(formatEuroFr(-300_000)).toBe('-300\u202f000\u00a0€');
  });
});

describe('formatEuroFullFr', () => {
  it('writes the whole amount with U+202F between thousands and U+00A0 before €', () => {
    expect(formatEuroFullFr(25_000_000)).toBe('25\u202f000\u202f000\u00a0€');
    expect(formatEuroFullFr(1_500_000)).toBe('1\u202f500\u202f000\u00a0€');
  });

  it('shows cents only when there are some, on two digits', () => {
    expect(formatEuroFullFr(12)).toBe('12\u00a0€');
    expect(formatEuroFullFr(12.5)).toBe('12,50\u00a0€');
    expect(formatEuroFullFr(1234.567)).toBe('1\u202f234,57\u00a0€');
  });

  it('writes zero and negative amounts', () => {
    expect(formatEuroFullFr(0)).toBe('0\u00a0€');
    expect(formatEuroFullFr(-0)).toBe('0\u00a0€');
    expect(formatEuroFullFr(-42)).toBe('-42\u00a0€');
  });
});
