import type Database from 'better-sqlite3';
import { databaseImage } from './database-image.js';
import { schemaVersion } from './migrate-database.js';
import { MIGRATIONS } from './migrations.js';
import { StoreError } from './store-error.js';

function invalid(file: string, detail: string, cause?: unknown): StoreError {
  return new StoreError(
    'not-a-database',
    `« ${file} » n'est pas une sauvegarde valide de la base du bot (${detail}). Rien n'a été modifié.`,
    { path: file, ...(cause === undefined ? {} : { cause }) },
  );
}

/**
 * Checks, on an in-memory image (nothing is written beside the file), that a file is a whole database of the bot that this version can open: the
 * SQLite header, an integrity check, a schema version from 1 to the latest, and the ledger table.
 *
 * @param file - The backup file.
 * @returns Its schema version.
 * @throws StoreError `not-a-database` or `newer-schema`, in French, naming the file.
 * @example
 * checkedBackup('sauvegardes/ptce-2026-12-03.sqlite')
 * //=> 3
 */
export function checkedBackup(file: string): number {
  let db: Database.Database | undefined;
  try {
    try {
      db = databaseImage(file);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw invalid(file, missing ? 'fichier introuvable' : (error as Error).message, error);
    }
    if (!db) throw invalid(file, 'en-tête SQLite absent');
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw invalid(file, `base endommagée : ${String(check)}`);
    const version = schemaVersion(db);
    if (version > MIGRATIONS.length) {
      throw new StoreError(
        'newer-schema',
        `La sauvegarde « ${file} » vient d'une version plus récente du bot (schéma v${version}, cette version ` +
          `connaît jusqu'à v${MIGRATIONS.length}) : mettez le bot à jour avant de la restaurer. Rien n'a été modifié.`,
        { path: file },
      );
    }
    const ledger = db
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'reminder_ledger'")
      .get() as { n: number };
    if (version < 1 || ledger.n !== 1) throw invalid(file, 'aucune table du bot');
    return version;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw invalid(file, (error as Error).message, error);
  } finally {
    db?.close();
  }
}
