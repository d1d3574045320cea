import type { Command } from 'commander';
import { DEFAULT_MAX_DATA_BYTES } from '../data/max-data-bytes.js';
import type { CliIo } from './io.js';

/** `ptce validate [FILE…]`: exit 0 when every file is valid, else 1 with every located error. */
export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('vérifie un fichier de données (par défaut les fichiers embarqués)')
    .argument('[files...]', 'fichiers YAML à vérifier')
    .option(
      '--max-size <Mo>',
      `taille maximale d’un fichier, en Mo (par défaut ${DEFAULT_MAX_DATA_BYTES / 1_000_000})`,
    )
    .action(async (files: string[], flags: { maxSize?: string }) => {
      const { validateAction } = await import('./validate-action.js');
      validateAction(io, setExit, files, flags);
    });
}
