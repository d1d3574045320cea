/**
 * Doc examples are code: every `@example` in core that shows a result (`//=> value`) is run, and
 * the value it returns is compared with the one the doc shows. Examples see every export of every
 * core module, `parseDocument` and `LineCounter` from `yaml`, and the bundled data: `dataset`
 * (Auton'Hommes), its text `yamlText`, and the regional registry text `hautsDeFranceYaml`.
 *
 * The format, as in date-fns: statements, then an expression, then `//=> expected` (a JavaScript
 * value; `//    …` lines continue it, and a note may follow it after `//`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseDataset } from '../../packages/core/src/dataset/parse.js';

const src = fileURLToPath(new URL('../../packages/core/src', import.meta.url));
const data = fileURLToPath(new URL('../../packages/core/data', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** One `//=>` of an example: the code before it (since the previous one) and the value shown. */
interface Check {
  readonly code: string;
  readonly expected: string;
}

interface Example {
  /** `file.ts:line` of the `@example` tag. */
  readonly where: string;
  readonly checks: readonly Check[];
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (block[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start < 0) continue;
    const end = lines.findIndex((l, i) => i > start && l.startsWith('@'));
    const body = lines.slice(start + 1, end < 0 ? undefined : end);
    const checks: Check[] = [];
    let code: string[] = [];
    for (let i = 0; i < body.length; i++) {
      const line = body[i] as string;
      if (!line.trimStart().startsWith('//=>')) {
        code.push(line);
        continue;
      }
      const expected = [line.trimStart().slice(4)];
      while (/^\s*\/\/\s/.test(body[i + 1] ?? ''))
        expected.push((body[++i] as string).replace(/^\s*\/\//, ''));
      checks.push({ code: code.join('\n'), expected: expected.join('\n') });
      code = [];
    }
    if (checks.length === 0) continue;
    const line = text.slice(0, block.index).split('\n').length + start;
    out.push({ where: `${path.relative(src, file)}:${line}`, checks });
  }
  return out;
}

function parses(code: string): boolean {
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { noEmit: true } });
  return (out.diagnostics ?? []).length === 0;
}

/**
 * Splits the code before a `//=>` into statements and the final expression: the shortest run of
 * leading lines that are whole statements, such that the rest is one expression.
 */
function splitLast(code: string): { statements: string; expression: string } {
  const lines = code.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const statements = lines.slice(0, k).join('\n');
    const expression = lines.slice(k).join('\n');
    if (expression.trim() === '') continue;
    if ((k === 0 || parses(statements)) && parses(`(\n${expression}\n);`)) return { statements, expression };
  }
  throw new Error(`no final expression in:\n${code}`);
}

/** The example as a function body that returns `[actual, expected]` pairs, in plain JavaScript. */
function program(example: Example): string {
  const parts = ['const __pairs = [];'];
  for (const check of example.checks) {
    const { statements, expression } = splitLast(check.code);
    parts.push(statements, `__pairs.push([(\n${expression}\n), (\n${check.expected}\n)]);`);
  }
  parts.push('return __pairs;');
  return ts.transpileModule(parts.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

const files = sources(src);
const modules = await Promise.all(files.map((f) => import(f) as Promise<Record<string, unknown>>));
const yamlText = readFileSync(path.join(data, 'auton-hommes.yaml'), 'utf8');
const loaded = parseDataset(yamlText, { filename: 'auton-hommes.yaml' });
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const scope: Record<string, unknown> = Object.assign({}, ...modules, {
  LineCounter,
  parseDocument,
  dataset: loaded.value,
  yamlText,
  hautsDeFranceYaml: readFileSync(path.join(data, 'hauts-de-france.yaml'), 'utf8'),
});
const examples = files.flatMap(examplesOf);

describe('core doc examples', () => {
  it('finds the examples that show a result', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  it('runs statements before the shown expression, and catches a value that differs', () => {
    const example: Example = {
      where: 'self-test',
      checks: [
        {
          code: 'const d = parseLocalDate("2024-02-29")!;\nformatLocalDateFr(\n  d,\n)',
          expected: "'jeudi 29 février 2024'",
        },
        { code: 'd.precision', expected: "'month' // wrong on purpose" },
      ],
    };
    const run = new Function(...Object.keys(scope), program(example)) as (
      ...values: unknown[]
    ) => unknown[][];
    expect(run(...Object.values(scope))).toEqual([
      ['jeudi 29 février 2024', 'jeudi 29 février 2024'],
      ['day', 'month'],
    ]);
  });

  it.each(examples.map((e) => [e.where, e]))('%s gives what its doc shows', (_where, example) => {
    const run = new Function(...Object.keys(scope), program(example)) as (
      ...values: unknown[]
    ) => [unknown, unknown][];
    for (const [actual, expected] of run(...Object.values(scope))) expect(actual).toEqual(expected);
  });
});
