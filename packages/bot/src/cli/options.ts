import { localEndInstant, localStartInstant, parseLocalDate } from '@ptce/core';
import { UsageError } from './io.js';

/** Parses `--now`: an ISO instant, or a local date-time read in the time zone. */
export function parseNow(
  value: string | undefined,
  timeZone: string,
  clock: () => Date = () => new Date(),
): Date {
  if (value === undefined) return clock();
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const local = parseLocalDate(value.length === 16 || value.length === 10 ? value : value.slice(0, 16));
  if (!local || local.precision === 'year' || local.precision === 'month') {
    throw new UsageError(
      `Date invalide pour --now : « ${value} » (attendu : 2023-12-01 ou 2023-12-01T09:00).`,
    );
  }
  return localStartInstant(local, timeZone);
}

/** Parses a `--from`/`--to` day or month into the start (or exclusive end) of that span. */
export function parseDayBound(value: string, option: string, timeZone: string, edge: 'start' | 'end'): Date {
  const local = parseLocalDate(value);
  if (!local || local.precision === 'datetime') {
    throw new UsageError(
      `Date invalide pour ${option} : « ${value} » (attendu : AAAA-MM-JJ, AAAA-MM ou AAAA).`,
    );
  }
  return edge === 'start' ? localStartInstant(local, timeZone) : localEndInstant(local, timeZone);
}
