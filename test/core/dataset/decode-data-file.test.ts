import { decodeDataFile } from '@ptce/core';
import { describe, expect, it } from 'vitest';

const HINT = 'Ce fichier est sans doute en Latin-1 ou Windows-1252 : ouvrez-le et enregistrez-le en UTF-8.';
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeDataFile', () => {
  it('decodes UTF-8, accents, emoji and a byte-order mark', () => {
    expect(decodeDataFile(bytes([0xef, 0xbb, 0xbf], 'nom: Coopération 👩‍👩‍👧\n'), 'p.yaml')).toEqual({
      ok: true,
      text: 'nom: Coopération 👩‍👩‍👧\n',
    });
  });

  it('refuses Latin-1 at the first wrong byte, with its line and column', () => {
    // « Conseil de coopération » saved in Latin-1: é is the single byte 0xE9.
    expect(
      decodeDataFile(bytes('version: 1\nnom: Conseil de coop', [0xe9], 'ration\n'), 'ptce.yaml'),
    ).toEqual({
      ok: false,
      errors: [
        {
          file: 'ptce.yaml',
          line: 2,
          col: 21,
          path: '',
          message: `Encodage invalide : l’octet 0xE9 n’est pas de l’UTF-8 (attendu : un fichier texte en UTF-8). ${HINT}`,
        },
      ],
    });
  });

  it('counts the column in characters, after accents and emoji, and past a byte-order mark', () => {
    const result = decodeDataFile(bytes([0xef, 0xbb, 0xbf], 'a\né🎉 ', [0xff], '\n'), 'x.yaml');
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.col, e.message.slice(0, 34)])).toEqual([
      [2, 4, 'Encodage invalide : l’octet 0xFF n'],
    ]);
  });

  it('refuses a character cut in two, in the middle or at the very end', () => {
    const middle = decodeDataFile(bytes('ab', [0xc3], 'c'), 'x.yaml');
    const end = decodeDataFile(bytes('abc\nd', [0xe2, 0x82]), 'x.yaml');
    expect(
      [middle, end].map((r) =>
        r.ok ? [] : [r.errors[0].line, r.errors[0].col, r.errors[0].message.slice(0, 34)],
      ),
    ).toEqual([
      [1, 3, 'Encodage invalide : l’octet 0xC3 n'],
      [2, 2, 'Encodage invalide : l’octet 0xE2 n'],
    ]);
  });
});
