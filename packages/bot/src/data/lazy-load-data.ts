import type { Dataset, Registry } from '@ptce/core';
import { defaultDataPath, defaultRegistryPath } from './bundled-data-paths.js';
import { cachedLoadedFile, datasetOf, type LoadedFile, shownFilename } from './loaded-file.js';
import { DEFAULT_MAX_DATA_BYTES } from './max-data-bytes.js';
import { readDataText } from './read-data-text.js';

// For one-shot commands: on a validated-data cache hit, neither the YAML parser nor zod is
// imported at all. Same results as load-data.ts, which the long-running commands use.

async function loadDataFileLazily(file: string): Promise<LoadedFile> {
  const filename = shownFilename(file);
  const text = readDataText(file, filename, DEFAULT_MAX_DATA_BYTES);
  const cached = cachedLoadedFile(file, text);
  if (cached) return cached;
  const { parseDataText } = await import('./parse-data-text.js');
  return parseDataText(file, filename, text);
}

/**
 * `loadDataset`, importing the parser and the validator only when the cache misses.
 * @throws DataLoadError when the file is unreadable, invalid, or a registry.
 */
export async function loadDatasetLazily(file: string = defaultDataPath()): Promise<Dataset> {
  return datasetOf(await loadDataFileLazily(file), file);
}

/**
 * `loadRegistry`, importing the parser and the validator only when the cache misses: undefined
 * when the registry is missing or invalid. Read up front (a cache hit costs a fraction of a
 * millisecond), so that a question needing it finds it without the parser.
 */
export async function loadRegistryLazily(
  file: string = defaultRegistryPath(),
): Promise<Registry | undefined> {
  try {
    const loaded = await loadDataFileLazily(file);
    return loaded.kind === 'registry' ? loaded.registry : undefined;
  } catch {
    return undefined;
  }
}
