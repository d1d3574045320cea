import type { Dataset } from '@ptce/core';
import { DataLoadError, loadDataset } from '../data/load-data.js';

/** What a reload did: the new dataset, or why the file was rejected. */
export type ReloadOutcome =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly error: DataLoadError };

/** The dataset the bot serves; a reload replaces it only when the new file is valid. */
export interface LiveDataset {
  readonly current: Dataset;
  /** The file re-read on reload (undefined: the embedded dataset). */
  readonly file: string | undefined;
  reload(): ReloadOutcome;
}

/**
 * Loads a dataset and keeps the last good one across reloads.
 * @throws DataLoadError when the first load fails: without data there is nothing to serve.
 */
export function liveDataset(
  file: string | undefined,
  load: (file: string | undefined) => Dataset = loadDataset,
): LiveDataset {
  let current = load(file);
  return {
    file,
    get current() {
      return current;
    },
    reload() {
      try {
        current = load(file);
        return { ok: true, dataset: current };
      } catch (error) {
        if (error instanceof DataLoadError) return { ok: false, error };
        return { ok: false, error: new DataLoadError(`Lecture impossible : ${String(error)}`, []) };
      }
    },
  };
}
