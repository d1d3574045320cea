import { describe, expect, it } from 'vitest';
import { capitalizeFr } from '../../../packages/core/src/format/capitalize-fr.js';

describe('capitalizeFr', () => {
  it('puts a capital on the first letter only', () => {
    expect(capitalizeFr('mardi 12 décembre 2023')).toBe('Mardi 12 décembre 2023');
    expect(capitalizeFr("aujourd'hui")).toBe("Aujourd'hui");
  });

  it('keeps the accent on an accented capital', () => {
    expect(capitalizeFr('été 2023')).toBe('Été 2023');
    expect(capitalizeFr('à 14 h')).toBe('À 14 h');
  });

  it('returns an empty string and non-letters unchanged', () => {
    expect(capitalizeFr('')).toBe('');
    expect(capitalizeFr('2023')).toBe('2023');
    expect(capitalizeFr('Déjà')).toBe('Déjà');
  });
});
