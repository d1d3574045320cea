import type { Dataset, DatedMeeting } from '@ptce/core';
import { targetName } from '../meeting-text/target-name.js';

/** The meetings a compte-rendu is expected for, by body or group, then by year (latest first). */
export interface MinutesShelf {
  readonly target: string;
  readonly name: string;
  readonly years: readonly { readonly year: number; readonly meetings: readonly DatedMeeting[] }[];
}

/**
 * Every meeting of a body or a group that has a compte-rendu or should have one (it is over and
 * was not cancelled), grouped by body or group in dataset order, then by year, latest first.
 */
export function minutesShelves(
  dataset: Dataset,
  meetings: readonly DatedMeeting[],
  now: Date,
  filter: { target?: string; year?: number } = {},
): MinutesShelf[] {
  const byTarget = new Map<string, Map<number, DatedMeeting[]>>();
  for (const m of meetings) {
    const target = m.body ?? m.group;
    if (target === undefined || m.status === 'cancelled') continue;
    if (m.minutes === undefined && m.when.endsAt > now.getTime()) continue;
    const shelf = dataset.subgroupById.get(target)?.group.id ?? target;
    if (filter.target !== undefined && shelf !== filter.target) continue;
    if (filter.year !== undefined && m.when.start.year !== filter.year) continue;
    let years = byTarget.get(shelf);
    if (!years) {
      years = new Map();
      byTarget.set(shelf, years);
    }
    const list = years.get(m.when.start.year) ?? [];
    list.push(m);
    years.set(m.when.start.year, list);
  }
  const order = [...dataset.bodies.map((b) => b.id), ...dataset.groups.map((g) => g.id)];
  return order
    .filter((id) => byTarget.has(id))
    .map((id) => ({
      target: id,
      name: targetName(dataset, id),
      years: [...byTarget.get(id)!.entries()]
        .sort(([a], [b]) => b - a)
        .map(([year, list]) => ({ year, meetings: list })),
    }));
}

/** How many comptes-rendus are for the members only. */
export function membersOnlyCount(shelves: readonly MinutesShelf[]): number {
  let n = 0;
  for (const shelf of shelves)
    for (const y of shelf.years) for (const m of y.meetings) if (m.minutes?.visibility === 'members') n++;
  return n;
}
