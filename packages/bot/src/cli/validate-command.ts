import { formatDataFileError } from '@ptce/core';
import type { Command } from 'commander';
import { DataLoadError, defaultDataPath, defaultRegistryPath, loadDataFile } from '../data/load-data.js';
import type { CliIo } from './io.js';

/** `ptce validate [FILE…]`: exit 0 when every file is valid, else 1 with every located error. */
export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('vérifie un fichier de données (par défaut les fichiers embarqués)')
    .argument('[files...]', 'fichiers YAML à vérifier')
    .action((files: string[]) => {
      const targets = files.length > 0 ? files : [defaultDataPath(), defaultRegistryPath()];
      let failed = false;
      for (const file of targets) {
        try {
          const loaded = loadDataFile(file);
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
    });
}
