import type { Dataset } from '../dataset/dataset.js';
import type { Body, Person, Structure, SubGroup, WorkingGroup } from '../schema/index.js';
import { normalizeText } from './normalize.js';
import { buildSearchIndex, type EntityKind, type SearchIndex, searchEntities } from './search-index.js';

// Memoised per dataset: datasets are immutable, so the index never goes stale.
const indexes = new WeakMap<Dataset, SearchIndex>();

/**
 * The search index of a dataset, built on first use and reused after.
 *
 * @param dataset - The dataset.
 * @returns Its search index.
 * @example
 * searchIndexOf(dataset) === searchIndexOf(dataset)
 * //=> true
 */
export function searchIndexOf(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildSearchIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

function lookup<T>(
  dataset: Dataset,
  query: string,
  kinds: readonly EntityKind[],
  byId: ReadonlyMap<string, T>,
): T[] {
  const direct = byId.get(query.trim());
  if (direct) return [direct];
  const hits = searchEntities(searchIndexOf(dataset), query, kinds);
  const top = hits[0]?.score ?? 0;
  return hits
    .filter((h) => h.score >= top - 1e-9)
    .flatMap((h) => {
      const item = byId.get(h.entity.id);
      return item ? [item] : [];
    });
}

/**
 * Finds member structures by id, name or alias, ignoring case and accents and tolerating
 * typos. Several structures come back only when they match equally well.
 *
 * @param dataset - The dataset.
 * @param query - An id (`capep`) or a name (`Clef du permis`).
 * @returns The best matching structures (usually one), or none.
 * @example
 * findStructures(dataset, 'la clef du permi').map((s) => s.id)
 * //=> ['la-clef-du-permis']
 */
export function findStructures(dataset: Dataset, query: string): Structure[] {
  return lookup(dataset, query, ['structure'], dataset.structureById);
}

/** Criteria for `filterStructures`; every given criterion must hold. */
export interface StructureFilter {
  readonly arrondissement?: string;
  readonly epci?: string;
  /** A commune name, matched without case or accents. */
  readonly commune?: string;
  /** A word or phrase found in the activities or description. */
  readonly activity?: string;
  /** A year (« 1990 »): the structures founded in it. */
  readonly founded?: string;
}

/**
 * The structures located in an arrondissement, EPCI or commune, doing an activity, or founded in a year.
 *
 * @param dataset - The dataset.
 * @param filter - The criteria.
 * @returns The matching structures, sorted by name.
 * @example
 * filterStructures(dataset, { commune: 'valenciennes' }).map((s) => s.name)
 * //=> ['Handélice', 'Interface Emploi', 'Interleukin', 'La Maison du Vélo', 'La Pose', 'Mutuelle Just', 'POINFOR', 'STAJ']
 */
export function filterStructures(dataset: Dataset, filter: StructureFilter): Structure[] {
  const texts = structureTextsOf(dataset);
  const commune = filter.commune === undefined ? undefined : normalizeText(filter.commune);
  const activity = filter.activity === undefined ? undefined : normalizeText(filter.activity);
  const pool = commune === undefined ? dataset.structures : (texts.byCommune.get(commune) ?? []);
  return pool
    .filter((s) => {
      if (filter.arrondissement !== undefined && s.address?.arrondissement !== filter.arrondissement)
        return false;
      if (filter.epci !== undefined && s.address?.epci !== filter.epci) return false;
      if (filter.founded !== undefined && !(s.founded ?? '').startsWith(filter.founded)) return false;
      if (activity !== undefined && !` ${texts.activity.get(s)} `.includes(` ${activity}`)) return false;
      return true;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

interface StructureTexts {
  readonly byCommune: ReadonlyMap<string, readonly Structure[]>;
  readonly activity: ReadonlyMap<Structure, string>;
}

// Normalised communes and activities, memoised per (immutable) dataset.
const structureTexts = new WeakMap<Dataset, StructureTexts>();

function structureTextsOf(dataset: Dataset): StructureTexts {
  let texts = structureTexts.get(dataset);
  if (!texts) {
    const byCommune = new Map<string, Structure[]>();
    const activity = new Map<Structure, string>();
    for (const s of dataset.structures) {
      const commune = normalizeText(s.address?.commune ?? '');
      byCommune.set(commune, [...(byCommune.get(commune) ?? []), s]);
      activity.set(s, normalizeText([...s.activities, s.description ?? ''].join(' ')));
    }
    texts = { byCommune, activity };
    structureTexts.set(dataset, texts);
  }
  return texts;
}

/**
 * The working groups a structure takes part in.
 *
 * @param dataset - The dataset.
 * @param structureId - The structure's id.
 * @returns The groups that list it, in dataset order.
 * @example
 * groupsOfStructure(dataset, 'capep').map((g) => g.id)
 * //=> ['gt5', 'gt7-dechets']
 */
export function groupsOfStructure(dataset: Dataset, structureId: string): WorkingGroup[] {
  return dataset.groups.filter((g) => g.structures.includes(structureId));
}

const GROUP_NUMBER = /^(?:gt|groupe(?: de travail)?|groupe de travail n|gt n|groupe n)\s*(?:n\s*)?(\d{1,2})$/;

/**
 * The number a text gives for a working group (`GT5`, `gt 5`, `groupe de travail n°5`).
 *
 * @param text - The text.
 * @returns The number, or `undefined`.
 * @example
 * groupNumberOf('GT n°7')
 * //=> 7
 */
export function groupNumberOf(text: string): number | undefined {
  const m = GROUP_NUMBER.exec(normalizeText(text));
  return m ? Number(m[1]) : undefined;
}

/** A working group, or a sub-group with its parent group. */
export type GroupMatch =
  | { readonly kind: 'group'; readonly group: WorkingGroup }
  | { readonly kind: 'subgroup'; readonly group: WorkingGroup; readonly subgroup: SubGroup };

/**
 * Finds working groups by number (`GT5`, `gt 5`), id, name, alias or keyword of the name.
 * A number shared by two groups returns both.
 *
 * @param dataset - The dataset.
 * @param query - What the person typed.
 * @returns The matching groups or sub-groups, best first.
 * @example
 * findGroups(dataset, 'gt 7').map((m) => m.group.id)
 * //=> ['gt7-dechets', 'gt7-alimentation']
 */
export function findGroups(dataset: Dataset, query: string): GroupMatch[] {
  const n = groupNumberOf(query);
  if (n !== undefined) {
    return dataset.groups.filter((g) => g.number === n).map((group) => ({ kind: 'group', group }));
  }
  const byId = dataset.groupById.get(query.trim());
  if (byId) return [{ kind: 'group', group: byId }];
  const hits = searchEntities(searchIndexOf(dataset), query, ['group', 'subgroup']);
  const top = hits[0]?.score ?? 0;
  return hits
    .filter((h) => h.score >= top - 1e-9)
    .flatMap((h): GroupMatch[] => {
      if (h.entity.kind === 'group') {
        const group = dataset.groupById.get(h.entity.id);
        return group ? [{ kind: 'group', group }] : [];
      }
      const ref = dataset.subgroupById.get(h.entity.id);
      return ref ? [{ kind: 'subgroup', group: ref.group, subgroup: ref.subgroup }] : [];
    });
}

/**
 * Finds governance bodies by id, name, short name or alias (`copil`, `CA`, `comité strat`).
 *
 * @param dataset - The dataset.
 * @param query - What the person typed.
 * @returns The best matching bodies.
 * @example
 * findBodies(dataset, 'comite strat').map((b) => b.id)
 * //=> ['comite-strategique']
 */
export function findBodies(dataset: Dataset, query: string): Body[] {
  return lookup(dataset, query, ['body'], dataset.bodyById);
}

/**
 * Finds people by id, name or alias.
 *
 * @param dataset - The dataset.
 * @param query - A name, with or without accents.
 * @returns The best matching people.
 * @example
 * findPeople(dataset, 'isabelle hary').map((p) => p.id)
 * //=> ['isabelle-hary']
 */
export function findPeople(dataset: Dataset, query: string): Person[] {
  return lookup(dataset, query, ['person'], dataset.personById);
}
