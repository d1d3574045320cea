import { type Document, isMap, isNode, isPair, isScalar, type LineCounter } from 'yaml';
import type * as z from 'zod';
// The French messages alone: `z.locales` would bring every language along.
import { fr } from 'zod/locales';

/** A problem found in a data file, located for a person to fix it. */
export interface DataFileError {
  /** The file name given to the parser. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly col: number;
  /** Where in the data (`meetings[3].start`), or `''` for the whole file. */
  readonly path: string;
  /** What is wrong and what was expected, in French. */
  readonly message: string;
}

/** A path into the data, as zod and the YAML document use it. */
export type DataPath = readonly (string | number)[];

/**
 * Formats a data path the way staff read it.
 *
 * @param path - Keys and indexes.
 * @returns The path as `meetings[3].start`.
 * @example
 * formatDataPath(['meetings', 3, 'start'])
 * //=> 'meetings[3].start'
 */
export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * Formats an error as `file:line:col path: message`, the form `ptce validate` prints.
 *
 * @param error - A located error.
 * @returns One line of text.
 * @example
 * formatDataFileError({ file: 'a.yaml', line: 3, col: 5, path: 'meetings[0].start', message: 'date impossible' })
 * //=> 'a.yaml:3:5 meetings[0].start: date impossible'
 */
export function formatDataFileError(error: DataFileError): string {
  return `${error.file}:${error.line}:${error.col}${error.path ? ` ${error.path}` : ''}: ${error.message}`;
}

const frLocale = fr().localeError;

/** The zod error map used for data files: French, with a plain word for a missing field. */
export const dataFileErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `champ obligatoire manquant (${String(frLocale(issue) ?? '').replace(/^.*: (.*) attendu.*$/, '$1')} attendu)`;
  }
  return frLocale(issue);
};

/**
 * Locates a data path in a parsed YAML document. When the exact node is missing (a key that
 * is absent), the closest existing parent is used; when `key` is given, the position of that key
 * in the map at `path` is returned (for unknown keys).
 *
 * @param doc - The YAML document, parsed with `lineCounter`.
 * @param lineCounter - The line counter filled while parsing.
 * @param path - Keys and indexes, as zod reports them.
 * @param key - A key of the map at `path`, to point at the key itself.
 * @returns The 1-based line and column.
 * @example
 * const lineCounter = new LineCounter();
 * const doc = parseDocument('a:\n  b: 1\n', { lineCounter });
 * locate(doc, lineCounter, ['a', 'b'])
 * //=> { line: 2, col: 6 }
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: DataPath,
  key?: string,
): { line: number; col: number } {
  let node: unknown = doc.contents;
  let best: unknown = node;
  for (const part of path) {
    if (!isNode(node) || !('items' in node)) break;
    const next = (node as { get(k: unknown, keepScalar: true): unknown }).get(part, true);
    if (next === undefined) break;
    node = next;
    best = next;
  }
  if (key !== undefined && isMap(best)) {
    const pair = best.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    if (pair && isPair(pair) && isNode(pair.key)) best = pair.key;
  }
  const offset = isNode(best) && best.range ? best.range[0] : 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, col: pos.col };
}
