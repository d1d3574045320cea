import type { Dataset } from '../dataset/dataset.js';
import type { CadenceTarget } from '../governance/cadence-report.js';
import { yearMeetings } from '../governance/year-meetings.js';
import type { Cadence } from '../schema/index.js';

/** How many times a body or working group met in a year, against its cadence. */
export interface YearMeetingCount {
  readonly target: CadenceTarget;
  readonly held: number;
  readonly planned: number;
  readonly cancelled: number;
  readonly cadence?: Cadence;
  /** Meetings expected in the year (12 times the cadence for `per: month`). */
  readonly expected?: { readonly min: number; readonly max: number };
  /** Whether the held meetings fall within `expected`; absent without a cadence. */
  readonly withinCadence?: boolean;
}

/** The year to count. */
export interface MeetingsPerYearOptions {
  readonly year: number;
}

/**
 * Held, planned and cancelled meetings per body and per working group in a year, against the
 * cadence when one is declared. Counting follows `cadenceReport` (local start year, sub-groups
 * counted with their group), but on year totals only and on held meetings only: use
 * `cadenceReport` for the status in the course of a year and month by month.
 *
 * @param dataset - The dataset.
 * @param options - The year.
 * @returns One row per body, then per working group, in dataset order.
 * @example
 * meetingsPerYear(dataset, { year: 2023 }).find((r) => r.target.id === 'comite-operationnel')
 * //=> { target: { kind: 'body', id: 'comite-operationnel', name: 'Comité opérationnel' }, held: 1, planned: 0, cancelled: 0, cadence: { per: 'year', min: 3, max: 4 }, expected: { min: 3, max: 4 }, withinCadence: false }
 */
export function meetingsPerYear(dataset: Dataset, options: MeetingsPerYearOptions): YearMeetingCount[] {
  const targets = [
    ...dataset.bodies.map((b) => ({
      target: { kind: 'body' as const, id: b.id, name: b.name },
      cadence: b.cadence,
    })),
    ...dataset.groups.map((g) => ({
      target: { kind: 'group' as const, id: g.id, name: g.name },
      cadence: g.cadence,
    })),
  ];
  return targets.map(({ target, cadence }) => {
    const meetings = yearMeetings(dataset, target.id, options.year);
    const counts = {
      target,
      held: meetings.held.length,
      planned: meetings.planned.length,
      cancelled: meetings.cancelled.length,
    };
    if (!cadence) return counts;
    const factor = cadence.per === 'month' ? 12 : 1;
    const expected = { min: factor * cadence.min, max: factor * cadence.max };
    return {
      ...counts,
      cadence,
      expected,
      withinCadence: counts.held >= expected.min && counts.held <= expected.max,
    };
  });
}
