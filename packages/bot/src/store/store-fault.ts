import fs from 'node:fs';
import nodePath from 'node:path';
import { StoreError } from './store-error.js';

function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Whether SQLite failed to open or write because the file, or its folder, refuses writes. */
function refusesWrites(code: string, file: string): boolean {
  if (code.startsWith('SQLITE_READONLY')) return true;
  // In WAL mode a reader must create `-shm`: in a read-only folder even a read fails to open.
  return (
    code.startsWith('SQLITE_CANTOPEN') &&
    file !== ':memory:' &&
    (!writable(file) || !writable(nodePath.dirname(file)))
  );
}

/**
 * Tells the SQLite errors that are about the file's surroundings, not its content, apart: a lock
 * held by another program, a file or folder that refuses writes, a full disk. Each becomes a
 * French `StoreError` that names the file and the fix; the file is healthy, so none of them ever
 * advises moving it.
 *
 * @param error - What better-sqlite3 threw.
 * @param file - The database file.
 * @returns The French error, or `undefined` for any other error.
 * @example
 * storeFault(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), 'ptce.db')?.code
 * //=> 'locked'
 */
export function storeFault(error: unknown, file: string): StoreError | undefined {
  if (error instanceof StoreError) return error;
  const code = sqliteCode(error);
  const options = { path: file, cause: error };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      'locked',
      `La base « ${file} » est verrouillée par un autre programme (un autre bot, ou sqlite3 ou DB Browser ` +
        `resté ouvert) : fermez-le. Le bot réessaie de lui-même ; le fichier est sain, ne le déplacez pas.`,
      options,
    );
  }
  if (refusesWrites(code, file)) {
    return new StoreError(
      'read-only',
      `La base « ${file} » est en lecture seule : le bot doit pouvoir écrire dans ce fichier et dans son ` +
        `dossier « ${nodePath.dirname(file)} » (il y tient aussi ses journaux -wal et -shm). Donnez-lui ce ` +
        `droit (propriétaire, chmod, ou montage en lecture-écriture) ; rien n'a été perdu.`,
      options,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE') {
    return new StoreError(
      'disk-full',
      `Le disque de la base « ${file} » est plein : libérez de la place sur ce disque. Rien n'a été perdu : ` +
        `ce qui n'a pas pu être enregistré le sera dès qu'il y aura de la place.`,
      options,
    );
  }
  return undefined;
}
