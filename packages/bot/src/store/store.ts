import type Database from 'better-sqlite3';
import { type AttendanceRepository, attendanceRepository } from './attendance-repository.js';
import { type AttendanceSheetRepository, attendanceSheetRepository } from './attendance-sheet-repository.js';
import { type DatasetVersionRepository, datasetVersionRepository } from './dataset-version-repository.js';
import { type DecisionLogRepository, decisionLogRepository } from './decision-log-repository.js';
import { type DigestRepository, digestRepository } from './digest-repository.js';
import { type DmChoiceRepository, dmChoiceRepository } from './dm-choice-repository.js';
import { type EventMirrorRepository, eventMirrorRepository } from './event-mirror-repository.js';
import { type GuildBindingRepository, guildBindingRepository } from './guild-binding-repository.js';
import { type GuildPurgeRepository, guildPurgeRepository } from './guild-purge-repository.js';
import { type GuildSettingsRepository, guildSettingsRepository } from './guild-settings-repository.js';
import { type LedgerRepository, ledgerRepository } from './ledger-repository.js';
import { type MeetingOverlayRepository, meetingOverlayRepository } from './meeting-overlay-repository.js';
import { schemaVersion } from './migrate-database.js';
import { type RouteRepository, routeRepository } from './route-repository.js';
import { type SchedulerStateRepository, schedulerStateRepository } from './scheduler-state-repository.js';
import { storeFault } from './store-fault.js';

/**
 * The bot's embedded SQLite store, one file for every guild the process serves: one repository
 * per table, side by side. Every method takes the guild id first. Each mutation is one statement
 * or one immediate transaction, so two processes sharing the file stay consistent. Open it with
 * `openStore`.
 */
export interface Store
  extends MeetingOverlayRepository,
    RouteRepository,
    LedgerRepository,
    SchedulerStateRepository,
    DigestRepository,
    EventMirrorRepository,
    DecisionLogRepository,
    AttendanceRepository,
    AttendanceSheetRepository,
    GuildBindingRepository,
    DatasetVersionRepository,
    GuildSettingsRepository,
    DmChoiceRepository,
    GuildPurgeRepository {
  /**
   * Runs `work` in one immediate transaction: what it writes through this store is written
   * together (one commit), or not at all if it throws. For a pass that records many decisions.
   *
   * @param work - Synchronous work with the store.
   * @returns What `work` returns.
   * @example
   * store.inTransaction(() => skips.forEach((s) => store.markSkipped('123', s.key, s.fingerprint, s.reason, now)))
   */
  inTransaction<T>(work: () => T): T;
  /** The database file, or `:memory:`. */
  readonly path: string;
  /** The schema version of the open database. */
  readonly schemaVersion: number;
  /** Closes the connection; the store cannot be used afterwards. */
  close(): void;
}

/**
 * Wraps every method so that a lock, a read-only file and a full disk reach callers as French
 * `StoreError`s naming the file (a failed statement or transaction has written nothing).
 */
function withFrenchFaults<T extends Record<string, (...args: never[]) => unknown>>(
  methods: T,
  path: string,
): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(methods)) {
    wrapped[name] = (...args: never[]) => {
      try {
        return method(...args);
      } catch (error) {
        throw storeFault(error, path) ?? error;
      }
    };
  }
  return wrapped as T;
}

/**
 * Composes the repositories over one connection. Use `openStore`, which checks and migrates the
 * file first.
 *
 * @param db - A connection to a migrated database.
 * @param path - The file, for messages.
 * @returns The store.
 */
export function composeStore(db: Database.Database, path: string): Store {
  const repositories = {
    ...meetingOverlayRepository(db),
    ...routeRepository(db),
    ...ledgerRepository(db),
    ...schedulerStateRepository(db),
    ...digestRepository(db),
    ...eventMirrorRepository(db),
    ...decisionLogRepository(db),
    ...attendanceRepository(db),
    ...attendanceSheetRepository(db),
    ...guildBindingRepository(db),
    ...datasetVersionRepository(db),
    ...guildSettingsRepository(db),
    ...dmChoiceRepository(db),
    ...guildPurgeRepository(db),
    inTransaction: <T>(work: () => T): T => db.transaction(work).immediate(),
  };
  return {
    ...withFrenchFaults(repositories, path),
    path,
    get schemaVersion() {
      return schemaVersion(db);
    },
    close: () => db.close(),
  };
}
