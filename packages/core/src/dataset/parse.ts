import { type Document, isAlias, LineCounter, parseDocument, visit } from 'yaml';
import * as z from 'zod';
import { DatasetFile, RegistryFile } from '../schema/index.js';
import { type CrossCheckIssue, crossCheckDataset, crossCheckRegistry } from './cross-check.js';
import { buildDataset, type Dataset } from './dataset.js';
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
  /** The document as plain data, built once. */
  js: unknown;
}

// zod compiles an object schema's parser (new Function) the first time it parses: it pays off
// over many parses, never over the one of a data file, where it is most of the validation time.
const PARSE_CONTEXT = { error: dataFileErrorMap, jitless: true } as const;

/** Aliases a data file may expand; far above any real file, far below an alias bomb. */
const MAX_ALIAS_COUNT = 100;

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
  try {
    return { doc, lineCounter, file, js: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    // yaml refuses to expand an alias bomb (« billion laughs ») with a ReferenceError: point at
    // the first alias. Anything else is a bug and is not hidden.
    if (!(error instanceof ReferenceError)) throw error;
    let at = 0;
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node)) at = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const pos = lineCounter.linePos(at);
    return {
      errors: [
        {
          file,
          line: pos.line,
          col: pos.col,
          path: '',
          message: `YAML refusé : ses alias (*nom) reprennent trop de fois les mêmes blocs (attendu : au plus ${MAX_ALIAS_COUNT} reprises). Écrivez les données en toutes lettres, sans alias.`,
        },
      ],
    };
  }
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

const COLLECTIONS = [
  'structures',
  'partners',
  'people',
  'bodies',
  'groups',
  'meetings',
  'series',
  'indicators',
] as const;

// The file with each collection's items left unchecked, so that every record is validated on
// its own: one broken record must not hide the errors of the others.
const DatasetShell = DatasetFile.extend(
  Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(z.unknown()).default([])])) as Record<
    (typeof COLLECTIONS)[number],
    z.ZodDefault<z.ZodArray<z.ZodUnknown>>
  >,
);

function parseDatasetFile(
  loaded: Loaded,
): { file: DatasetFile; errors: DataFileError[]; invalidIds: Set<string> } | { errors: DataFileError[] } {
  const shell = DatasetShell.safeParse(loaded.js, PARSE_CONTEXT);
  if (!shell.success) return { errors: schemaErrors(loaded, shell.error.issues) };
  const errors: DataFileError[] = [];
  const invalidIds = new Set<string>();
  const file: Record<string, unknown> = { ...shell.data };
  for (const collection of COLLECTIONS) {
    const itemSchema = DatasetFile.shape[collection].unwrap().element as z.ZodType;
    const raw = shell.data[collection];
    // Sparse on purpose: invalid records leave holes, so indexes still match the file and
    // the cross-checks (which iterate with forEach/map) skip them.
    const items: unknown[] = new Array(raw.length);
    raw.forEach((item, i) => {
      const parsed = itemSchema.safeParse(item, PARSE_CONTEXT);
      if (parsed.success) {
        items[i] = parsed.data;
        return;
      }
      const prefixed = parsed.error.issues.map((issue) => ({
        ...issue,
        path: [collection, i, ...issue.path],
      }));
      errors.push(...schemaErrors(loaded, prefixed as z.core.$ZodIssue[]));
      const id =
        (item as { id?: unknown; key?: unknown } | null)?.id ?? (item as { key?: unknown } | null)?.key;
      if (typeof id === 'string') invalidIds.add(id);
    });
    file[collection] = items;
  }
  return { file: file as DatasetFile, errors, invalidIds };
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
  const parsed = schema.safeParse(loaded.js, PARSE_CONTEXT);
  if (!parsed.success)
    return { ok: false, errors: schemaErrors(loaded, parsed.error.issues).sort(byPosition) };
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
 * //=> 10
 */
export function parseDataset(text: string, options: ParseOptions = {}): DatasetResult {
  const loaded = loadYaml(text, options);
  if ('errors' in loaded) return { ok: false, errors: loaded.errors };
  const parsed = parseDatasetFile(loaded);
  if (!('file' in parsed)) return { ok: false, errors: parsed.errors.sort(byPosition) };
  const errors = [
    ...parsed.errors,
    ...crossErrors(loaded, crossCheckDataset(parsed.file, parsed.invalidIds)),
  ];
  if (errors.length > 0) return { ok: false, errors: errors.sort(byPosition) };
  return { ok: true, value: buildDataset(parsed.file), errors: [] };
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
