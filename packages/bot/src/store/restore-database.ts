import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { backupDatabase } from './backup-database.js';
import { checkedBackup } from './checked-backup.js';
import { databaseImage } from './database-image.js';
import { MIGRATIONS } from './migrations.js';
import { openStore } from './open-store.js';
import { StoreError } from './store-error.js';
import { storeFault } from './store-fault.js';

/** What `restoreDatabase` did. */
export interface RestoreReport {
  /** The schema version of the backup, before it was brought up to date. */
  readonly fromVersion: number;
  /** The schema version of the restored database. */
  readonly version: number;
  /** Where the database that was replaced was kept, if there was one. */
  readonly previous?: string;
}

/**
 * Replaces the bot's database with a backup. The backup is checked first (a valid database of the
 * bot, of this version's schema or an older one) and the file is refused untouched otherwise. The
 * current database is first copied aside (`<file>.avant-restauration-<instant>`), so a restore
 * loses nothing; then the backup is copied in with SQLite's backup API and migrated. Stop the bot
 * before restoring: the reminders it sends meanwhile would be forgotten.
 *
 * @param backup - The backup file.
 * @param file - The database file (`PTCE_DB`).
 * @param now - For the name of the copy of the replaced database.
 * @returns The versions, and where the replaced database was kept.
 * @throws StoreError when the backup is not valid or the database cannot be written.
 * @example
 * (await restoreDatabase('sauvegardes/ptce.sqlite', 'data/ptce.sqlite', now)).version
 * //=> 3
 */
export async function restoreDatabase(backup: string, file: string, now: Date): Promise<RestoreReport> {
  const fromVersion = checkedBackup(backup);
  let previous: string | undefined;
  if (fs.existsSync(file) && fs.statSync(file).size > 0) {
    previous = `${file}.avant-restauration-${now.toISOString().replaceAll(':', '-')}`;
    await backupDatabase(file, previous);
  }
  let source: Database.Database | undefined;
  try {
    source = databaseImage(backup)!;
    await source.backup(file);
  } catch (error) {
    throw (
      storeFault(error, file) ??
      new StoreError(
        'cannot-open',
        `Restauration vers « ${file} » impossible : ${(error as Error).message}.`,
        {
          path: file,
          cause: error,
        },
      )
    );
  } finally {
    source?.close();
  }
  openStore(file).close();
  return { fromVersion, version: MIGRATIONS.length, ...(previous ? { previous } : {}) };
}
