import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  buildDataset,
  type DataFileError,
  type Dataset,
  dataFileKind,
  decodeDataFile,
  parseDataset,
  parseRegistry,
  type Registry,
} from '@ptce/core';

import { cachedDatasetFile, rememberDatasetFile } from './validated-cache.js';

const require = createRequire(import.meta.url);

/** The folder holding the bundled data files of `@ptce/core`. */
export function bundledDataDir(): string {
  return path.join(path.dirname(require.resolve('@ptce/core/package.json')), 'data');
}

/** The embedded default dataset (Auton'Hommes). */
export function defaultDataPath(): string {
  return path.join(bundledDataDir(), 'auton-hommes.yaml');
}

/** The bundled regional registry. */
export function defaultRegistryPath(): string {
  return path.join(bundledDataDir(), 'hauts-de-france.yaml');
}

/** A data file that could not be read or is invalid. */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly errors: readonly DataFileError[],
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/**
 * The largest data file read by default: a PTCE's file is about 100 kB, and a 50 MB one took 3.2 s
 * and 630 MB of memory to parse. `ptce validate --max-size` raises it.
 */
export const DEFAULT_MAX_DATA_BYTES = 1_000_000;

const megabytes = (bytes: number) => `${String(Math.round(bytes / 100_000) / 10).replace('.', ',')} Mo`;

/** What reading a data file may take. */
export interface LoadOptions {
  /** Files larger than this are refused before being read (default {@link DEFAULT_MAX_DATA_BYTES}). */
  readonly maxBytes?: number;
}

function readText(file: string, filename: string, maxBytes: number): string {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      throw new DataLoadError(
        `Le fichier « ${filename} » fait ${megabytes(size)} : c’est plus que la limite de ${megabytes(maxBytes)} (un fichier de PTCE en fait environ 0,1). Vérifiez que c’est le bon fichier, ou relevez la limite avec --max-size ${Math.ceil(size / 1_000_000)}.`,
        [],
      );
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier' : String(code);
    throw new DataLoadError(`Impossible de lire « ${file} » : ${why}.`, []);
  }
  // Strictly UTF-8: a Latin-1 file must be refused, not shown to members with « � » in it.
  const decoded = decodeDataFile(bytes, filename);
  if (!decoded.ok) throw new DataLoadError(`Le fichier « ${filename} » n’est pas en UTF-8.`, decoded.errors);
  return decoded.text;
}

/** The result of reading any data file. */
export type LoadedFile =
  | { readonly kind: 'dataset'; readonly file: string; readonly dataset: Dataset }
  | { readonly kind: 'registry'; readonly file: string; readonly registry: Registry };

/**
 * Reads and validates a data file of either kind.
 * @throws DataLoadError with every located error when the file is unreadable or invalid.
 */
export function loadDataFile(file: string, options: LoadOptions = {}): LoadedFile {
  const filename = path.relative(process.cwd(), file) || file;
  const text = readText(file, filename, options.maxBytes ?? DEFAULT_MAX_DATA_BYTES);
  if (dataFileKind(text) === 'registry') {
    const result = parseRegistry(text, { filename });
    if (!result.ok)
      throw new DataLoadError(`Le fichier « ${filename} » contient des erreurs.`, result.errors);
    return { kind: 'registry', file, registry: result.value };
  }
  const cached = cachedDatasetFile(text);
  if (cached) return { kind: 'dataset', file, dataset: buildDataset(cached) };
  const result = parseDataset(text, { filename });
  if (!result.ok) throw new DataLoadError(`Le fichier « ${filename} » contient des erreurs.`, result.errors);
  rememberDatasetFile(text, result.value.file);
  return { kind: 'dataset', file, dataset: result.value };
}

/**
 * Reads and validates a PTCE dataset (the embedded default when `file` is undefined).
 * @throws DataLoadError when the file is unreadable, invalid, or a registry.
 */
export function loadDataset(file: string = defaultDataPath()): Dataset {
  const loaded = loadDataFile(file);
  if (loaded.kind !== 'dataset') {
    throw new DataLoadError(`« ${file} » est un registre régional, pas le fichier d’un PTCE.`, []);
  }
  return loaded.dataset;
}

/** Reads the bundled regional registry, or undefined when it is missing or invalid. */
export function loadRegistry(file: string = defaultRegistryPath()): Registry | undefined {
  try {
    const loaded = loadDataFile(file);
    return loaded.kind === 'registry' ? loaded.registry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A conversation context field that reads the regional registry only when a question needs it
 * (most do not), so one-shot commands stay fast.
 */
export function lazyRegistry(file?: string): { readonly registry?: Registry } {
  let loaded: Registry | undefined | null = null;
  return {
    get registry() {
      if (loaded === null) loaded = loadRegistry(file);
      return loaded;
    },
  };
}
