import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { migrateDatabase, schemaVersion } from './migrate-database.js';
import { MIGRATIONS } from './migrations.js';
import { composeStore, type Store } from './store.js';
import { StoreError } from './store-error.js';
import { storeFault } from './store-fault.js';
import type { StoreLogger } from './store-logger.js';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** Told about applied migrations. */
  readonly logger?: StoreLogger;
  /** How long opening waits for another program's lock before giving up (default 5 000 ms). */
  readonly lockWaitMs?: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
// Opening may wait for a lock: nothing else runs yet. Once open, a statement waits at most
// BUSY_TIMEOUT_MS, since better-sqlite3's busy wait blocks the event loop: a locked write fails
// fast with a `locked` StoreError and its caller retries later without blocking.
const OPEN_LOCK_WAIT_MS = 5000;
const BUSY_TIMEOUT_MS = 50;

function notADatabase(file: string, detail: string, cause?: unknown): StoreError {
  return new StoreError(
    'not-a-database',
    `Le fichier « ${file} » n'est pas une base SQLite valide (${detail}). Il n'a pas été modifié : ` +
      `vérifiez le chemin de la base, restaurez une sauvegarde ou déplacez ce fichier pour repartir d'une base neuve.`,
    { path: file, cause },
  );
}

function cannotOpen(file: string, cause: unknown): StoreError {
  return new StoreError(
    'cannot-open',
    `Impossible d'ouvrir la base « ${file} » : ${(cause as Error).message}. Vérifiez le chemin et les droits d'accès.`,
    { path: file, cause },
  );
}

/**
 * Refuses an existing file that does not start with the SQLite header, before SQLite touches it,
 * and creates the folder of a file that does not exist yet. An empty file is a new database.
 */
function checkFile(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotOpen(file, error);
    try {
      fs.mkdirSync(nodePath.dirname(file), { recursive: true });
    } catch (mkdirError) {
      throw cannotOpen(file, mkdirError);
    }
    return;
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    if (read > 0 && !header.equals(SQLITE_HEADER)) throw notADatabase(file, 'en-tête SQLite absent');
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw cannotOpen(file, error);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the version and runs a quick integrity check: both only read the file. */
function checkedVersion(db: Database.Database, file: string): number {
  try {
    const version = schemaVersion(db);
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw notADatabase(file, `base endommagée : ${String(check)}`);
    return version;
  } catch (error) {
    throw storeFault(error, file) ?? notADatabase(file, (error as Error).message, error);
  }
}

/**
 * Opens the bot's SQLite store, creating the file and its folder when missing. The file is first
 * checked without writing: a file that is not a SQLite database, a damaged one, or one from a
 * newer version of the bot is refused with a French `StoreError` and left byte for byte as it
 * was. A lock held by another program is waited for (`lockWaitMs`), then reported as such, never
 * as damage. Then the connection gets `journal_mode = WAL` and `foreign_keys = ON`, the missing
 * migrations are applied, each in a transaction, keeping existing rows, and the busy timeout is
 * cut to 50 ms. A lock, a read-only file or folder and a full disk give French `StoreError`s that
 * name the file and the fix, at opening and on every later call.
 *
 * @param file - The database file, or `:memory:` for tests.
 * @param options - A logger for the applied migrations.
 * @returns The open store.
 * @example
 * openStore('data/ptce.db', { logger: console }).schemaVersion
 * //=> 2
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  if (file !== ':memory:') checkFile(file);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: options.lockWaitMs ?? OPEN_LOCK_WAIT_MS });
  } catch (error) {
    throw storeFault(error, file) ?? cannotOpen(file, error);
  }
  try {
    const version = checkedVersion(db, file);
    if (version > MIGRATIONS.length) {
      throw new StoreError(
        'newer-schema',
        `La base « ${file} » vient d'une version plus récente du bot (schéma v${version}, cette version ` +
          `connaît jusqu'à v${MIGRATIONS.length}). Elle n'a pas été modifiée : mettez le bot à jour.`,
        { path: file },
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrateDatabase(db, MIGRATIONS, file, options.logger);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return composeStore(db, file);
  } catch (error) {
    db.close();
    throw storeFault(error, file) ?? error;
  }
}
