import { parseDataset, parseRegistry } from '@ptce/core';
import { describe, expect, it } from 'vitest';

const BOMB = [
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  '',
].join('\n');

const REFUSED = {
  file: 'bomb.yaml',
  line: 2,
  col: 8,
  path: '',
  message:
    'YAML refusé : ses alias (*nom) reprennent trop de fois les mêmes blocs (attendu : au plus 100 reprises). Écrivez les données en toutes lettres, sans alias.',
};

describe('a YAML alias bomb', () => {
  it('is refused with a located French error, as a dataset and as a registry', () => {
    expect(parseDataset(BOMB, { filename: 'bomb.yaml' })).toEqual({ ok: false, errors: [REFUSED] });
    expect(parseRegistry(`ptces: []\n${BOMB}`, { filename: 'bomb.yaml' })).toEqual({
      ok: false,
      errors: [{ ...REFUSED, line: 3 }],
    });
  });

  it('leaves a few honest aliases alone (they reach the schema check)', () => {
    const result = parseDataset('a: &a [1]\nb: *a\n', { filename: 'x.yaml' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).not.toContain(REFUSED.message);
  });
});
