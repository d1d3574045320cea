import {
  type Dataset,
  editDistance,
  normalizeText,
  type Registry,
  tokenize,
  typoTolerance,
} from '@ptce/core';
import { CUES, DEPARTMENTS, EPCI_FORMS, FUNCTION_WORDS, ROLE_WORDS } from '../vocabulary-fr.js';

// ── The static vocabulary, built once ────────────────────────────────────────────────────────

export function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** One-deletion neighbourhoods of words, the same typo lookup as core's search index. */
export function deletionMap(words: Iterable<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) {
    if (typoTolerance(word.length) === 0) continue;
    for (const d of [word, ...deletes(word)]) {
      const list = map.get(d);
      if (list) list.push(word);
      else map.set(d, [word]);
    }
  }
  return map;
}

/** The words of a map within typo distance of `word` (not `word` itself). */
export function typoNeighbours(word: string, map: ReadonlyMap<string, readonly string[]>): string[] {
  const tolerance = typoTolerance(word.length);
  if (tolerance === 0) return [];
  const out: string[] = [];
  for (const d of [word, ...deletes(word)]) {
    for (const candidate of map.get(d) ?? []) {
      if (candidate === word || out.includes(candidate)) continue;
      const max = Math.min(tolerance, typoTolerance(candidate.length));
      if (editDistance(word, candidate, max) <= max) out.push(candidate);
    }
  }
  return out;
}

export const ALL_CUE_PHRASES = Object.values(CUES).flat() as string[];
export const NORMALIZED_DEPARTMENTS = DEPARTMENTS.map((name) => ({ name, norm: normalizeText(name) })).sort(
  (a, b) => b.norm.length - a.norm.length,
);
/**
 * Every word the parser knows without the data: grammar, cues, roles. Not the départements:
 * "Lille" would pass for a typo of "Ille".
 */
export const STATIC_WORDS = new Set<string>([
  ...FUNCTION_WORDS,
  ...ALL_CUE_PHRASES.flatMap((p) => p.split(' ')),
  ...Object.keys(ROLE_WORDS).flatMap((p) => p.split(' ')),
]);
// Typos are forgiven on cue words of five letters or more only: "fetes" is not a typo of "etes".
export const FUNCTION_SET = new Set(FUNCTION_WORDS);
export const STATIC_DELETIONS = deletionMap(
  [...STATIC_WORDS].filter((w) => w.length >= 5 && !FUNCTION_SET.has(w)),
);
export const WEAK = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les']);
export const COUNT_WORDS = new Set<string>(CUES.count);

/** Words sharing their first six letters are taken for forms of one word ("emploi", "emplois"). */
export function stemOf(word: string): string {
  return word.length >= 6 ? word.slice(0, 6) : word;
}
/** Single words of the cues that count structures rather than name an indicator. */
export const GENERIC_WORDS = new Set<string>(CUES.structuresIn.filter((p) => !p.includes(' ')));

// ── What the data adds, built once per dataset ───────────────────────────────────────────────

export interface DatasetWords {
  /** Words of the PTCE, its carrier, territory and staff areas: known, though not entities. */
  readonly known: ReadonlySet<string>;
  /** Staff areas ("Littoral", "Bassin minier") with the stem people type. */
  readonly areas: readonly { readonly area: string; readonly stem: string }[];
  /** Words of the member structures' activities and descriptions. */
  readonly activityWords: readonly string[];
  /** The significant words of each body name and alias, for abbreviations. */
  readonly bodyNames: readonly { readonly id: string; readonly parts: readonly string[] }[];
  /** The first of those words, to skip questions that name no body. */
  readonly bodyFirsts: ReadonlySet<string>;
  /** EPCI names without their legal form ("baie d opale"), two words or more. */
  readonly epciNames: readonly { readonly id: string; readonly tokens: readonly string[] }[];
  /** The significant words of each indicator label and alias, with their stems. */
  readonly indicatorNames: readonly {
    readonly key: string;
    readonly tokens: readonly { readonly t: string; readonly stem: string }[];
  }[];
  /** The regional registry's region, normalised, per registry. */
  readonly regions: WeakMap<Registry, string>;
}

/** An EPCI name without its legal form and leading articles. */
export function epciShortName(name: string): string[] {
  const text = normalizeText(name);
  const form = EPCI_FORMS.find((f) => text.startsWith(`${f} `));
  const tokens = (form ? text.slice(form.length + 1) : text).split(' ');
  while (tokens.length > 0 && WEAK.has(tokens[0]!)) tokens.shift();
  return tokens;
}

export const datasetWords = new WeakMap<Dataset, DatasetWords>();

export function wordsOf(dataset: Dataset): DatasetWords {
  let words = datasetWords.get(dataset);
  if (words) return words;
  const { ptce } = dataset;
  const areaNames = new Set(
    dataset.people.flatMap((p) => p.roles.map((r) => r.area).filter((a): a is string => !!a)),
  );
  const known = new Set<string>(
    [
      ptce.id,
      ptce.name,
      ptce.carrier?.id,
      ptce.carrier?.name,
      ptce.carrier?.fullName,
      ptce.territory.name,
      ptce.territory.region,
      ...ptce.territory.departments,
      ...areaNames,
    ].flatMap((t) => (t ? tokenize(t) : [])),
  );
  const activityWords = new Set<string>();
  for (const s of dataset.structures)
    for (const w of tokenize([...s.activities, s.description ?? ''].join(' ')))
      if (w.length >= 5) activityWords.add(w);
  const bodyNames = dataset.bodies.flatMap((b) =>
    [b.name, ...b.aliases]
      .map((name) => ({ id: b.id, parts: tokenize(name).filter((t) => !WEAK.has(t)) }))
      .filter((n) => n.parts.length >= 2),
  );
  words = {
    known,
    areas: [...areaNames].map((area) => ({ area, stem: normalizeText(area).slice(0, 6) })),
    activityWords: [...activityWords],
    bodyNames,
    bodyFirsts: new Set(bodyNames.map((n) => n.parts[0]!)),
    epciNames: ptce.territory.epcis
      .map((e) => ({ id: e.id, tokens: epciShortName(e.name) }))
      .filter((e) => e.tokens.length >= 2),
    indicatorNames: dataset.indicators.flatMap((i) =>
      [i.label, ...i.aliases]
        .map((name) => ({
          key: i.key,
          tokens: tokenize(name)
            .filter((t) => t.length >= 3 && !FUNCTION_SET.has(t))
            .map((t) => ({ t, stem: stemOf(t) })),
        }))
        .filter((n) => n.tokens.length > 0),
    ),
    regions: new WeakMap(),
  };
  datasetWords.set(dataset, words);
  return words;
}
