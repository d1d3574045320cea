import { dataFileKind, parseDataset, parseRegistry } from '@ptce/core';
import { DataLoadError } from './data-load-error.js';
import type { LoadedFile } from './loaded-file.js';
import { rememberDatasetFile, rememberRegistryFile } from './validated-cache.js';

/**
 * Parses and validates a data file's text (YAML and zod: the costly part of loading), and
 * remembers the valid content in the validated-data cache.
 * @throws DataLoadError with every located error when the text is invalid.
 */
export function parseDataText(file: string, filename: string, text: string): LoadedFile {
  if (dataFileKind(text) === 'registry') {
    const result = parseRegistry(text, { filename });
    if (!result.ok)
      throw new DataLoadError(`Le fichier « ${filename} » contient des erreurs.`, result.errors);
    rememberRegistryFile(text, result.value);
    return { kind: 'registry', file, registry: result.value };
  }
  const result = parseDataset(text, { filename });
  if (!result.ok) throw new DataLoadError(`Le fichier « ${filename} » contient des erreurs.`, result.errors);
  rememberDatasetFile(text, result.value.file);
  return { kind: 'dataset', file, dataset: result.value };
}
