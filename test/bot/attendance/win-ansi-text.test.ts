import { describe, expect, it } from 'vitest';
import { winAnsiText } from '../../../packages/bot/src/attendance/win-ansi-text.js';

describe('winAnsiText', () => {
  it('keeps what Helvetica shows in WinAnsi: French accents, the middle dot, curly quotes, œ and €', () => {
    const french = 'Répare & Vous — « présent·e », l’Œuvre, cœur, ça, Noël, 12 €, ÀÉÈÇÙ';
    expect(winAnsiText(french)).toBe(french);
  });

  it('degrades what it lacks: accents dropped, narrow spaces widened, the rest a question mark', () => {
    expect(winAnsiText('Łódź\u202f1\u2009000 Ωmega 🎉 ﬁn\tok')).toBe('Lódz\u00a01 000 ?mega ? fin ok');
  });
});
