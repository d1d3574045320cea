import type { Dataset } from '../dataset/dataset.js';

/** A column of the participation matrix. */
export interface ParticipationGroup {
  readonly id: string;
  readonly name: string;
  readonly number?: number;
  /** How many structures the group lists. */
  readonly structures: number;
}

/** A row of the participation matrix. */
export interface ParticipationRow {
  readonly structure: { readonly id: string; readonly name: string };
  /** One cell per group, in `groups` order: `true` when the group lists the structure. */
  readonly cells: readonly boolean[];
  /** How many groups the structure takes part in. */
  readonly count: number;
}

/** Which member structure takes part in which working group. */
export interface ParticipationMatrix {
  readonly groups: readonly ParticipationGroup[];
  readonly rows: readonly ParticipationRow[];
}

/**
 * Which structure takes part in which working group. Rows are every structure, columns every
 * working group, both in dataset order. Sub-groups are not columns: the data lists structures on
 * groups only. Ids a group lists that are not structures (a partner, a typo) are ignored.
 *
 * @param dataset - The dataset.
 * @returns The columns, and one row per structure.
 * @example
 * participationMatrix(dataset).rows.find((r) => r.structure.id === 'espoir')?.count
 * //=> 2
 */
export function participationMatrix(dataset: Dataset): ParticipationMatrix {
  const members = dataset.groups.map((g) => new Set(g.structures));
  const groups = dataset.groups.map((g, i) => ({
    id: g.id,
    name: g.name,
    ...(g.number === undefined ? {} : { number: g.number }),
    structures: dataset.structures.filter((s) => members[i]!.has(s.id)).length,
  }));
  const rows = dataset.structures.map((s) => {
    const cells = members.map((set) => set.has(s.id));
    return { structure: { id: s.id, name: s.name }, cells, count: cells.filter(Boolean).length };
  });
  return { groups, rows };
}
