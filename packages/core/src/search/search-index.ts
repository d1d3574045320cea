import type { Dataset } from '../dataset/dataset.js';
import { editDistance, normalizeText, tokenize, typoTolerance } from './normalize.js';

/** The kinds of entity a question can mention. */
export type EntityKind =
  | 'structure'
  | 'partner'
  | 'person'
  | 'body'
  | 'group'
  | 'subgroup'
  | 'commune'
  | 'arrondissement'
  | 'epci'
  | 'indicator';

/** An entity with the names people use for it. */
export interface Entity {
  readonly kind: EntityKind;
  /** The id in the dataset (for communes, the normalised name). */
  readonly id: string;
  /** The display name. */
  readonly name: string;
}

/** An entity found in a text. */
export interface Mention {
  readonly entity: Entity;
  /** The name variant that matched. */
  readonly variant: string;
  /** Index of the first matched word in the text's words. */
  readonly start: number;
  /** Number of words matched. */
  readonly length: number;
  /** Total edit distance over the matched words (0 = exact). */
  readonly typos: number;
}

/** One name of an entity, normalised and split into words. */
export interface Variant {
  readonly entity: Entity;
  readonly text: string;
  readonly tokens: readonly string[];
}

/** A precomputed index of every name in a dataset. Build it once per dataset. */
export interface SearchIndex {
  readonly entities: readonly Entity[];
  readonly variants: readonly Variant[];
  /** Word → variants containing it. */
  readonly byToken: ReadonlyMap<string, readonly number[]>;
  /** One-deletion neighbourhoods of words → words, for typo lookups. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
}

// Words too common to anchor a match on their own.
const WEAK = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'a',
  'au',
  'aux',
  'en',
  'pour',
  'par',
  'sur',
]);

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Indexes every name and alias of a dataset's structures, partners, people, bodies, groups,
 * sub-groups, communes, arrondissements, EPCIs and indicators.
 *
 * @param dataset - The dataset.
 * @returns The index used by `findMentions` and `searchEntities`.
 * @example
 * buildSearchIndex(dataset).entities.filter((e) => e.kind === 'body').length
 * //=> 10
 */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const entities: Entity[] = [];
  const variants: Variant[] = [];
  const add = (kind: EntityKind, id: string, name: string, names: readonly (string | undefined)[]) => {
    const entity: Entity = { kind, id, name };
    entities.push(entity);
    const seen = new Set<string>();
    for (const raw of names) {
      if (!raw) continue;
      const text = normalizeText(raw);
      if (text === '' || seen.has(text)) continue;
      seen.add(text);
      variants.push({ entity, text, tokens: text.split(' ') });
    }
  };
  for (const s of dataset.structures) add('structure', s.id, s.name, [s.name, s.fullName, ...s.aliases]);
  for (const p of dataset.partners) add('partner', p.id, p.name, [p.name, ...p.aliases]);
  for (const p of dataset.people) add('person', p.id, p.name, [p.name, ...p.aliases]);
  for (const b of dataset.bodies) add('body', b.id, b.name, [b.name, b.shortName, ...b.aliases]);
  for (const g of dataset.groups) {
    // Members say « le GT3 » whether or not the file lists it as an alias.
    const numbered =
      g.number === undefined
        ? []
        : [`${dataset.ptce.groupPrefix}${g.number}`, `${dataset.ptce.groupPrefix} ${g.number}`];
    add('group', g.id, g.name, [g.name, ...numbered, ...g.aliases]);
    for (const s of g.subgroups) add('subgroup', s.id, s.name, [s.name, ...s.aliases]);
  }
  const territory = dataset.ptce.territory;
  for (const a of territory.arrondissements) add('arrondissement', a.id, a.name, [a.name, ...a.aliases]);
  for (const e of territory.epcis) add('epci', e.id, e.shortName, [e.shortName, e.name]);
  const communes = new Map<string, string>();
  for (const s of dataset.structures) {
    if (s.address) communes.set(normalizeText(s.address.commune), s.address.commune);
  }
  for (const [id, name] of communes) add('commune', id, name, [name]);
  for (const i of dataset.indicators) add('indicator', i.key, i.label, [i.label, ...i.aliases]);

  const byToken = new Map<string, number[]>();
  variants.forEach((v, index) => {
    for (const token of new Set(v.tokens)) {
      const list = byToken.get(token);
      if (list) list.push(index);
      else byToken.set(token, [index]);
    }
  });
  const deletions = new Map<string, string[]>();
  for (const token of byToken.keys()) {
    if (typoTolerance(token.length) === 0) continue;
    for (const d of [token, ...deletes(token)]) {
      const list = deletions.get(d);
      if (list) list.push(token);
      else deletions.set(d, [token]);
    }
  }
  return { entities, variants, byToken, deletions };
}

/** Vocabulary words within typo distance of a word, with their distance. */
function similarTokens(index: SearchIndex, word: string): Map<string, number> {
  const out = new Map<string, number>();
  if (index.byToken.has(word)) out.set(word, 0);
  const tolerance = typoTolerance(word.length);
  if (tolerance === 0) return out;
  for (const d of [word, ...deletes(word)]) {
    for (const candidate of index.deletions.get(d) ?? []) {
      if (out.has(candidate)) continue;
      const dist = editDistance(word, candidate, Math.min(tolerance, typoTolerance(candidate.length)));
      if (dist <= Math.min(tolerance, typoTolerance(candidate.length))) out.set(candidate, dist);
    }
  }
  return out;
}

/**
 * Finds the entities a text mentions, tolerating case, accents, elisions and a typo or two per
 * word. Longer and more exact matches win; overlapping weaker matches are dropped, but two
 * entities with the same name are both kept.
 *
 * @param index - The dataset's search index.
 * @param text - A question or phrase.
 * @returns The mentions, in text order.
 * @example
 * const index = buildSearchIndex(dataset);
 * findMentions(index, 'qui anime le groupe numerique responsable ?').map((m) => m.entity.id)
 * //=> ['gt6']
 */
export function findMentions(index: SearchIndex, text: string): Mention[] {
  const words = tokenize(text);
  const similar = words.map((w) => similarTokens(index, w));
  const candidates = new Set<number>();
  similar.forEach((map, i) => {
    if (WEAK.has(words[i]!)) return;
    for (const token of map.keys()) for (const v of index.byToken.get(token) ?? []) candidates.add(v);
  });
  const found: Mention[] = [];
  for (const vi of candidates) {
    const variant = index.variants[vi]!;
    const n = variant.tokens.length;
    for (let start = 0; start + n <= words.length; start++) {
      let typos = 0;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const dist = similar[start + k]!.get(variant.tokens[k]!);
        if (dist === undefined) ok = false;
        else typos += dist;
      }
      // A one-word match on a weak word, or a typo on a very short name, is noise.
      if (ok && n === 1 && WEAK.has(variant.tokens[0]!)) ok = false;
      if (ok) found.push({ entity: variant.entity, variant: variant.text, start, length: n, typos });
    }
  }
  found.sort((a, b) => b.length - a.length || a.typos - b.typos || a.start - b.start);
  const kept: Mention[] = [];
  const claimed: { start: number; end: number; length: number; typos: number }[] = [];
  for (const m of found) {
    const end = m.start + m.length;
    const clash = claimed.find((c) => m.start < c.end && end > c.start);
    if (clash && !(clash.start === m.start && clash.length === m.length && clash.typos === m.typos)) continue;
    if (kept.some((k) => k.entity === m.entity)) continue;
    kept.push(m);
    claimed.push({ start: m.start, end, length: m.length, typos: m.typos });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A ranked search result. */
export interface SearchHit {
  readonly entity: Entity;
  /** 1 for an exact name, lower for partial or approximate matches. */
  readonly score: number;
}

/**
 * Looks an entity up by name: exact names first, then names that contain the query, then
 * approximate matches.
 *
 * @param index - The dataset's search index.
 * @param query - What the person typed.
 * @param kinds - Entity kinds to keep (all by default).
 * @returns The hits, best first.
 * @example
 * const index = buildSearchIndex(dataset);
 * searchEntities(index, 'clef du permis', ['structure'])[0]?.entity.id
 * //=> 'la-clef-du-permis'
 */
export function searchEntities(
  index: SearchIndex,
  query: string,
  kinds?: readonly EntityKind[],
): SearchHit[] {
  const q = normalizeText(query);
  if (q === '') return [];
  const qTokens = q.split(' ');
  const best = new Map<Entity, number>();
  const keep = (entity: Entity, score: number) => {
    if (kinds && !kinds.includes(entity.kind)) return;
    if ((best.get(entity) ?? 0) < score) best.set(entity, score);
  };
  for (const v of index.variants) {
    if (v.text === q || v.entity.id === q) keep(v.entity, 1);
    else if (` ${v.text} `.includes(` ${q} `)) keep(v.entity, 0.8);
    else if (v.text.startsWith(q) && q.length >= 3) keep(v.entity, 0.7);
  }
  for (const m of findMentions(index, q)) {
    const coverage =
      m.length / Math.max(qTokens.length, index.variants.find((v) => v.text === m.variant)!.tokens.length);
    keep(m.entity, 0.6 * coverage - 0.05 * m.typos);
  }
  return [...best]
    .filter(([, score]) => score > 0.2)
    .map(([entity, score]) => ({ entity, score }))
    .sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name, 'fr'));
}
