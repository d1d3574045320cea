import { formatDataFileError } from '@ptce/core';
import {
  DataLoadError,
  DEFAULT_MAX_DATA_BYTES,
  defaultDataPath,
  defaultRegistryPath,
  loadDataFile,
} from '../data/load-data.js';
import { type CliIo, UsageError } from './io.js';

function maxSizeOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_DATA_BYTES;
  const mb = Number(value.replace(',', '.'));
  if (!Number.isFinite(mb) || mb <= 0)
    throw new UsageError(
      `Taille invalide pour --max-size : « ${value} » (attendu : un nombre de Mo, par exemple 5).`,
    );
  return mb * 1_000_000;
}

/** Checks the files of `ptce validate`. */
export function validateAction(
  io: CliIo,
  setExit: (code: number) => void,
  files: string[],
  flags: { maxSize?: string },
): void {
  const maxBytes = maxSizeOption(flags.maxSize);
  const targets = files.length > 0 ? files : [defaultDataPath(), defaultRegistryPath()];
  let failed = false;
  for (const file of targets) {
    try {
      const loaded = loadDataFile(file, { maxBytes });
      const what =
        loaded.kind === 'dataset'
          ? `${loaded.dataset.ptce.name} : ${loaded.dataset.structures.length} structures, ${loaded.dataset.groups.length} groupes, ${loaded.dataset.meetings.length} réunions`
          : `registre ${loaded.registry.registry.name} : ${loaded.registry.ptces.length} PTCE`;
      io.out(`✓ ${file} — ${what}`);
    } catch (error) {
      if (!(error instanceof DataLoadError)) throw error;
      failed = true;
      if (error.errors.length === 0) io.err(error.message);
      for (const e of error.errors) io.err(formatDataFileError(e));
      if (error.errors.length > 0) io.err(`✗ ${file} — ${error.errors.length} erreur(s)`);
    }
  }
  setExit(failed ? 1 : 0);
}
