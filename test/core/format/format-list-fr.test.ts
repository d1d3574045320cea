import { describe, expect, it } from 'vitest';
import { formatListFr, formatOrListFr } from '../../../packages/core/src/format/format-list-fr.js';

describe('formatListFr', () => {
  it('returns an empty string for no items', () => {
    expect(formatListFr([])).toBe('');
  });

  it('returns a single item as is', () => {
    expect(formatListFr(['A'])).toBe('A');
  });

  it('joins two items with "et"', () => {
    expect(formatListFr(['A', 'B'])).toBe('A et B');
  });

  it('joins more items with commas and "et", without a comma before "et"', () => {
    expect(formatListFr(['A', 'B', 'C'])).toBe('A, B et C');
    expect(formatListFr(['le CA', 'le bureau', "l'AG", 'le COPIL'])).toBe(
      "le CA, le bureau, l'AG et le COPIL",
    );
  });
});

describe('formatOrListFr', () => {
  it('returns an empty string or the single item', () => {
    expect(formatOrListFr([])).toBe('');
    expect(formatOrListFr(['A'])).toBe('A');
  });

  it('joins alternatives with "ou"', () => {
    expect(formatOrListFr(['A', 'B'])).toBe('A ou B');
    expect(formatOrListFr(['A', 'B', 'C'])).toBe('A, B ou C');
  });
});
