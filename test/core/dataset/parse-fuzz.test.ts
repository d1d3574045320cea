import { decodeDataFile, parseDataset, parseRegistry } from '@ptce/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Each error is located: a file, a line and column from 1, a path and a French message. */
function located(
  errors: readonly { file: string; line: number; col: number; path: string; message: string }[],
) {
  return errors.every(
    (e) =>
      e.file === 'fuzz.yaml' &&
      Number.isInteger(e.line) &&
      e.line >= 1 &&
      Number.isInteger(e.col) &&
      e.col >= 1 &&
      typeof e.path === 'string' &&
      e.message.length > 0,
  );
}

// Pieces of YAML and of the schema, so that the texts reach past the YAML reader into the checks.
const piece = fc.constantFrom(
  'version: 1\n',
  'ptce:\n  id: x\n  name: X\n',
  'meetings:\n',
  '  - id: m\n',
  '    start: 2026-02-30\n',
  'bodies: [',
  ']\n',
  '&a ',
  '*a',
  '*b ',
  '- ',
  ': ',
  '"é',
  "'",
  '{',
  '}',
  '\t',
  '\n',
  '#',
  '---\n',
  '%YAML 1.2\n',
  '!!binary ',
  '? ',
  '|\n',
  '0x1F',
  '1e999',
  'null',
  '~',
);
const yamlish = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((p) => p.join(''));

describe('parseDataset on arbitrary input', () => {
  it('never throws on arbitrary text or YAML-shaped text: it returns a value or located errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), yamlish), (text) => {
        for (const parse of [parseDataset, parseRegistry]) {
          const result = parse(text, { filename: 'fuzz.yaml' });
          expect(result.ok || (result.errors.length > 0 && located(result.errors))).toBe(true);
        }
      }),
      { numRuns: 400, seed: 16 },
    );
  });

  it('never throws on arbitrary bytes: they are decoded or refused at a located byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeDataFile(bytes, 'fuzz.yaml');
        if (!decoded.ok) {
          expect(located(decoded.errors)).toBe(true);
          return;
        }
        const result = parseDataset(decoded.text, { filename: 'fuzz.yaml' });
        expect(result.ok || located(result.errors)).toBe(true);
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});
