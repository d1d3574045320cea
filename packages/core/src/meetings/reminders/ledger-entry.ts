/**
 * One row of the bot's durable reminder ledger. Its identity is `key` + `fingerprint`: the same
 * reminder for a meeting that moved is a new row.
 */
export interface LedgerEntry {
  readonly key: string;
  readonly fingerprint: string;
  /** `claimed` before sending, `sent` once Discord answered, `skipped` when it will never be sent. */
  readonly state: 'claimed' | 'sent' | 'skipped';
  /** The Discord message id, once sent. */
  readonly messageId?: string;
  /** Why it was skipped, as recorded (a `SkipReason`, or staff's own words). */
  readonly reason?: string;
}
