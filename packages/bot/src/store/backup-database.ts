import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { checkedBackup } from './checked-backup.js';
import { StoreError } from './store-error.js';
import { storeFault } from './store-fault.js';

/** What `backupDatabase` copied. */
export interface BackupReport {
  /** The backup file. */
  readonly file: string;
  /** Its schema version. */
  readonly version: number;
  readonly pages: number;
}

function cannotBackUp(file: string, out: string, cause: unknown): StoreError {
  const fault = storeFault(cause, file);
  if (fault) return fault;
  return new StoreError(
    'cannot-open',
    `Sauvegarde de « ${file} » vers « ${out} » impossible : ${(cause as Error).message}.`,
    { path: file, cause },
  );
}

/**
 * Copies a live database with SQLite's online backup, safe while the bot runs and writes: the
 * copy is one consistent state (a write from another connection makes SQLite start the copy
 * again). The copy is written beside `out` under a temporary name, checked, then renamed, so a
 * file at `out` is always a whole, valid backup.
 *
 * @param file - The database file (`PTCE_DB`).
 * @param out - The backup file to write; its folder is created.
 * @returns The backup's path, schema version and size in pages.
 * @throws StoreError when the database cannot be read or the copy is not valid.
 * @example
 * (await backupDatabase('data/ptce.sqlite', 'sauvegardes/ptce.sqlite')).version
 * //=> 3
 */
export async function backupDatabase(file: string, out: string): Promise<BackupReport> {
  if (!fs.existsSync(file)) {
    throw new StoreError('cannot-open', `La base « ${file} » n'existe pas : rien à sauvegarder.`, {
      path: file,
    });
  }
  const target = nodePath.resolve(out);
  const partial = `${target}.partielle`;
  let source: Database.Database | undefined;
  try {
    fs.mkdirSync(nodePath.dirname(target), { recursive: true });
    fs.rmSync(partial, { force: true });
    source = new Database(file, { fileMustExist: true, timeout: 5000 });
    const { totalPages } = await source.backup(partial);
    // One self-contained file: no -wal or -shm beside a backup.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const version = checkedBackup(partial);
    fs.renameSync(partial, target);
    return { file: target, version, pages: totalPages };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error instanceof StoreError ? error : cannotBackUp(file, out, error);
  } finally {
    source?.close();
  }
}
