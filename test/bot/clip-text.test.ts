import { describe, expect, it } from 'vitest';
import { clipText } from '../../packages/bot/src/clip-text.js';

describe('clipText', () => {
  it('keeps a short text and never splits an emoji', () => {
    expect(clipText('court', 10)).toBe('court');
    expect(clipText('😀😀😀', 4)).toBe('😀…');
  });

  it('cuts between graphemes: a family, a flag, an accent written as two code points', () => {
    const family = '👩‍👩‍👧';
    expect(clipText(`Réunion ${family} du bureau`, 10)).toBe('Réunion …');
    expect(clipText(`Réunion ${family} du bureau`, 17)).toBe(`Réunion ${family}…`);
    expect(clipText('🇫🇷🇫🇷🇫🇷', 6)).toBe('🇫🇷…');
    expect(clipText('Cafe\u0301 Cafe\u0301', 5)).toBe('Caf…');
    expect(clipText('Cafe\u0301 Cafe\u0301', 6)).toBe('Cafe\u0301…');
  });

  it('never leaves a lone surrogate, whatever the limit', () => {
    const text = `${'🎉'.repeat(50)}${'👩‍👩‍👧'.repeat(20)}`;
    for (let max = 1; max < text.length; max++) {
      const clipped = clipText(text, max);
      expect([
        max,
        clipped.length <= max,
        !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(clipped),
      ]).toEqual([max, true, true]);
    }
  });
});
