import { type Dataset, normalizeText, searchEntities, searchIndexOf } from '@ptce/core';
import type { TargetRef } from '../conversation/intent.js';
import { targetName } from '../meeting-text/target-name.js';
import { truncate } from './render-embed.js';

/** What an autocompleted option can name. */
export type ChoiceKind = TargetRef['kind'] | 'structure';

/** A name shown to the member and the id sent back. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** An autocomplete answer holds at most 25 choices. */
export const MAX_CHOICES = 25;

interface Candidate {
  readonly kind: ChoiceKind;
  readonly id: string;
  readonly name: string;
  readonly key: string;
}

function candidates(dataset: Dataset, kinds: readonly ChoiceKind[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (kind: ChoiceKind, id: string, name: string) =>
    out.push({ kind, id, name, key: normalizeText(`${name} ${id}`) });
  if (kinds.includes('body')) for (const b of dataset.bodies) add('body', b.id, b.name);
  if (kinds.includes('group')) for (const g of dataset.groups) add('group', g.id, targetName(dataset, g.id));
  if (kinds.includes('subgroup')) {
    for (const g of dataset.groups) {
      for (const s of g.subgroups) add('subgroup', s.id, targetName(dataset, s.id));
    }
  }
  if (kinds.includes('structure')) for (const s of dataset.structures) add('structure', s.id, s.name);
  return out;
}

/**
 * The choices for what a member is typing: names starting with it first, then names containing
 * it, then approximate matches (typos), in dataset order within each rank.
 */
export function matchingChoices(dataset: Dataset, query: string, kinds: readonly ChoiceKind[]): Choice[] {
  const all = candidates(dataset, kinds);
  const q = normalizeText(query);
  let ranked: Candidate[];
  if (q === '') {
    ranked = all;
  } else {
    const starts = all.filter((c) => c.key.startsWith(q) || c.key.includes(` ${q}`));
    const contains = all.filter((c) => !starts.includes(c) && c.key.includes(q));
    const fuzzy = searchEntities(searchIndexOf(dataset), query, kinds).flatMap((hit) => {
      const c = all.find((a) => a.id === hit.entity.id && a.kind === hit.entity.kind);
      return c && !starts.includes(c) && !contains.includes(c) ? [c] : [];
    });
    ranked = [...starts, ...contains, ...fuzzy];
  }
  return ranked.slice(0, MAX_CHOICES).map((c) => ({ name: truncate(c.name, 100), value: c.id }));
}

/** What an option value refers to: an id picked from the choices, or the best match for typed text. */
export function resolveChoice(
  dataset: Dataset,
  value: string,
  kinds: readonly ChoiceKind[],
): { kind: ChoiceKind; id: string } | undefined {
  const all = candidates(dataset, kinds);
  const exact = all.find((c) => c.id === value.trim());
  if (exact) return { kind: exact.kind, id: exact.id };
  const best = matchingChoices(dataset, value, kinds)[0];
  const found = best ? all.find((c) => c.id === best.value) : undefined;
  return found ? { kind: found.kind, id: found.id } : undefined;
}
