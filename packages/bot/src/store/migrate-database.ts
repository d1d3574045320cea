import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';
import { StoreError } from './store-error.js';
import { storeFault } from './store-fault.js';
import type { StoreLogger } from './store-logger.js';

/**
 * Reads the schema version of an open database (`PRAGMA user_version`; 0 for a new one).
 *
 * @param db - An open connection.
 * @returns The version.
 * @example
 * schemaVersion(new Database(':memory:'))
 * //=> 0
 */
export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies the steps a database lacks, each in its own immediate transaction together with the
 * version bump, so a crash leaves the database at a whole version. Steps already applied take no
 * transaction, so an up-to-date file opens while another program holds its write lock. The version
 * is re-read inside each transaction, so two processes opening the same file never apply a step
 * twice.
 *
 * @param db - An open connection to a database no newer than `migrations`.
 * @param migrations - The ordered steps.
 * @param label - The file name, for messages.
 * @param logger - Told about each applied step.
 * @returns The versions before and after.
 * @example
 * migrateDatabase(db, MIGRATIONS, 'ptce.db')
 * //=> { from: 0, to: 2 }
 */
export function migrateDatabase(
  db: Database.Database,
  migrations: readonly Migration[],
  label: string,
  logger?: StoreLogger,
): { from: number; to: number } {
  const from = schemaVersion(db);
  migrations.forEach((migration, index) => {
    const version = index + 1;
    // A step the database already has needs no write lock: reading the version is enough.
    if (schemaVersion(db) >= version) return;
    const step = db.transaction(() => {
      if (schemaVersion(db) >= version) return false;
      db.exec(migration.sql);
      db.pragma(`user_version = ${version}`);
      return true;
    });
    let applied: boolean;
    try {
      applied = step.immediate();
    } catch (error) {
      const fault = storeFault(error, label);
      if (fault) throw fault;
      throw new StoreError(
        'migration-failed',
        `La migration v${version} (${migration.description}) de la base « ${label} » a échoué : ` +
          `${(error as Error).message}. La base est restée en v${version - 1}.`,
        { path: label, cause: error },
      );
    }
    if (applied)
      logger?.info(`Base « ${label} » : migration v${version} appliquée (${migration.description}).`);
  });
  return { from, to: schemaVersion(db) };
}
