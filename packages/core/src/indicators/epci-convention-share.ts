import type { Dataset } from '../dataset/dataset.js';
import { indicator } from './indicator.js';
import { periodsOverlap } from './period-span.js';
import { type SourceInfo, sourceInfo } from './source-info.js';

/** How many of the territory's EPCIs had a convention with the PTCE in a period. */
export interface EpciConventionShare {
  readonly period: string;
  readonly withConvention: number;
  /** The territory's EPCIs. */
  readonly total: number;
  /** `withConvention / total`, from 0 to 1. */
  readonly share: number;
  /** `territory` when counted from the EPCIs' conventions, `indicator` when read from `epci-conventions`. */
  readonly basis: 'territory' | 'indicator';
  /** The EPCI ids with a convention (territory basis only). */
  readonly epcis?: readonly string[];
  readonly sources: readonly SourceInfo[];
  /** `true` when the `epci-conventions` sources disagree; the first source's value is used. */
  readonly disagreement?: boolean;
}

/** The key of the declared indicator used when the EPCIs record no conventions. */
export const EPCI_CONVENTIONS_KEY = 'epci-conventions';

/**
 * The share of the territory's EPCIs that had a convention with the PTCE during a period.
 * Counted from the EPCIs' `conventions` (a convention whose period overlaps the one asked);
 * when no EPCI records any convention at all, read from the observation of the
 * `epci-conventions` indicator for that period (exact period first, else the latest within it).
 *
 * @param dataset - The dataset.
 * @param period - A year, month or day (`2023`).
 * @returns The count, total and share, or `undefined` when the territory lists no EPCI or
 *   nothing is known for the period.
 * @example
 * epciConventionShare(dataset, '2023')
 * //=> { period: '2023', withConvention: 4, total: 5, share: 0.8, basis: 'indicator', sources: [{ id: 'rapport-activite-2023', title: "PHARE, rapport d'activité de l'année 2023", date: '2024' }], disagreement: false }
 */
export function epciConventionShare(dataset: Dataset, period: string): EpciConventionShare | undefined {
  const epcis = dataset.ptce.territory.epcis;
  const total = epcis.length;
  if (total === 0) return undefined;
  if (epcis.some((e) => e.conventions.length > 0)) {
    const signed = epcis.filter((e) => e.conventions.some((c) => periodsOverlap(c.period, period)));
    const sourceIds = [
      ...new Set(
        signed.flatMap((e) =>
          e.conventions.filter((c) => periodsOverlap(c.period, period)).map((c) => c.source),
        ),
      ),
    ];
    return {
      period,
      withConvention: signed.length,
      total,
      share: signed.length / total,
      basis: 'territory',
      epcis: signed.map((e) => e.id),
      sources: sourceIds.map((id) => sourceInfo(dataset, id)),
    };
  }
  const observations = indicator(dataset, EPCI_CONVENTIONS_KEY, { period })?.observations.filter(
    (o) => o.area === undefined,
  );
  if (!observations || observations.length === 0) return undefined;
  const exact = observations.filter((o) => o.period === period);
  const latestPeriod = observations[observations.length - 1]!.period;
  const chosen = exact.length > 0 ? exact : observations.filter((o) => o.period === latestPeriod);
  const first = chosen[0]!;
  return {
    period,
    withConvention: first.value,
    total,
    share: first.value / total,
    basis: 'indicator',
    sources: chosen.map((o) => o.source),
    disagreement: first.disagreement,
  };
}
