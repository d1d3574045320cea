/**
 * A calendar day counted as whole days since 1970-01-01 (proleptic Gregorian). Integer day
 * arithmetic keeps recurrence and scheduling independent of the host's time zone.
 */
export type CivilDay = number;

const MS_PER_DAY = 86_400_000;

/** Weekday order used by `civilWeekday`: Monday is 0, as in ISO 8601 weeks. */
export const WEEKDAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The civil day of a calendar date.
 *
 * @param year - The year (four digits).
 * @param month - The month, 1–12.
 * @param day - The day of the month (overflow rolls into the next month).
 * @returns Days since 1970-01-01.
 * @example
 * civilDay(1970, 1, 2)
 * //=> 1
 */
export function civilDay(year: number, month: number, day: number): CivilDay {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The calendar fields of a civil day.
 *
 * @param day - Days since 1970-01-01.
 * @returns Year, month (1–12) and day of the month.
 * @example
 * civilFields(19724)
 * //=> { year: 2024, month: 1, day: 2 }
 */
export function civilFields(day: CivilDay): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The weekday of a civil day, Monday = 0 … Sunday = 6.
 *
 * @param day - Days since 1970-01-01.
 * @returns 0–6, an index into `WEEKDAY_ORDER`.
 * @example
 * civilWeekday(0) // 1970-01-01 was a Thursday
 * //=> 3
 */
export function civilWeekday(day: CivilDay): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The `YYYY-MM-DD` text of a civil day.
 *
 * @param day - Days since 1970-01-01.
 * @returns The ISO date text.
 * @example
 * civilDayText(19724)
 * //=> '2024-01-02'
 */
export function civilDayText(day: CivilDay): string {
  const f = civilFields(day);
  return `${String(f.year).padStart(4, '0')}-${pad2(f.month)}-${pad2(f.day)}`;
}

/**
 * Two-digit zero padding, for local date texts.
 *
 * @param n - A number below 100.
 * @returns The padded text.
 * @example
 * pad2(7)
 * //=> '07'
 */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
