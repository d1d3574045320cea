import { type CivilDay, civilDay } from '../time/civil-day.js';

/** The civil days a period covers: `start` inclusive, `end` exclusive. */
export interface PeriodSpan {
  readonly start: CivilDay;
  readonly end: CivilDay;
}

/**
 * The days a period (`2023`, `2023-06` or `2023-06-21`) covers.
 *
 * @param period - A year, month or day text.
 * @returns Its first day and the day after its last.
 * @example
 * periodSpan('2024-02')
 * //=> { start: 19754, end: 19783 } // 2024-02-01 to 2024-03-01
 */
export function periodSpan(period: string): PeriodSpan {
  const [y, m, d] = period.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return { start: civilDay(y, 1, 1), end: civilDay(y + 1, 1, 1) };
  if (d === undefined) return { start: civilDay(y, m, 1), end: civilDay(y, m + 1, 1) };
  return { start: civilDay(y, m, d), end: civilDay(y, m, d + 1) };
}

/**
 * Whether two periods share at least one day (`2023` and `2023-06` do; `2022` and `2023` do not).
 *
 * @param a - A period.
 * @param b - Another period.
 * @returns `true` when they overlap.
 * @example
 * periodsOverlap('2023', '2023-06')
 * //=> true
 */
export function periodsOverlap(a: string, b: string): boolean {
  const x = periodSpan(a);
  const y = periodSpan(b);
  return x.start < y.end && y.start < x.end;
}
