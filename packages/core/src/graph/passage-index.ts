import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import MiniSearch from 'minisearch';
import type { Dataset } from '../dataset/dataset.js';
import { formatNumberFr } from '../format/format-number-fr.js';
import type { AgendaItem } from '../schema/index.js';
import { normalizeText } from '../search/normalize.js';

/** One sentence or short text of the documents, with where it comes from. */
export interface Passage {
  readonly id: number;
  /** The fact-graph node it describes (`structure:espoir`, `meeting:2023-12-12-comite-strategique`). */
  readonly node: string;
  /** The node's display name. */
  readonly name: string;
  /** The field it was read from: `description`, `note`, `agenda`, `achievement`, `milestone`… */
  readonly field: string;
  readonly text: string;
  readonly source?: string;
  /** The period the passage is about, when the data dates it. */
  readonly period?: string;
}

/** A passage found for a query. */
export interface PassageHit {
  readonly passage: Passage;
  /** BM25 score (MiniSearch). */
  readonly score: number;
  /** How many distinct query terms it matched. */
  readonly matched: number;
  /** The query terms it matched, in index form (`passageTerm`). */
  readonly terms: readonly string[];
  /** How many distinct content terms the query had. */
  readonly queryTerms: number;
}

/** A full-text index of a dataset's free text. Build it with `passageIndexOf`. */
export interface PassageIndex {
  readonly passages: readonly Passage[];
  readonly search: MiniSearch<Passage>;
  /** Term → inverse document frequency, filled as terms are asked for. */
  readonly weights: Map<string, number>;
}

const STOP = new Set(stopwords.map((w) => normalizeText(w)));

// Stemming to a fixed point is most of an index's build, and a dataset's free text repeats its
// words: each word is stemmed once.
const TERM_MEMO_SIZE = 50_000;
const termMemo = new Map<string, string | null>();

/**
 * The index form of a word: lower case, French Snowball stem (applied until it no longer
 * changes), no accents; undefined for a stop word.
 *
 * @param word - A word as typed or written.
 * @returns Its term, or undefined when it carries no meaning.
 * @example
 * passageTerm('Maraîchage')
 * //=> 'maraichag'
 */
export function passageTerm(word: string): string | undefined {
  const known = termMemo.get(word);
  if (known !== undefined) return known === null ? undefined : known;
  const term = stemmedTerm(word);
  // Bounded: a long-running process meets every word its members type.
  if (termMemo.size >= TERM_MEMO_SIZE) termMemo.clear();
  termMemo.set(word, term ?? null);
  return term;
}

function stemmedTerm(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOP.has(normalizeText(lower))) return undefined;
  if (/^\d+$/.test(lower)) return lower;
  // Stemmed until it stays the same, so a term is its own term: « labellisé » and « label »
  // meet at « label », whichever of a word or its stem is looked up.
  let term = normalizeText(stemmer(lower));
  for (let i = 0; i < 3; i++) {
    const again = normalizeText(stemmer(term));
    if (again === term) break;
    term = again;
  }
  return term;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-ZÀ-Ý0-9«])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function agendaTitles(items: readonly AgendaItem[]): string[] {
  return items.flatMap((i) => [
    i.speaker ? `${i.title} (${i.speaker})` : i.title,
    ...agendaTitles(i.items ?? []),
  ]);
}

/** « (depuis 2023) », « (2021 – 2022) »: when a role was held, as the data dates it. */
function roleSpan(from: string | undefined, to: string | undefined): string {
  if (from && to) return from === to ? ` (${from})` : ` (${from} – ${to})`;
  if (from) return ` (depuis ${from})`;
  if (to) return ` (jusqu’en ${to})`;
  return '';
}

/** Every free-text field of a dataset, cut into sentences. */
function collectPassages(dataset: Dataset): Passage[] {
  const out: Passage[] = [];
  const push = (
    node: string,
    name: string,
    field: string,
    text: string | undefined,
    source?: string,
    period?: string,
  ) => {
    if (!text) return;
    for (const s of sentences(text))
      out.push({
        id: out.length,
        node,
        name,
        field,
        text: s,
        ...(source ? { source } : {}),
        ...(period ? { period } : {}),
      });
  };
  const { ptce } = dataset;
  const ptceId = `ptce:${ptce.id}`;
  push(ptceId, ptce.name, 'description', ptce.description, ptce.source);
  if (ptce.legalDefinition)
    push(ptceId, ptce.name, 'law', `${ptce.legalDefinition.reference} : ${ptce.legalDefinition.text}`);
  ptce.milestones.forEach((m, i) =>
    push(`milestone:${i + 1}`, m.title, 'milestone', m.title, m.source, m.period),
  );
  for (const e of ptce.territory.epcis)
    for (const c of e.conventions)
      push(`epci:${e.id}`, e.shortName, 'convention', c.note, c.source, c.period);
  for (const s of dataset.structures) {
    const id = `structure:${s.id}`;
    push(id, s.name, 'activities', s.activities.join(' ; '), s.source);
    push(id, s.name, 'description', s.description, s.source);
    for (const m of s.membership) push(id, s.name, 'membership', m.note, m.source, m.period);
  }
  for (const p of dataset.partners) push(`partner:${p.id}`, p.name, 'description', p.description, p.source);
  for (const b of dataset.bodies) {
    push(`body:${b.id}`, b.name, 'purpose', b.purpose, b.source);
    push(`body:${b.id}`, b.name, 'composition', b.composition, b.source);
  }
  for (const g of dataset.groups) {
    const id = `group:${g.id}`;
    push(id, g.name, 'objective', g.objective, g.source);
    push(id, g.name, 'description', g.description, g.source);
    for (const a of g.achievements) push(id, g.name, 'achievement', a, g.source);
    push(id, g.name, 'status', g.status.note, g.status.source ?? g.source, g.status.since);
    for (const sg of g.subgroups) {
      push(`subgroup:${sg.id}`, sg.name, 'objective', sg.objective, g.source);
      for (const a of sg.achievements) push(`subgroup:${sg.id}`, sg.name, 'achievement', a, g.source);
    }
  }
  for (const m of dataset.meetings) {
    const id = `meeting:${m.id}`;
    const day = m.start.slice(0, 10);
    push(id, m.title, 'title', m.place ? `${m.title} (${m.place})` : m.title, m.source, day);
    push(id, m.title, 'note', m.note, m.source, day);
    push(id, m.title, 'minutes', m.minutes?.summary, m.source, day);
    push(id, m.title, 'attendance', m.attendance?.note, m.source, day);
    for (const t of agendaTitles(m.agenda)) push(id, m.title, 'agenda', t, m.source, day);
  }
  for (const i of dataset.indicators) {
    const id = `indicator:${i.key}`;
    push(id, i.label, 'description', i.description);
    for (const o of i.observations) {
      const area = o.area ? (dataset.structureById.get(o.area)?.name ?? o.area) : undefined;
      const text = `${i.label}${area ? `, ${area}` : ''} (${o.period}) : ${formatNumberFr(o.value)}${o.note ? ` — ${o.note}` : ''}`;
      out.push({
        id: out.length,
        node: id,
        name: i.label,
        field: 'observation',
        text,
        source: o.source,
        period: o.period,
      });
    }
  }
  for (const p of dataset.people)
    for (const r of p.roles)
      push(
        `person:${p.id}`,
        p.name,
        'role',
        `${p.name} : ${r.title}${r.area ? `, ${r.area}` : ''}${roleSpan(r.from, r.to)}`,
        r.source,
        r.from,
      );
  return out;
}

/**
 * Indexes every free-text field of a dataset (descriptions, notes, agenda items, achievements,
 * milestones, observation notes) for BM25 retrieval, with French stemming and stop words.
 *
 * @param dataset - The dataset.
 * @returns The index `searchPassages` reads.
 * @example
 * buildPassageIndex(dataset).passages.some((p) => p.field === 'agenda')
 * //=> true
 */
export function buildPassageIndex(dataset: Dataset): PassageIndex {
  const passages = collectPassages(dataset);
  const search = new MiniSearch<Passage>({
    fields: ['text', 'name'],
    storeFields: [],
    processTerm: (term) => passageTerm(term) ?? null,
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
  });
  search.addAll(passages);
  return { passages, search, weights: new Map() };
}

const cache = new WeakMap<Dataset, PassageIndex>();

/**
 * The passage index of a dataset, built once and kept while the dataset lives.
 *
 * @param dataset - The dataset.
 * @returns Its passage index.
 * @example
 * passageIndexOf(dataset) === passageIndexOf(dataset)
 * //=> true
 */
export function passageIndexOf(dataset: Dataset): PassageIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildPassageIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}

/**
 * The passages that best answer a query (BM25, name field boosted twice less than the text).
 * Long words also match a close spelling or a longer word.
 *
 * @param index - A passage index.
 * @param query - The content words of a question.
 * @param limit - How many hits at most.
 * @param within - Keep only passages of these node kinds (`structure`, `meeting`…).
 * @returns The hits, best first.
 * @example
 * searchPassages(passageIndexOf(dataset), 'éco-pâturage animaux', 1)[0]?.passage.node
 * //=> 'structure:espoir'
 */
export function searchPassages(
  index: PassageIndex,
  query: string,
  limit = 3,
  within?: readonly string[],
): PassageHit[] {
  const terms = new Set(
    query
      .split(/[^\p{L}\p{N}]+/u)
      .map((w) => passageTerm(w))
      .filter((t): t is string => t !== undefined),
  );
  if (terms.size === 0) return [];
  // The terms are already in index form: stemming them again would change some (« entrepris »
  // would become « entrepr ») and they would no longer be the question's terms.
  const results = index.search.search([...terms].join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boost: { text: 2, name: 1 },
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    ...(within
      ? { filter: (r) => within.includes(String(index.passages[r.id as number]!.node.split(':')[0])) }
      : {}),
  });
  return results.slice(0, limit).map((r) => ({
    passage: index.passages[r.id as number]!,
    score: r.score,
    matched: new Set(r.queryTerms).size,
    terms: [...new Set(r.queryTerms)],
    queryTerms: terms.size,
  }));
}

/**
 * How much a term says: its inverse document frequency among the passages (a word the documents
 * never use weighs the most, a word of every passage the least).
 *
 * @param index - A passage index.
 * @param term - A term in index form (`passageTerm`).
 * @returns A weight above 0.
 * @example
 * termWeight(passageIndexOf(dataset), 'jardinag') > termWeight(passageIndexOf(dataset), 'group')
 * //=> true
 */
export function termWeight(index: PassageIndex, term: string): number {
  let weight = index.weights.get(term);
  if (weight === undefined) {
    const df = index.search.search(term, { prefix: term.length >= 5, fuzzy: false, fields: ['text'] }).length;
    weight = Math.log(1 + index.passages.length / (df + 0.5));
    index.weights.set(term, weight);
  }
  return weight;
}

/**
 * The share of a question's terms that a passage matched, each term weighted by `termWeight`.
 *
 * @param index - A passage index.
 * @param terms - The question's terms that count (index form).
 * @param hit - A hit of `searchPassages`.
 * @returns A number from 0 (nothing that matters matched) to 1.
 * @example
 * const index = buildPassageIndex(dataset);
 * weightedCoverage(index, ['animal', 'paturag'], searchPassages(index, 'animaux pâturage')[0])
 * //=> 1
 */
export function weightedCoverage(index: PassageIndex, terms: readonly string[], hit: PassageHit): number {
  const matched = new Set(hit.terms);
  let all = 0;
  let got = 0;
  for (const t of new Set(terms)) {
    const w = termWeight(index, t);
    all += w;
    if (matched.has(t)) got += w;
  }
  return all === 0 ? 0 : got / all;
}
