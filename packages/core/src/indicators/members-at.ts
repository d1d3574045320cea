import type { Dataset } from '../dataset/dataset.js';
import type { Structure } from '../schema/index.js';
import { periodSpan, periodsOverlap } from './period-span.js';

/** The member structures of a period and how they break down. */
export interface MembersAt {
  readonly period: string;
  readonly total: number;
  /** In dataset order. */
  readonly structures: readonly Structure[];
  /** Count per arrondissement id (`unknown` when the address does not say). */
  readonly byArrondissement: Readonly<Record<string, number>>;
  /** Count per EPCI id (`unknown` when the address does not say). */
  readonly byEpci: Readonly<Record<string, number>>;
  /** Count per structure kind. */
  readonly byKind: Readonly<Record<string, number>>;
}

/**
 * The structures attested as members during a period. A structure counts when one of its
 * membership records overlaps the period (a `2023-06` list counts for `2023`, a `2023` list for
 * `2023-06`), or when it joined before the period ends and had not left before it begins (a
 * structure that left during the period still counts for it).
 *
 * @param dataset - The dataset.
 * @param period - A year, month or day (`2023`).
 * @returns The members, with counts by arrondissement, EPCI and kind.
 * @example
 * membersAt(dataset, '2023').byArrondissement
 * //=> { cambrai: 5, valenciennes: 15 }
 */
export function membersAt(dataset: Dataset, period: string): MembersAt {
  const span = periodSpan(period);
  const structures = dataset.structures.filter((s) => {
    if (s.membership.some((record) => periodsOverlap(record.period, period))) return true;
    if (s.joined === undefined || periodSpan(s.joined).start >= span.end) return false;
    return s.left === undefined || periodSpan(s.left).end > span.start;
  });
  return {
    period,
    total: structures.length,
    structures,
    byArrondissement: countBy(structures, (s) => s.address?.arrondissement),
    byEpci: countBy(structures, (s) => s.address?.epci),
    byKind: countBy(structures, (s) => s.kind),
  };
}

function countBy(
  structures: readonly Structure[],
  key: (s: Structure) => string | undefined,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of structures) {
    const k = key(s) ?? 'unknown';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
