import type { Dataset } from '../dataset/dataset.js';
import { indicator, type SourcedObservation } from './indicator.js';

/** The change from the previous point. */
export interface IndicatorChange {
  readonly absolute: number;
  /** In percent of the previous value; absent when the previous value is 0. */
  readonly percent?: number;
}

/** One period of an indicator's series. */
export interface IndicatorPoint {
  readonly period: string;
  /** The value, when every source agrees. */
  readonly value?: number;
  /** Every distinct value, in source order, when sources disagree. */
  readonly values?: readonly number[];
  readonly observations: readonly SourcedObservation[];
  /** From the previous point, when both have a single value. */
  readonly change?: IndicatorChange;
}

/** Which area the series is for. */
export interface IndicatorSeriesOptions {
  /** An area id; by default, the observations without area (the whole scope). */
  readonly area?: string;
}

/**
 * An indicator as a time series: one point per period, sorted, with its value when the sources
 * agree or all of them when they do not, and the change from the previous period.
 *
 * @param dataset - The dataset.
 * @param key - The indicator's key.
 * @param options - The area to follow (whole scope by default).
 * @returns The points, oldest first; empty when the key is unknown.
 * @example
 * indicatorSeries(dataset, 'members').map((p) => [p.period, p.value, p.change?.absolute])
 * //=> [['2021', 18, undefined], ['2022', 17, -1], ['2023', 20, 3]]
 */
export function indicatorSeries(
  dataset: Dataset,
  key: string,
  options: IndicatorSeriesOptions = {},
): IndicatorPoint[] {
  const reading = indicator(dataset, key);
  if (!reading) return [];
  const byPeriod = new Map<string, SourcedObservation[]>();
  for (const o of reading.observations) {
    if (o.area !== options.area) continue;
    const list = byPeriod.get(o.period);
    if (list) list.push(o);
    else byPeriod.set(o.period, [o]);
  }
  const points: IndicatorPoint[] = [];
  let previous: number | undefined;
  for (const [period, observations] of byPeriod) {
    const values = [...new Set(observations.map((o) => o.value))];
    if (values.length > 1) {
      points.push({ period, values, observations });
      previous = undefined;
      continue;
    }
    const value = values[0]!;
    const change =
      previous === undefined
        ? undefined
        : {
            absolute: value - previous,
            ...(previous === 0 ? {} : { percent: ((value - previous) / previous) * 100 }),
          };
    points.push(
      change === undefined ? { period, value, observations } : { period, value, observations, change },
    );
    previous = value;
  }
  return points;
}
