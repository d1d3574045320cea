/**
 * Options of the French formatters that read an instant in a time zone.
 *
 * @example
 * const options: FrTimeZoneOptions = { timeZone: 'Europe/Paris' };
 */
export interface FrTimeZoneOptions {
  /** An IANA time zone; `Europe/Paris` when absent. */
  readonly timeZone?: string;
}

/** The time zone used when none is given. */
export const defaultFrTimeZone = 'Europe/Paris';
