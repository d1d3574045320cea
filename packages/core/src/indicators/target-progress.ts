import type { Dataset } from '../dataset/dataset.js';
import type { Target } from '../schema/index.js';
import { indicator, type SourcedObservation } from './indicator.js';
import { periodSpan } from './period-span.js';

/** How far an indicator is from its target. */
export interface TargetProgress {
  readonly target: Target;
  /** The latest whole-scope observation up to the end of the target's period. */
  readonly current?: SourcedObservation;
  /** `current.value / target.value` (1 = reached); absent without a current value or with a 0 target. */
  readonly share?: number;
}

/** Which target to measure against. */
export interface TargetProgressOptions {
  /** The target's period: exact, else the first target within it or containing it. Default: the latest target. */
  readonly period?: string;
}

/**
 * Progress of an indicator towards a target: the target, the latest observation that is not
 * after the target's period (the first source when several give that period), and their ratio.
 *
 * @param dataset - The dataset.
 * @param key - The indicator's key.
 * @param options - The target's period (latest target by default).
 * @returns The target, the current observation and the share, or `undefined` when the indicator
 *   or the target does not exist.
 * With an observation `{ period: '2024-04', value: 60000 }`, the result would add `current` and
 * `share: 0.6`.
 * @example
 * targetProgress(dataset, 'fondation-territoriale-fonds', { period: '2024' })
 * //=> { target: { period: '2024', value: 100000, note: 'Total des engagements des fondateurs à réunir pour déposer le dossier auprès de la Fondation de France mi-mai.', source: 'rapport-activite-2023' } }
 */
export function targetProgress(
  dataset: Dataset,
  key: string,
  options: TargetProgressOptions = {},
): TargetProgress | undefined {
  const reading = indicator(dataset, key);
  if (!reading) return undefined;
  const targets = [...reading.indicator.targets].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
  const { period } = options;
  const target =
    period === undefined
      ? targets[targets.length - 1]
      : (targets.find((t) => t.period === period) ??
        targets.find((t) => t.period.startsWith(period) || period.startsWith(t.period)));
  if (!target) return undefined;
  const end = periodSpan(target.period).end;
  const candidates = reading.observations.filter(
    (o) => o.area === undefined && periodSpan(o.period).start < end,
  );
  const latest = candidates[candidates.length - 1]?.period;
  const current = candidates.find((o) => o.period === latest);
  if (!current) return { target };
  return target.value === 0 ? { target, current } : { target, current, share: current.value / target.value };
}
