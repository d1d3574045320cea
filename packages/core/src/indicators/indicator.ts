import type { Dataset } from '../dataset/dataset.js';
import type { Indicator, Observation } from '../schema/index.js';
import { type SourceInfo, sourceInfo } from './source-info.js';

/** An observation with its source resolved and a flag for conflicting sources. */
export interface SourcedObservation {
  readonly period: string;
  readonly value: number;
  /** Arrondissement, EPCI or structure id, when the value is not for the whole scope. */
  readonly area?: string;
  readonly note?: string;
  readonly source: SourceInfo;
  /** `true` when another source gives a different value for the same period and area. */
  readonly disagreement: boolean;
}

/** A declared indicator and the observations asked for. */
export interface IndicatorReading {
  readonly indicator: Indicator;
  readonly observations: readonly SourcedObservation[];
}

/** Which observations to keep. */
export interface IndicatorQuery {
  /** `2023` keeps `2023`, `2023-06`, `2023-06-30`…; `2023-06` keeps `2023-06` and its days. */
  readonly period?: string;
  /** Keep only the observations of these areas (a structure, an EPCI, an arrondissement). */
  readonly areas?: readonly string[];
}

/**
 * The observations of a declared indicator, each with its source (id, title, date). Sources are
 * never reconciled: when several give different values for the same period (and area), every
 * one of them is returned with `disagreement: true`.
 *
 * @param dataset - The dataset.
 * @param key - The indicator's key.
 * @param query - An optional period: exact, or a prefix (a year keeps its months and days); optional
 *   areas, to keep one structure's or one territory's figures.
 * @returns The indicator and its observations sorted by period (source order within a period),
 *   or `undefined` when no indicator has that key.
 * @example
 * indicator(dataset, 'members', { period: '2023' })?.observations.map((o) => [o.value, o.source.id, o.disagreement])
 * //=> [[20, 'rapport-activite-2023', false]]
 * @example
 * indicator(dataset, 'structure-members', { areas: ['la-flac'], period: '2021' })?.observations.map((o) => o.value)
 * //=> [900]
 */
export function indicator(
  dataset: Dataset,
  key: string,
  query: IndicatorQuery = {},
): IndicatorReading | undefined {
  const declared = dataset.indicatorByKey.get(key);
  if (!declared) return undefined;
  const valuesBy = new Map<string, Set<number>>();
  for (const o of declared.observations) {
    const k = groupKey(o);
    const values = valuesBy.get(k) ?? new Set<number>();
    values.add(o.value);
    valuesBy.set(k, values);
  }
  const { period, areas } = query;
  const observations = declared.observations
    .filter((o) => period === undefined || o.period.startsWith(period))
    .filter((o) => areas === undefined || (o.area !== undefined && areas.includes(o.area)))
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.period < b.o.period ? -1 : a.o.period > b.o.period ? 1 : a.i - b.i))
    .map(
      ({ o }): SourcedObservation => ({
        period: o.period,
        value: o.value,
        ...(o.area === undefined ? {} : { area: o.area }),
        ...(o.note === undefined ? {} : { note: o.note }),
        source: sourceInfo(dataset, o.source),
        disagreement: (valuesBy.get(groupKey(o))?.size ?? 1) > 1,
      }),
    );
  return { indicator: declared, observations };
}

function groupKey(o: Observation): string {
  return `${o.period}|${o.area ?? ''}`;
}
