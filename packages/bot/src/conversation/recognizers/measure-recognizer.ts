import { type FactNode, type Indicator, normalizeText, passageTerm, tokenize } from '@ptce/core';
import type { QuestionFacts } from '../understand/question-facts.js';
import { COUNT_WORDS, FUNCTION_SET } from '../understand/vocabulary-index.js';
import { CUES } from '../vocabulary-fr.js';
import { type Candidate, SCORES } from './candidate.js';

/** Nouns that ask for a figure without « combien »: « le budget de la FLAC ». */
const MEASURE_NOUNS = new Set<string>([...CUES.count, 'budget', 'taux']);

/** Words that ask for a figure in a unit, whatever the indicator's label says (« combien d’argent »). */
const UNIT_WORDS: Readonly<Partial<Record<Indicator['unit'], ReadonlySet<string>>>> = {
  eur: new Set([
    'argent',
    'euros',
    'euro',
    'eur',
    'montant',
    'somme',
    'budget',
    'financement',
    'fonds',
    'cout',
    'coute',
    'lever',
    'collecter',
  ]),
  percent: new Set(['pourcentage', 'pourcent', 'taux', 'part', 'proportion']),
  jobs: new Set(['emplois', 'emploi', 'postes', 'etp']),
};

/** Label words that say whose figure it is, not what is counted (« d’une structure membre »). */
const OWNER_WORDS = new Set(['structure', 'structures', 'membre', 'membres', 'une', 'des']);

/** The things an indicator can be the figure of: a structure, a group, a subgroup, a partner. */
const OWNER_KINDS = ['structure', 'group', 'subgroup', 'partner'];

/** Two typed forms of one word: equal, or one the start of the other past four letters (« réuni », « réunions »). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * Whether an indicator is one node's figure: it has observations for it (`area`), or its label
 * names it (the names found, whose words then say whose figure it is, not what it counts).
 */
function figureOf(ind: Indicator, node: FactNode): { area: boolean; names: string[] } | undefined {
  if (node.ref !== undefined && ind.observations.some((o) => o.area === node.ref))
    return { area: true, names: [] };
  const label = ` ${[ind.label, ...ind.aliases].map((n) => normalizeText(n)).join(' | ')} `;
  const names = [node.name, ...node.aliases]
    .map((n) => normalizeText(n))
    .filter((n) => n.length >= 2 && label.includes(` ${n} `));
  return names.length > 0 ? { area: false, names } : undefined;
}

/** A word that carries meaning: not a French stop word, three letters or more. */
const meaningful = (w: string) => w.length >= 3 && passageTerm(w) !== undefined;

/**
 * How many of the question's own words name what an indicator counts: the words of its label and
 * aliases, less those that say whose figure it is (« structure membre ») or name its owner.
 */
function countedHits(
  ind: Indicator,
  typed: readonly string[],
  named: ReadonlySet<string> = new Set(),
): number {
  const counted = [ind.label, ...ind.aliases]
    .flatMap((n) => tokenize(n))
    .filter((t) => meaningful(t) && !OWNER_WORDS.has(t) && !named.has(t));
  const unit = UNIT_WORDS[ind.unit];
  return new Set(typed.filter((w) => counted.some((t) => sameWord(w, t)) || unit?.has(w))).size;
}

/**
 * How many of the question's words the notes of an indicator's values use, when they all do and
 * are two or more:
 * « combien faut-il réunir pour déposer le dossier » is the target whose note says « à réunir
 * pour déposer le dossier ».
 */
function noteHits(ind: Indicator, typed: readonly string[]): number {
  const words = [...ind.observations, ...ind.targets]
    .flatMap((v) => (v.note ? tokenize(v.note) : []))
    .filter((t) => meaningful(t));
  const asked = new Set(typed.filter((w) => !FUNCTION_SET.has(w)));
  const hits = [...asked].filter((w) => words.some((t) => sameWord(w, t))).length;
  // Every word of the question must be there: « combien d'animaux en éco-pâturage » is not the
  // count of employees whose note says « éco-pâturage 24 ».
  return hits >= 2 && hits === asked.size ? hits : 0;
}

/**
 * A figure of a named structure or group: « La Pose a combien de salariés ? », « le budget de la
 * FLAC », « le GT2 s’est réuni combien de fois en 2023 ? ». The indicator is one the data gives
 * for that node (an observation of its area, or its name in the label), and a word of the
 * question names what it counts.
 */
export function measureRecognizer(q: QuestionFacts): Candidate | undefined {
  if (q.asks !== undefined && q.asks !== 'count' && q.asks !== 'which') return undefined;
  const owners = q.links.filter((l) => OWNER_KINDS.includes(l.node.kind));
  if (owners.length === 0) return undefined;
  // The question's own words: outside names, neither grammar nor the asking.
  const typed = q.r.words.filter((w, i) => !q.linked[i] && meaningful(w) && !COUNT_WORDS.has(w));
  const asksFigure = q.asks === 'count' || q.r.words.some((w) => MEASURE_NOUNS.has(w));
  if (typed.length === 0 || !asksFigure) return undefined;
  let best: { keys: string[]; areas: Set<string>; hits: number } | undefined;
  for (const ind of q.ctx.dataset.indicators) {
    const of = owners.flatMap((l) => {
      const how = figureOf(ind, l.node);
      return how ? [{ node: l.node, ...how }] : [];
    });
    if (of.length === 0) continue;
    const named = new Set(of.flatMap((o) => o.names.flatMap((n) => n.split(' '))));
    const hits = countedHits(ind, typed, named) || noteHits(ind, typed);
    if (hits === 0) continue;
    const areas = new Set(of.flatMap((o) => (o.area && o.node.ref !== undefined ? [o.node.ref] : [])));
    if (!best || hits > best.hits) best = { keys: [ind.key], areas, hits };
    else if (hits === best.hits) {
      best.keys.push(ind.key);
      for (const a of areas) best.areas.add(a);
    }
  }
  // A figure the data gives per structure, but not for this one (« ATIS a combien de salariés ? »):
  // read for it all the same, so the answer says the documents do not give it.
  if (!best) best = unobserved(q, typed, owners);
  if (!best) return undefined;
  const year = q.period?.precision === 'year' ? Number(q.period.from.slice(0, 4)) : undefined;
  return {
    intent: {
      kind: 'indicator',
      keys: best.keys,
      ...(year === undefined ? {} : { year }),
      ...(best.areas.size > 0 ? { areas: [...best.areas] } : {}),
    },
    score: q.asks === 'count' ? SCORES.measureCount : SCORES.measure,
    by: 'measure',
  };
}

/** The per-area indicator whose label names what the question counts, read for owners it has no value for. */
function unobserved(
  q: QuestionFacts,
  typed: readonly string[],
  owners: QuestionFacts['links'],
): { keys: string[]; areas: Set<string>; hits: number } | undefined {
  const areas = new Set(owners.flatMap((l) => (l.node.ref === undefined ? [] : [l.node.ref])));
  if (areas.size === 0) return undefined;
  let best: { keys: string[]; areas: Set<string>; hits: number } | undefined;
  for (const ind of q.ctx.dataset.indicators) {
    if (!ind.observations.some((o) => o.area !== undefined)) continue;
    const hits = countedHits(ind, typed);
    if (hits > 0 && (!best || hits > best.hits)) best = { keys: [ind.key], areas, hits };
  }
  return best;
}
