const ELLIPSIS = '…';

// One segmenter for the process: building one costs more than segmenting a short text.
const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/**
 * Cuts `text` to at most `max` UTF-16 units (how Discord and `String.length` count), ending with
 * "…" when it was longer. It cuts between graphemes, so an emoji, a flag or an accented letter
 * written as two code points is never split into a lone surrogate or a bare accent.
 * @param text - Any text.
 * @param max - The longest result, ellipsis included (at least 1).
 * @returns `text` itself when it fits, else its longest grapheme prefix that fits, plus "…".
 * @example
 * clipText('Réunion 👩‍👩‍👧 du bureau', 10) //=> 'Réunion …'
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max - ELLIPSIS.length) break;
    out += segment;
  }
  return out + ELLIPSIS;
}
