import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import type { DatasetVersion, DatasetVersionInfo } from './store-records.js';

interface VersionRow {
  version: number;
  ptce_id: string;
  sha256: string;
  imported_by: string;
  imported_at: string;
  restored_from: number | null;
  yaml?: string;
}

/** What `addDatasetVersion` records. */
export interface NewDatasetVersion {
  readonly ptceId: string;
  readonly yaml: string;
  readonly importedBy: string;
  readonly restoredFrom?: number;
}

/** The data files a guild's staff uploaded, every version kept (table `dataset_versions`). */
export interface DatasetVersionRepository {
  /**
   * Records an accepted data file as the guild's newest version, with its SHA-256.
   *
   * @param guild - The Discord guild id.
   * @param version - The PTCE id, the YAML text, who imported it, and the version it restores.
   * @param now - When it was accepted.
   * @returns The recorded version, without its text.
   * @example
   * store.addDatasetVersion('123', { ptceId: 'auton-hommes', yaml, importedBy: '456' }).version
   * //=> 1
   */
  addDatasetVersion(guild: string, version: NewDatasetVersion, now?: Date): DatasetVersionInfo;

  /**
   * The guild's versions, newest first, without their text.
   *
   * @param guild - The Discord guild id.
   * @returns The versions.
   * @example
   * store.datasetVersions('123').map((v) => v.version)
   * //=> [2, 1]
   */
  datasetVersions(guild: string): DatasetVersionInfo[];

  /**
   * One version with its text; the newest one when `version` is omitted.
   *
   * @param guild - The Discord guild id.
   * @param version - The version number.
   * @returns The version, or `undefined`.
   * @example
   * store.datasetVersion('123')?.sha256
   * //=> '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
   */
  datasetVersion(guild: string, version?: number): DatasetVersion | undefined;
}

/**
 * The hex SHA-256 of a text's UTF-8 bytes, as `sha256sum` prints it.
 *
 * @param text - The file's text.
 * @returns 64 hex digits.
 * @example
 * textSha256('test')
 * //=> '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
 */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function toVersion(row: VersionRow): DatasetVersionInfo {
  return {
    version: row.version,
    ptceId: row.ptce_id,
    sha256: row.sha256,
    importedBy: row.imported_by,
    importedAt: new Date(row.imported_at),
    ...(row.restored_from === null ? {} : { restoredFrom: row.restored_from }),
  };
}

/**
 * The dataset versions over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function datasetVersionRepository(db: Database.Database): DatasetVersionRepository {
  const insert = db.prepare<
    GuildParams & {
      ptceId: string;
      sha256: string;
      yaml: string;
      importedBy: string;
      now: string;
      restoredFrom: number | null;
    },
    VersionRow
  >(
    `INSERT INTO dataset_versions
       (guild_id, version, ptce_id, sha256, yaml, imported_by, imported_at, restored_from)
     VALUES (@guild,
       (SELECT COALESCE(MAX(version), 0) + 1 FROM dataset_versions WHERE guild_id = @guild),
       @ptceId, @sha256, @yaml, @importedBy, @now, @restoredFrom)
     RETURNING version, ptce_id, sha256, imported_by, imported_at, restored_from`,
  );
  const list = db.prepare<GuildParams, VersionRow>(
    `SELECT version, ptce_id, sha256, imported_by, imported_at, restored_from FROM dataset_versions
     WHERE guild_id = @guild ORDER BY version DESC`,
  );
  const one = db.prepare<GuildParams & { version: number | null }, VersionRow>(
    `SELECT * FROM dataset_versions WHERE guild_id = @guild
       AND version = COALESCE(@version, (SELECT MAX(version) FROM dataset_versions WHERE guild_id = @guild))`,
  );
  return {
    addDatasetVersion(guild, version, now = new Date()) {
      const row = insert.get({
        guild,
        ptceId: version.ptceId,
        sha256: textSha256(version.yaml),
        yaml: version.yaml,
        importedBy: version.importedBy,
        now: now.toISOString(),
        restoredFrom: version.restoredFrom ?? null,
      });
      return toVersion(row!);
    },
    datasetVersions: (guild) => list.all({ guild }).map(toVersion),
    datasetVersion(guild, version) {
      const row = one.get({ guild, version: version ?? null });
      return row ? { ...toVersion(row), yaml: row.yaml! } : undefined;
    },
  };
}
