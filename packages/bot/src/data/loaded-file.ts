import path from 'node:path';
import { buildDataset, type Dataset, type DatasetFile, dataFileKind, type Registry } from '@ptce/core';
import { DataLoadError } from './data-load-error.js';
import { cachedDatasetFile, cachedRegistryFile, shippedContent } from './validated-cache.js';

/** The result of reading any data file. */
export type LoadedFile =
  | { readonly kind: 'dataset'; readonly file: string; readonly dataset: Dataset }
  | { readonly kind: 'registry'; readonly file: string; readonly registry: Registry };

/** How a data file is named in messages: relative to the working folder. */
export function shownFilename(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * The file from the validated-data cache, or for a bundled file from what core's build shipped,
 * with no YAML parsing nor validation; undefined when both miss or hold a damaged entry (one a
 * dataset cannot be built from).
 */
export function cachedLoadedFile(file: string, text: string): LoadedFile | undefined {
  if (dataFileKind(text) === 'registry') {
    const registry = (cachedRegistryFile(text) ?? shippedContent(text)) as Registry | undefined;
    // What the questions read of it: anything else is a damaged entry.
    if (!Array.isArray(registry?.ptces) || typeof registry.registry !== 'object') return undefined;
    return { kind: 'registry', file, registry: Object.freeze(registry) };
  }
  const cached = cachedDatasetFile(text) ?? (shippedContent(text) as DatasetFile | undefined);
  if (!cached) return undefined;
  try {
    return { kind: 'dataset', file, dataset: buildDataset(cached) };
  } catch {
    return undefined;
  }
}

/**
 * The dataset of a loaded file.
 * @throws DataLoadError when the file is a registry.
 */
export function datasetOf(loaded: LoadedFile, file: string): Dataset {
  if (loaded.kind !== 'dataset') {
    throw new DataLoadError(`« ${file} » est un registre régional, pas le fichier d’un PTCE.`, []);
  }
  return loaded.dataset;
}
