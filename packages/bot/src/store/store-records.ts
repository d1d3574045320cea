import type { Meeting } from '@ptce/core';

/** A meeting of the overlay, with its revision (1 when first stored, +1 on each change). */
export interface StoredMeeting {
  readonly meeting: Meeting;
  readonly revision: number;
  readonly updatedAt: Date;
}

/**
 * A change staff make to a meeting (cancel, move, agenda, minutes): a pure function from the
 * meeting as it stands to the changed one. `Store.updateMeeting` applies it in a transaction.
 */
export type MeetingEdit = (meeting: Meeting) => Meeting;

/** Options of `Store.updateMeeting`. */
export interface MeetingChangeOptions {
  /** The meeting to start from when it is not in the overlay yet, usually the dataset's. */
  readonly base?: Meeting;
  /** When the change happens; defaults to the clock. */
  readonly now?: Date;
}

/** Where reminders for a body or group (or `'*'`: all) are posted, and whom they mention. */
export interface ReminderRoute {
  /** Body or group id, or `'*'` for every target. */
  readonly target: string;
  readonly channelId: string;
  readonly roleId?: string;
}

/** Where a reminder stands: claimed before sending, then sent or skipped. */
export type LedgerState = 'claimed' | 'sent' | 'skipped';

/** One ledger line, as core's reminder plan reads it. */
export interface LedgerEntry {
  readonly key: string;
  readonly fingerprint: string;
  readonly state: LedgerState;
  readonly messageId?: string;
  readonly reason?: string;
}

/** One ledger line with its delivery details. */
export interface LedgerRecord extends LedgerEntry {
  /** The Discord nonce of the send; see `reminderNonce`. */
  readonly nonce: string;
  readonly channelId?: string;
  readonly claimedAt?: Date;
  readonly sentAt?: Date;
  /** Failed sends so far. */
  readonly attempts: number;
  readonly lastError?: string;
  readonly updatedAt: Date;
}

/** What a scheduler asks for before sending a reminder. */
export interface ReminderClaim {
  readonly key: string;
  readonly fingerprint: string;
  readonly channelId: string;
  /** Defaults to `reminderNonce(key, fingerprint)`. */
  readonly nonce?: string;
}

/** The digest message kept up to date in a channel, and the period it covers. */
export interface DigestState {
  readonly channelId: string;
  readonly messageId: string;
  readonly periodKey: string;
  readonly updatedAt: Date;
}

/** The Discord scheduled event that mirrors a meeting, with the fingerprint it was made from. */
export interface ScheduledEventMirror {
  readonly meetingId: string;
  readonly eventId: string;
  readonly fingerprint: string;
  readonly updatedAt: Date;
}

/** One line of the decision log: what the scheduler decided about a reminder, and why. */
export interface Decision {
  readonly key: string;
  readonly decision: string;
  readonly reason: string;
  readonly at: Date;
}

/** Which PTCE a guild serves. */
export interface GuildBinding {
  readonly guildId: string;
  readonly ptceId: string;
  /** `env`: the data file of `PTCE_DATA` (the seeded guild); `upload`: `/donnees importer`. */
  readonly source: 'env' | 'upload';
  readonly boundAt: Date;
  /** When the bot left the guild; its data are purged 30 days later. */
  readonly leftAt?: Date;
}

/** One accepted data file of a guild, without its text. */
export interface DatasetVersionInfo {
  /** 1, 2, 3… in the order they were accepted. */
  readonly version: number;
  readonly ptceId: string;
  /** Hex SHA-256 of the file's bytes (UTF-8). */
  readonly sha256: string;
  /** The Discord user id of the staff member. */
  readonly importedBy: string;
  readonly importedAt: Date;
  /** The version this one brought back, for `/donnees restaurer`. */
  readonly restoredFrom?: number;
}

/** One accepted data file of a guild, with its text. */
export interface DatasetVersion extends DatasetVersionInfo {
  readonly yaml: string;
}
