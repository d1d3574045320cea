import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DatasetFile, RegistryFile } from '../schema/index.js';
import { type CrossCheckIssue, crossCheckDataset, crossCheckRegistry } from './cross-check.js';
import { type Dataset, buildDataset } from './dataset.js';
import { type DataFileError, type DataPath, dataFileErrorMap, formatDataPath, locate } from './errors.js';

/** Options for the parsers. */
export interface ParseOptions {
  /** The name used in error locations (`auton-hommes.yaml`). */
  readonly filename?: string;
}

/** The result of parsing a data file: a value, or every error found. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly errors: readonly [] }
  | { readonly ok: false; readonly errors: readonly DataFileError[] };

/** The result of `parseDataset`. */
export type DatasetResult = ParseResult<Dataset>;

/** A parsed regional registry. */
export type Registry = RegistryFile;

interface Loaded {
  doc: Document;
  lineCounter: LineCounter;
  file: string;
}

function loadYaml(text: string, options: ParseOptions): Loaded | { errors: DataFileError[] } {
  const file = options.filename ?? '<données>';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          file,
          line: pos.line,
          col: pos.col,
          path: '',
          message: `YAML illisible : ${e.message.split('\n')[0]}`,
        };
      }),
    };
  }
  return { doc, lineCounter, file };
}

function schemaErrors(loaded: Loaded, issues: readonly z.core.$ZodIssue[]): DataFileError[] {
  return issues.map((issue) => {
    const path = issue.path as DataPath;
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const pos = locate(loaded.doc, loaded.lineCounter, path, unknownKey);
    const shownPath = unknownKey === undefined ? path : [...path, unknownKey];
    return { file: loaded.file, ...pos, path: formatDataPath(shownPath), message: issue.message };
  });
}

function crossErrors(loaded: Loaded, issues: readonly CrossCheckIssue[]): DataFileError[] {
  return issues.map((issue) => {
    const pos = locate(loaded.doc, loaded.lineCounter, issue.path, issue.key);
    const path = issue.key === undefined ? issue.path : [...issue.path, issue.key];
    return { file: loaded.file, ...pos, path: formatDataPath(path), message: issue.message };
  });
}

function byPosition(a: DataFileError, b: DataFileError): number {
  return a.line - b.line || a.col - b.col;
}

function parseWith<F, T>(
  text: string,
  options: ParseOptions,
  schema: z.ZodType<F>,
  crossCheck: (file: F) => CrossCheckIssue[],
  build: (file: F) => T,
): ParseResult<T> {
  const loaded = loadYaml(text, options);
  if ('errors' in loaded) return { ok: false, errors: loaded.errors };
  const parsed = schema.safeParse(loaded.doc.toJS(), { error: dataFileErrorMap });
  if (!parsed.success) return { ok: false, errors: schemaErrors(loaded, parsed.error.issues).sort(byPosition) };
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) return { ok: false, errors: crossErrors(loaded, issues).sort(byPosition) };
  return { ok: true, value: build(parsed.data), errors: [] };
}

/**
 * Parses and validates a PTCE data file (YAML). Every error carries its file, line, column,
 * path and a French message; nothing is returned half-valid.
 *
 * @param text - The YAML text.
 * @param options - `filename` for error locations.
 * @returns `{ ok: true, value: Dataset }`, or `{ ok: false, errors }`.
 * @example
 * const result = parseDataset(yamlText, { filename: 'auton-hommes.yaml' });
 * result.ok ? result.value.bodies.length : result.errors.map(formatDataFileError)
 * //=> 8
 */
export function parseDataset(text: string, options: ParseOptions = {}): DatasetResult {
  return parseWith(text, options, DatasetFile, crossCheckDataset, buildDataset);
}

/**
 * Parses and validates a regional registry of PTCEs (YAML).
 *
 * @param text - The YAML text.
 * @param options - `filename` for error locations.
 * @returns `{ ok: true, value: Registry }`, or `{ ok: false, errors }`.
 * @example
 * parseRegistry(hautsDeFranceYaml).ok
 * //=> true
 */
export function parseRegistry(text: string, options: ParseOptions = {}): ParseResult<Registry> {
  return parseWith(text, options, RegistryFile, crossCheckRegistry, (file) => Object.freeze(file));
}

/** Which kind of data file a text holds. */
export type DataFileKind = 'dataset' | 'registry';

/**
 * Tells a registry (a top-level `ptces` list) from a PTCE dataset, without validating.
 *
 * @param text - The YAML text.
 * @returns `'registry'` or `'dataset'`.
 * @example
 * dataFileKind('version: 1\nptces: []')
 * //=> 'registry'
 */
export function dataFileKind(text: string): DataFileKind {
  return /^ptces\s*:/m.test(text) ? 'registry' : 'dataset';
}
