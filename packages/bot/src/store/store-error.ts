/**
 * Why the store refused an operation:
 * - `not-a-database`: the file is not a readable SQLite database (it is left untouched);
 * - `cannot-open`: the file or its folder cannot be read or created;
 * - `newer-schema`: the database comes from a newer version of the bot (left untouched);
 * - `migration-failed`: a migration step failed and was rolled back;
 * - `invalid-meeting`: a meeting does not match core's `Meeting` schema;
 * - `invalid-route`: a reminder route names an impossible target;
 * - `ptce-taken`: another guild is already bound to that PTCE;
 * - `invalid-settings`: guild settings that do not match the `GuildSettings` schema;
 * - `locked`: another program holds the database's lock (the file is healthy; retry later);
 * - `read-only`: the file or its folder refuses writes;
 * - `disk-full`: the disk has no room left (nothing written is lost; retry once there is room).
 */
export type StoreErrorCode =
  | 'not-a-database'
  | 'cannot-open'
  | 'newer-schema'
  | 'migration-failed'
  | 'invalid-meeting'
  | 'invalid-route'
  | 'ptce-taken'
  | 'invalid-settings'
  | 'locked'
  | 'read-only'
  | 'disk-full';

/**
 * An error of the bot's SQLite store. Its message is French and meant for staff: it names the
 * file and says what to do.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** What went wrong, for programs. */
  readonly code: StoreErrorCode;
  /** The database file, when the error is about one. */
  readonly path: string | undefined;

  /**
   * @param code - What went wrong.
   * @param message - The French message for staff.
   * @param options - The file concerned and the underlying error, if any.
   */
  constructor(code: StoreErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path;
  }
}
