/**
 * The bot's embedded SQLite store: meetings changed from Discord, reminder routes, the
 * exactly-once reminder ledger, digest and scheduled-event state, and the decision log.
 * Nothing outside this folder writes SQL.
 *
 * @packageDocumentation
 */

export type { ConfirmedSheet } from './attendance-sheet-repository.js';
export { type BackupReport, backupDatabase } from './backup-database.js';
export { checkedBackup } from './checked-backup.js';
export { type NewDatasetVersion, textSha256 } from './dataset-version-repository.js';
export type { StoredGuildSettings } from './guild-settings-repository.js';
export {
  compareOverlayOrder,
  type OverlayChanges,
  type OverlaySnapshot,
} from './meeting-overlay-repository.js';
export { migrateDatabase, schemaVersion } from './migrate-database.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { type OpenStoreOptions, openStore } from './open-store.js';
export { overlayMeetings } from './overlay-meetings.js';
export { reminderNonce } from './reminder-nonce.js';
export { type RestoreReport, restoreDatabase } from './restore-database.js';
export { type RetryWhileLockedOptions, retryWhileLocked } from './retry-while-locked.js';
export { composeStore, type Store } from './store.js';
export { StoreError, type StoreErrorCode } from './store-error.js';
export { storeFault } from './store-fault.js';
export type { StoreLogger } from './store-logger.js';
export type {
  DatasetVersion,
  DatasetVersionInfo,
  Decision,
  DigestState,
  GuildBinding,
  LedgerEntry,
  LedgerRecord,
  LedgerState,
  MeetingChangeOptions,
  MeetingEdit,
  ReminderClaim,
  ReminderRoute,
  ScheduledEventMirror,
  StoredMeeting,
} from './store-records.js';
