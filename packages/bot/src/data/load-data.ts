import type { Dataset, Registry } from '@ptce/core';
import { defaultDataPath, defaultRegistryPath } from './bundled-data-paths.js';
import { cachedLoadedFile, datasetOf, type LoadedFile, shownFilename } from './loaded-file.js';
import { DEFAULT_MAX_DATA_BYTES } from './max-data-bytes.js';
import { parseDataText } from './parse-data-text.js';
import { readDataText } from './read-data-text.js';

export { bundledDataDir, defaultDataPath, defaultRegistryPath } from './bundled-data-paths.js';
export { DataLoadError } from './data-load-error.js';
export type { LoadedFile } from './loaded-file.js';
export { DEFAULT_MAX_DATA_BYTES } from './max-data-bytes.js';

/** What reading a data file may take. */
export interface LoadOptions {
  /** Files larger than this are refused before being read (default {@link DEFAULT_MAX_DATA_BYTES}). */
  readonly maxBytes?: number;
}

/**
 * Reads and validates a data file of either kind.
 * @throws DataLoadError with every located error when the file is unreadable or invalid.
 */
export function loadDataFile(file: string, options: LoadOptions = {}): LoadedFile {
  const filename = shownFilename(file);
  const text = readDataText(file, filename, options.maxBytes ?? DEFAULT_MAX_DATA_BYTES);
  return cachedLoadedFile(file, text) ?? parseDataText(file, filename, text);
}

/**
 * Reads and validates a PTCE dataset (the embedded default when `file` is undefined).
 * @throws DataLoadError when the file is unreadable, invalid, or a registry.
 */
export function loadDataset(file: string = defaultDataPath()): Dataset {
  return datasetOf(loadDataFile(file), file);
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
