import {
  type Dataset,
  editDistance,
  findMentions,
  groupNumberOf,
  type Mention,
  normalizeText,
  type Registry,
  type SearchIndex,
  searchIndexOf,
  tokenize,
  typoTolerance,
} from '@ptce/core';
import type { AgendaPeriod, ConversationContext, Intent, TargetRef } from './intent.js';
import { CUES, type Cue, DEPARTMENTS, EPCI_FORMS, FUNCTION_WORDS, ROLE_WORDS } from './vocabulary-fr.js';

// ── The static vocabulary, built once ────────────────────────────────────────────────────────

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** One-deletion neighbourhoods of words, the same typo lookup as core's search index. */
function deletionMap(words: Iterable<string>): Map<string, string[]> {
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
function typoNeighbours(word: string, map: ReadonlyMap<string, readonly string[]>): string[] {
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

const ALL_CUE_PHRASES = Object.values(CUES).flat() as string[];
const NORMALIZED_DEPARTMENTS = DEPARTMENTS.map((name) => ({ name, norm: normalizeText(name) })).sort(
  (a, b) => b.norm.length - a.norm.length,
);
/**
 * Every word the parser knows without the data: grammar, cues, roles. Not the départements:
 * "Lille" would pass for a typo of "Ille".
 */
const STATIC_WORDS = new Set<string>([
  ...FUNCTION_WORDS,
  ...ALL_CUE_PHRASES.flatMap((p) => p.split(' ')),
  ...Object.keys(ROLE_WORDS).flatMap((p) => p.split(' ')),
]);
// Typos are forgiven on cue words of five letters or more only: "fetes" is not a typo of "etes".
const FUNCTION_SET = new Set(FUNCTION_WORDS);
const STATIC_DELETIONS = deletionMap([...STATIC_WORDS].filter((w) => w.length >= 5 && !FUNCTION_SET.has(w)));
const WEAK = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les']);
const COUNT_WORDS = new Set<string>(CUES.count);

/** Words sharing their first six letters are taken for forms of one word ("emploi", "emplois"). */
function stemOf(word: string): string {
  return word.length >= 6 ? word.slice(0, 6) : word;
}
/** Single words of the cues that count structures rather than name an indicator. */
const GENERIC_WORDS = new Set<string>(CUES.structuresIn.filter((p) => !p.includes(' ')));

// ── What the data adds, built once per dataset ───────────────────────────────────────────────

interface DatasetWords {
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
function epciShortName(name: string): string[] {
  const text = normalizeText(name);
  const form = EPCI_FORMS.find((f) => text.startsWith(`${f} `));
  const tokens = (form ? text.slice(form.length + 1) : text).split(' ');
  while (tokens.length > 0 && WEAK.has(tokens[0]!)) tokens.shift();
  return tokens;
}

const datasetWords = new WeakMap<Dataset, DatasetWords>();

function wordsOf(dataset: Dataset): DatasetWords {
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

// ── A question, read ─────────────────────────────────────────────────────────────────────────

/** Entity kinds whose words are names: cue words inside them ("numérique responsable") are not cues. */
const NAME_KINDS = new Set<Mention['entity']['kind']>([
  'structure',
  'person',
  'body',
  'group',
  'subgroup',
  'commune',
  'arrondissement',
  'epci',
]);

interface Reading {
  readonly dataset: Dataset;
  readonly index: SearchIndex;
  readonly raw: string;
  readonly norm: string;
  readonly words: readonly string[];
  /** The words as typed (case and accents kept), aligned with `words` when possible. */
  readonly typed: readonly string[];
  readonly mentions: readonly Mention[];
  /** Per word, the vocabulary words it stands for (itself, or what its typo meant). */
  readonly meanings: readonly (readonly string[])[];
  readonly matched: ReadonlySet<string>;
  /** The normalised text, padded, with the words of names blanked out. */
  readonly cueText: string;
  /** Per word: inside a mention of any entity. */
  readonly covered: readonly boolean[];
  /** Per word: inside a name (not an indicator or a partner). */
  readonly named: readonly boolean[];
}

const SHORT_ALIAS_CONTEXT =
  /\b(le|la|du|au|des|les|l|d|un|une|prochain|prochaine|dernier|derniere|son|sa|notre)\s+$/;

/** Drops two-letter aliases ("CA", "AG") written in lower case without a determiner before them. */
function plausible(raw: string, words: readonly string[], mention: Mention): boolean {
  if (mention.variant.length > 2) return true;
  const upper = new RegExp(`(^|[^A-Za-zÀ-ÿ])${mention.variant.toUpperCase()}([^A-Za-zÀ-ÿ]|$)`);
  if (upper.test(raw)) return true;
  return SHORT_ALIAS_CONTEXT.test(`${words.slice(0, mention.start).join(' ')} `);
}

/**
 * People named by part of their name, which core does not match: the first name and the start of
 * a compound surname ("Amélie Lefebvre" for "Amélie Lefebvre-Chombart"), or a first name alone
 * when one person has it and no unknown word (another surname) follows.
 */
function partialPeople(index: SearchIndex, words: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length < 3 || STATIC_WORDS.has(w)) continue;
    const variants = (index.byToken.get(w) ?? []).map((vi) => index.variants[vi]!);
    if (variants.some((v) => v.entity.kind !== 'person')) continue;
    const next = words[i + 1];
    const pair = variants.find((v) => v.tokens.length >= 3 && v.tokens[0] === w && v.tokens[1] === next);
    if (pair) {
      out.push({ entity: pair.entity, variant: pair.text, start: i, length: 2, typos: 0 });
      continue;
    }
    const first = [
      ...new Set(variants.filter((v) => v.tokens.length >= 2 && v.tokens[0] === w).map((v) => v.entity)),
    ];
    const nextUnknown = next !== undefined && !STATIC_WORDS.has(next) && !index.byToken.has(next);
    if (first.length === 1 && !nextUnknown)
      out.push({ entity: first[0]!, variant: w, start: i, length: 1, typos: 0 });
  }
  return out;
}

/** EPCIs named without their legal form ("Baie d’Opale"): core matches full names only. */
function epciMentions(dataset: Dataset, index: SearchIndex, words: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const { id, tokens } of wordsOf(dataset).epciNames) {
    for (let i = 0; i + tokens.length <= words.length; i++) {
      if (!tokens.every((t, k) => words[i + k] === t)) continue;
      const entity = index.entities.find((e) => e.kind === 'epci' && e.id === id);
      if (entity) out.push({ entity, variant: tokens.join(' '), start: i, length: tokens.length, typos: 0 });
      break;
    }
  }
  return out;
}

/** Adds mentions found here to core's, a longer one replacing the shorter ones it overlaps. */
function merged(found: readonly Mention[], extra: readonly Mention[]): Mention[] {
  const overlaps = (a: Mention, b: Mention) => a.start < b.start + b.length && b.start < a.start + a.length;
  const kept = extra.filter((e) => !found.some((m) => overlaps(m, e) && m.length >= e.length));
  return [...found.filter((m) => !kept.some((e) => overlaps(m, e))), ...kept].sort(
    (a, b) => a.start - b.start,
  );
}

function read(question: string, dataset: Dataset): Reading {
  // "ça" is not the conseil d'administration: spell it out before accents go away.
  const raw = question.replace(/\bça\b/giu, 'cela').replace(/\bÇa\b/gu, 'Cela');
  const norm = normalizeText(raw);
  const words = norm === '' ? [] : norm.split(' ');
  const typedWords = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const typed = typedWords.length === words.length ? typedWords : words;
  const index = searchIndexOf(dataset);
  const found = findMentions(index, raw).filter((m) => plausible(raw, words, m));
  const mentions = merged(found, [...partialPeople(index, words), ...epciMentions(dataset, index, words)]);
  const covered = words.map(() => false);
  const named = words.map(() => false);
  for (const m of mentions)
    for (let i = m.start; i < m.start + m.length; i++) {
      covered[i] = true;
      if (NAME_KINDS.has(m.entity.kind)) named[i] = true;
    }
  const meanings = words.map((w, i) => {
    if (named[i]) return [];
    if (STATIC_WORDS.has(w)) return [w];
    // A name from the data is not a typo of a cue ("just" is not "juste").
    if (index.byToken.has(w)) return [];
    return typoNeighbours(w, STATIC_DELETIONS);
  });
  return {
    dataset,
    index,
    raw,
    norm,
    words,
    typed,
    mentions,
    meanings,
    matched: new Set(meanings.flat()),
    cueText: ` ${words.map((w, i) => (named[i] ? '_' : w)).join(' ')} `,
    covered,
    named,
  };
}

/** Whether the question carries one of a cue's phrases. */
function has(r: Reading, cue: Cue): boolean {
  return CUES[cue].some((phrase) =>
    phrase.includes(' ') ? r.cueText.includes(` ${phrase} `) : r.matched.has(phrase),
  );
}

/** The index of the last word that carries one of the cues, or -1. */
function lastCueAt(r: Reading, cues: readonly Cue[], extra: readonly string[] = []): number {
  let at = -1;
  const phrases = [...cues.flatMap((c) => CUES[c] as readonly string[]), ...extra];
  r.meanings.forEach((m, i) => {
    if (m.some((w) => phrases.includes(w))) at = i;
  });
  for (const phrase of phrases) {
    if (!phrase.includes(' ')) continue;
    const n = phrase.split(' ').length;
    for (let i = 0; i + n <= r.words.length; i++)
      if (r.words.slice(i, i + n).join(' ') === phrase) at = Math.max(at, i + n - 1);
  }
  return at;
}

/** Whether a word is known: grammar, cue, a name from the data, a number, or a typo of one. */
function knownWord(r: Reading, word: string): boolean {
  if (STATIC_WORDS.has(word) || r.index.byToken.has(word) || wordsOf(r.dataset).known.has(word)) return true;
  if (/^\d+$/.test(word) || /^gt\d{1,2}$/.test(word)) return true;
  if (typoNeighbours(word, STATIC_DELETIONS).length > 0) return true;
  return typoNeighbours(word, r.index.deletions).length > 0;
}

const unexplained = new WeakMap<Reading, readonly number[]>();

/** Indexes of the words nothing explains: what the data does not know about. */
function residual(r: Reading, except: ReadonlySet<number> = new Set()): number[] {
  let all = unexplained.get(r);
  if (!all) {
    all = r.words.flatMap((w, i) => (!r.covered[i] && !knownWord(r, w) ? [i] : []));
    unexplained.set(r, all);
  }
  return all.filter((i) => !except.has(i));
}

function entitiesOf(r: Reading, kind: Mention['entity']['kind']): string[] {
  const ids: string[] = [];
  for (const m of r.mentions) if (m.entity.kind === kind && !ids.includes(m.entity.id)) ids.push(m.entity.id);
  return ids;
}

function years(r: Reading): number[] {
  return r.words.filter((w) => /^(19|20|21)\d{2}$/.test(w)).map(Number);
}

// ── Bodies, groups, meetings ─────────────────────────────────────────────────────────────────

/**
 * Bodies named by an abbreviation of their name: "comité strat", "comité op", "conseil d'admin".
 * The first significant word must match, each following one must start the next word typed.
 */
function abbreviatedBodies(r: Reading): string[] {
  const found: string[] = [];
  const { bodyFirsts } = wordsOf(r.dataset);
  if (!r.words.some((w, i) => bodyFirsts.has(w) || r.meanings[i]!.some((m) => bodyFirsts.has(m))))
    return found;
  // Words already inside a name are not the start of an abbreviation.
  const kept = r.words.flatMap((w, i) => (WEAK.has(w) || r.covered[i] ? [] : [{ w, meant: r.meanings[i]! }]));
  for (const { id, parts } of wordsOf(r.dataset).bodyNames) {
    if (found.includes(id)) continue;
    for (let i = 0; i + parts.length <= kept.length; i++) {
      const first = kept[i]!;
      if (first.w !== parts[0] && !first.meant.includes(parts[0]!)) continue;
      const rest = parts.slice(1).every((p, k) => {
        const w = kept[i + 1 + k]!.w;
        return w.length >= 2 && (p.startsWith(w) || editDistance(w, p, 1) <= 1);
      });
      if (rest) {
        found.push(id);
        break;
      }
    }
  }
  return found;
}

const GROUP_NUMBER_IN_TEXT = /\b(?:gt|groupe de travail|groupe)\s*(?:n|no|numero)?\s*(\d{1,2})\b/;

function groupTargets(r: Reading): { targets: TargetRef[]; missingNumber?: number } {
  const named: TargetRef[] = [];
  for (const m of r.mentions) {
    const { kind, id } = m.entity;
    if ((kind === 'group' || kind === 'subgroup') && !named.some((t) => t.id === id))
      named.push({ kind, id });
  }
  const m = GROUP_NUMBER_IN_TEXT.exec(r.norm) ?? /\bgt(\d{1,2})\b/.exec(r.norm);
  if (!m) return { targets: named };
  const n = groupNumberOf(`gt ${m[1]}`)!;
  const numbered = r.dataset.groups.filter((g) => g.number === n);
  if (numbered.length === 0) return { targets: [], missingNumber: n };
  // "GT7 déchets": the name picks one of the groups that share the number.
  const picked = named.filter((t) => numbered.some((g) => g.id === t.id));
  const base: TargetRef[] =
    picked.length > 0 ? picked : numbered.map((g): TargetRef => ({ kind: 'group', id: g.id }));
  return {
    targets: [...base, ...named.filter((t) => !base.some((b) => b.id === t.id) && t.kind === 'group')],
  };
}

/** "la semaine prochaine", "le mois prochain", "au prochain trimestre": the next calendar period. */
function nextPeriod(r: Reading): boolean {
  return /\b(semaine|mois|trimestre|annee) prochaine?\b|\bprochaine? (semaine|mois|trimestre|annee)\b/.test(
    r.norm,
  );
}

function agendaPeriod(r: Reading): AgendaPeriod {
  if (has(r, 'week')) return 'semaine';
  if (has(r, 'quarter')) return 'trimestre';
  if (/\b(annee|an)\b/.test(r.norm)) return 'annee';
  return 'mois';
}

const WHERE = /(^|[^\p{L}])où([^\p{L}]|$)/iu;

function placeQuestion(r: Reading): boolean {
  // "Où en est le GT3 ?" asks how it is going.
  if (/\bou en (est|sont)\b/.test(r.norm)) return false;
  if (WHERE.test(r.raw)) return true;
  if (/^ou\b/.test(r.norm) || /\bou (se|a|aura|auront|sera|seront|est|ont|sont|ca|cela)\b/.test(r.norm))
    return true;
  return has(r, 'place') && !has(r, 'when');
}

function meetingIntent(r: Reading, targets: readonly TargetRef[]): Intent | undefined {
  if (has(r, 'minutes')) return { kind: 'meeting-minutes', targets };
  if (has(r, 'agendaItems')) return { kind: 'meeting-agenda', targets };
  if (has(r, 'last')) return { kind: 'last-meeting', targets };
  if (placeQuestion(r) && (targets.length > 0 || has(r, 'meetingWords') || has(r, 'next')))
    return { kind: 'meeting-place', targets };
  if (has(r, 'next') || has(r, 'meetingWords') || has(r, 'when') || has(r, 'meets'))
    return { kind: 'next-meeting', targets };
  return undefined;
}

function cadenceAsked(r: Reading): boolean {
  return has(r, 'cadence') || (has(r, 'meets') && !has(r, 'when') && !has(r, 'next'));
}

function bodyIntent(r: Reading, bodies: readonly string[], year: number | undefined): Intent {
  if (has(r, 'compliance') || (year !== undefined && cadenceAsked(r)))
    return year === undefined
      ? { kind: 'body-compliance', bodies }
      : { kind: 'body-compliance', bodies, year };
  if (cadenceAsked(r)) return { kind: 'body-cadence', bodies };
  if (has(r, 'composition')) return { kind: 'body-composition', bodies };
  const targets = bodies.map((id): TargetRef => ({ kind: 'body', id }));
  const meeting = meetingIntent(r, targets);
  if (year !== undefined && (meeting === undefined || meeting.kind === 'next-meeting') && !has(r, 'next'))
    return { kind: 'body-compliance', bodies, year };
  return meeting ?? { kind: 'next-meeting', targets };
}

function groupAspect(r: Reading): Extract<Intent, { kind: 'group-info' }>['aspect'] {
  if (has(r, 'facilitators')) return 'facilitators';
  if (has(r, 'copilots')) return 'copilots';
  if (has(r, 'structuresOf')) return 'structures';
  if (has(r, 'objective')) return 'objective';
  if (has(r, 'achievements')) return 'achievements';
  return 'all';
}

function groupIntent(r: Reading, groups: readonly TargetRef[]): Intent {
  const aspect = groupAspect(r);
  if (aspect === 'all') {
    const meeting = meetingIntent(r, groups);
    if (meeting) return meeting;
  }
  return { kind: 'group-info', groups, aspect };
}

// ── Structures, people, figures ──────────────────────────────────────────────────────────────

type StructureAspect = Extract<Intent, { kind: 'structure-info' }>['aspect'];

/** The aspect a structure question asks about, when a cue says it. */
function structureAspectCue(r: Reading): Exclude<StructureAspect, 'all' | 'groups'> | undefined {
  if (has(r, 'president')) return 'president';
  if (has(r, 'director')) return 'director';
  if (has(r, 'address')) return 'address';
  if (has(r, 'activities')) return 'activities';
  return undefined;
}

function structureAspect(r: Reading): StructureAspect {
  const cue = structureAspectCue(r);
  if (cue === 'president' || cue === 'director') return cue;
  if (cue === 'address' || placeQuestion(r)) return 'address';
  if (/\b(groupes?|gt)\b/.test(r.norm)) return 'groups';
  return cue ?? 'all';
}

function roleOf(r: Reading): string | undefined {
  for (const [phrase, role] of Object.entries(ROLE_WORDS)) {
    if (phrase.includes(' ') ? r.cueText.includes(` ${phrase} `) : r.matched.has(phrase)) return role;
  }
  return undefined;
}

function areaOf(r: Reading): string | undefined {
  for (const { area, stem } of wordsOf(r.dataset).areas)
    if (stem.length >= 4 && r.words.some((w) => w.startsWith(stem))) return area;
  return undefined;
}

/** The words typed after index `at`, without the leading grammar words: an unknown name. */
function nameAfter(r: Reading, at: number): string {
  let i = at + 1;
  while (i < r.words.length && FUNCTION_SET.has(r.words[i]!)) i++;
  return r.typed.slice(i).join(' ');
}

/** Indicators named in the question; generic words ("membres") yield to a place or a precise indicator. */
function indicatorMentions(r: Reading, withPlace: boolean): string[] {
  const found = r.mentions.filter((m) => m.entity.kind === 'indicator');
  const generic = (m: Mention) => m.variant.split(' ').every((w) => GENERIC_WORDS.has(w));
  const precise = found.filter((m) => !generic(m));
  const kept = withPlace || precise.length > 0 ? precise : found;
  return [...new Set(kept.map((m) => m.entity.id))];
}

/**
 * The indicator whose label or aliases share the most words with the question ("combien d'EPCI
 * ont conventionné" → "EPCI ayant conventionné"), with the question words it used.
 */
function indicatorByWords(r: Reading): { key: string; used: Set<number> } | undefined {
  const candidates = r.words
    .map((w, i) => ({ w, i, stem: stemOf(w) }))
    .filter(({ w, i }) => !r.named[i] && w.length >= 3 && !FUNCTION_SET.has(w) && !COUNT_WORDS.has(w));
  if (candidates.length === 0) return undefined;
  let best: { key: string; used: Set<number>; score: number; hits: number } | undefined;
  for (const { key, tokens } of wordsOf(r.dataset).indicatorNames) {
    const used = new Set<number>();
    for (const { t, stem } of tokens) {
      const c = candidates.find((x) => x.w === t || (x.stem.length >= 5 && stem === x.stem));
      if (c) used.add(c.i);
    }
    if (used.size === 0) continue;
    const score = used.size / tokens.length;
    if (!best || score > best.score || (score === best.score && used.size > best.hits))
      best = { key, used, score, hits: used.size };
  }
  return best && best.score >= 0.5 ? { key: best.key, used: best.used } : undefined;
}

/** The PTCE's count of member structures: the indicator whose label is only generic words. */
function membersIndicator(dataset: Dataset): string | undefined {
  const generic = (t: string) => GENERIC_WORDS.has(t) || GENERIC_WORDS.has(t.replace(/e?s?$/, 's'));
  return dataset.indicators.find(
    (i) =>
      i.scope === 'ptce' &&
      tokenize(i.label)
        .filter((t) => !WEAK.has(t))
        .every(generic),
  )?.key;
}

function indicatorIntent(r: Reading, keys: readonly string[], ys: readonly number[]): Intent {
  const change = has(r, 'change') || ys.length >= 2;
  const year = ys[ys.length - 1];
  return {
    kind: 'indicator',
    keys,
    ...(year === undefined || change ? {} : { year }),
    ...(change ? { change } : {}),
  };
}

/** An activity word of the member structures ("insertion", "vélo"), as typed, with its index. */
function activityOf(r: Reading): { activity: string; at: number } | undefined {
  const { activityWords } = wordsOf(r.dataset);
  for (let i = 0; i < r.words.length; i++) {
    const w = r.words[i]!;
    if (w.length < 4 || r.named[i] || STATIC_WORDS.has(w)) continue;
    const stem = w.replace(/s$/, '');
    if (activityWords.some((a) => a.startsWith(stem)))
      return { activity: r.typed[i]!.replace(/s$/, ''), at: i };
  }
  return undefined;
}

// ── PTCEs in general ─────────────────────────────────────────────────────────────────────────

function departmentOf(r: Reading, registry: Registry | undefined): string | undefined {
  const byCode = registry?.ptces.find(
    (p) => p.departmentCode !== undefined && r.words.includes(p.departmentCode.toLowerCase()),
  );
  if (byCode) return byCode.department;
  const padded = ` ${r.norm} `;
  const found = NORMALIZED_DEPARTMENTS.find((d) => padded.includes(` ${d.norm} `));
  if (!found) return undefined;
  // The registry's own spelling, when it has PTCEs there.
  return registry?.ptces.find((p) => normalizeText(p.department) === found.norm)?.department ?? found.name;
}

function regionalIntent(r: Reading, registryOf: () => Registry | undefined): Intent | undefined {
  const ptceWord = /\b(ptce|poles)\b/.test(r.norm);
  // Read the registry only for questions that may be about it: it is loaded on demand.
  if (!ptceWord && !has(r, 'regional')) return undefined;
  const registry = registryOf();
  const department = ptceWord ? departmentOf(r, registry) : undefined;
  const { regions } = wordsOf(r.dataset);
  let region: string | undefined;
  if (registry) {
    region = regions.get(registry) ?? normalizeText(registry.registry.region);
    regions.set(registry, region);
  }
  const inRegion = region !== undefined && region !== '' && ` ${r.norm} `.includes(` ${region} `);
  if (!has(r, 'regional') && !(ptceWord && (department !== undefined || inRegion))) return undefined;
  return department === undefined ? { kind: 'regional-ptces' } : { kind: 'regional-ptces', department };
}

// ── The parser ───────────────────────────────────────────────────────────────────────────────

/**
 * Understands a French question: finds the entities it names (from the dataset, with typos,
 * accents and abbreviations tolerated) and what is asked about them. A question with words the
 * data does not explain, and no entity to anchor it, is not guessed at.
 *
 * @returns The intent; `unknown` when nothing fits.
 */
export function parseIntent(question: string, ctx: ConversationContext): Intent {
  const { dataset } = ctx;
  const r = read(question, dataset);
  if (r.words.length === 0) return { kind: 'help' };
  const unknown: Intent = { kind: 'unknown', text: question };
  const ys = years(r);
  const year = ys[ys.length - 1];
  const withYear = <T extends object>(o: T) => (year === undefined ? o : { ...o, year });

  if (has(r, 'definition') && !has(r, 'charter')) return { kind: 'ptce-definition' };
  if (has(r, 'charter')) return { kind: 'ptce-charter' };
  if (has(r, 'motto')) return { kind: 'ptce-motto' };
  const regional = regionalIntent(r, () => ctx.registry);
  if (regional) return regional;

  const groups = groupTargets(r);
  if (groups.missingNumber !== undefined)
    return { kind: 'group-not-found', number: groups.missingNumber, text: question };
  const structures = entitiesOf(r, 'structure');
  if (groups.targets.length > 0 && structures.length === 0) return groupIntent(r, groups.targets);

  const places = {
    commune: entitiesOf(r, 'commune')[0],
    arrondissement: entitiesOf(r, 'arrondissement')[0],
    epci: entitiesOf(r, 'epci')[0],
  };
  const hasPlace = Object.values(places).some((p) => p !== undefined);
  let indicators = indicatorMentions(r, hasPlace);
  // "Combien d'EPCI sur le territoire": a label that explains more words than the one named.
  const byWords = has(r, 'count') ? indicatorByWords(r) : undefined;
  if (byWords && indicators.length > 0) {
    const longest = Math.max(...r.mentions.filter((m) => m.entity.kind === 'indicator').map((m) => m.length));
    if (byWords.used.size > longest) indicators = [byWords.key];
  }
  const bodies = [...new Set([...entitiesOf(r, 'body'), ...abbreviatedBodies(r)])];
  if (bodies.length > 0 && indicators.length === 0) return bodyIntent(r, bodies, year);
  if (structures.length > 0) return { kind: 'structure-info', structures, aspect: structureAspect(r) };
  const people = entitiesOf(r, 'person');
  if (people.length > 0) return { kind: 'contact', person: people[0]! };

  if (
    has(r, 'groupList') &&
    !has(r, 'count') &&
    !has(r, 'next') &&
    !has(r, 'last') &&
    residual(r).length === 0
  )
    return { kind: 'group-list' };
  if (hasPlace && indicators.length === 0) {
    if (residual(r).length > 0) return unknown;
    return {
      kind: 'structures-in',
      ...(places.commune === undefined ? {} : { commune: places.commune }),
      ...(places.arrondissement === undefined ? {} : { arrondissement: places.arrondissement }),
      ...(places.epci === undefined ? {} : { epci: places.epci }),
    };
  }
  if (indicators.length > 0) return indicatorIntent(r, indicators, ys);

  // Figures named in other words than the indicator's label.
  if (byWords) return residual(r, byWords.used).length > 0 ? unknown : indicatorIntent(r, [byWords.key], ys);

  // People and structures asked about by role, or by a name the data does not have.
  const role = roleOf(r);
  const area = areaOf(r);
  const aspect = structureAspectCue(r);
  const contactCue = has(r, 'contact');
  if (role !== undefined || contactCue || aspect === 'president' || aspect === 'director') {
    const left = residual(r);
    if (left.length === 0) {
      if (role !== undefined || contactCue || area !== undefined)
        return {
          kind: 'contact',
          ...(role === undefined ? {} : { role }),
          ...(area === undefined ? {} : { area }),
        };
    } else {
      const at = lastCueAt(r, ['contact', 'president', 'director', 'address'], Object.keys(ROLE_WORDS));
      if (at < 0 || left.some((i) => i < at)) return unknown;
      if (aspect === 'president' || aspect === 'director')
        return { kind: 'structure-info', structures: [], aspect };
      return { kind: 'contact', person: nameAfter(r, at) };
    }
  }
  if (aspect === 'address') {
    const left = residual(r);
    if (left.length > 0) {
      const at = lastCueAt(r, ['address']);
      return at >= 0 && left.every((i) => i > at)
        ? { kind: 'structure-info', structures: [], aspect }
        : unknown;
    }
  }

  if (has(r, 'structuresIn') && !has(r, 'count')) {
    const activity = activityOf(r);
    if (activity !== undefined)
      return residual(r, new Set([activity.at])).length > 0
        ? unknown
        : { kind: 'structures-in', activity: activity.activity };
  }

  // Whatever follows needs no entity, so every word must be explained.
  if (residual(r).length > 0) return unknown;
  if (has(r, 'indicatorsOverview')) return withYear({ kind: 'indicators-overview' as const });
  if (has(r, 'count') && [...GENERIC_WORDS].some((w) => r.matched.has(w))) {
    const members = membersIndicator(dataset);
    return { kind: 'indicator', keys: members ? [members] : [], ...(year === undefined ? {} : { year }) };
  }
  if (has(r, 'governance')) return withYear({ kind: 'governance' as const });
  if (has(r, 'agenda'))
    return year === undefined
      ? { kind: 'agenda', period: agendaPeriod(r), ...(nextPeriod(r) ? { offset: 1 as const } : {}) }
      : { kind: 'agenda', period: 'annee', year };
  if (has(r, 'groupList') && !has(r, 'next') && !has(r, 'last')) return { kind: 'group-list' };
  const meeting = meetingIntent(r, []);
  if (meeting) return meeting;
  if (has(r, 'help')) return { kind: 'help' };
  return unknown;
}
