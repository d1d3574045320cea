import nodePath from 'node:path';
import type { Command } from 'commander';
import { backupStamp } from '../store/backup-stamp.js';
import { DEFAULT_DB_PATH } from '../store/default-db-path.js';
import type { CliIo } from './io.js';

interface DbFlags {
  db?: string;
}

/**
 * `ptce backup [--out FILE]` and `ptce restore FILE`: an online copy of the bot's database, safe
 * while the bot runs, and its restoration (refused for anything but a valid database of this
 * schema or an older one).
 */
export function registerBackup(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const dbOf = (flags: DbFlags) => flags.db ?? (io.env.PTCE_DB?.trim() || DEFAULT_DB_PATH);
  program
    .command('backup')
    .description('sauvegarde la base du bot (PTCE_DB), sans arrêter le bot')
    .option(
      '--out <fichier>',
      'le fichier de sauvegarde (par défaut : sauvegardes/ptce-<date>.sqlite près de la base)',
    )
    .option('--db <fichier>', 'la base à sauvegarder (par défaut : PTCE_DB, ou ./data/ptce.sqlite)')
    .action(async (flags: DbFlags & { out?: string }) => {
      const db = dbOf(flags);
      const out =
        flags.out ??
        nodePath.join(nodePath.dirname(db), 'sauvegardes', `ptce-${backupStamp(new Date())}.sqlite`);
      // SQLite loads only for the commands that use it, so `ptce ask` starts fast.
      const { backupDatabase, StoreError } = await import('../store/index.js');
      try {
        const report = await backupDatabase(db, out);
        io.out(`✓ Base « ${db} » sauvegardée dans « ${report.file} » (schéma v${report.version}).`);
        setExit(0);
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        io.err(error.message);
        setExit(1);
      }
    });
  program
    .command('restore')
    .description('remplace la base du bot (PTCE_DB) par une sauvegarde ; arrêtez le bot avant')
    .argument('<fichier>', 'la sauvegarde à restaurer')
    .option('--db <fichier>', 'la base à remplacer (par défaut : PTCE_DB, ou ./data/ptce.sqlite)')
    .action(async (backup: string, flags: DbFlags) => {
      const db = dbOf(flags);
      const { restoreDatabase, StoreError } = await import('../store/index.js');
      try {
        const report = await restoreDatabase(backup, db, new Date());
        const kept = report.previous ? ` L'ancienne base est gardée dans « ${report.previous} ».` : '';
        io.out(
          `✓ Sauvegarde « ${backup} » (schéma v${report.fromVersion}) restaurée dans « ${db} » (schéma v${report.version}).${kept}`,
        );
        setExit(0);
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        io.err(error.message);
        setExit(1);
      }
    });
}
