import fs from 'node:fs';
import Database from 'better-sqlite3';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
// Header bytes 18 and 19 are 2 for a WAL file: an in-memory image must read as a rollback one.
const WRITE_VERSION = 18;
const READ_VERSION = 19;

/**
 * Opens an in-memory image of a database file, so that checking or copying it never writes
 * beside it (a read-only connection to a WAL file leaves `-wal` and `-shm` files behind). Only the
 * main file is read: a backup is self-contained.
 *
 * @param file - The database file.
 * @returns The connection to the image, or `undefined` when the file lacks the SQLite header.
 * @throws The file system's error when the file cannot be read.
 * @example
 * databaseImage('sauvegardes/ptce.sqlite')?.pragma('user_version', { simple: true })
 * //=> 3
 */
export function databaseImage(file: string): Database.Database | undefined {
  const bytes = fs.readFileSync(file);
  if (!bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) return undefined;
  if (bytes[WRITE_VERSION] === 2) bytes[WRITE_VERSION] = 1;
  if (bytes[READ_VERSION] === 2) bytes[READ_VERSION] = 1;
  return new Database(bytes);
}
