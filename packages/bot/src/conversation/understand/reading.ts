import {
  type Dataset,
  findMentions,
  type Mention,
  normalizeText,
  type SearchIndex,
  searchIndexOf,
} from '@ptce/core';
import { CHAT_SPELLINGS, CLIPPED_WORDS, CUES, type Cue } from '../vocabulary-fr.js';
import { STATIC_DELETIONS, STATIC_WORDS, typoNeighbours, wordsOf } from './vocabulary-index.js';

// ── A question, read ─────────────────────────────────────────────────────────────────────────

/** Entity kinds whose words are names: cue words inside them ("numérique responsable") are not cues. */
export const NAME_KINDS = new Set<Mention['entity']['kind']>([
  'structure',
  'person',
  'body',
  'group',
  'subgroup',
  'commune',
  'arrondissement',
  'epci',
]);

export interface Reading {
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

export const SHORT_ALIAS_CONTEXT =
  /\b(le|la|du|au|des|les|l|d|un|une|prochain|prochaine|dernier|derniere|son|sa|notre)\s+$/;

/** Drops two-letter aliases ("CA", "AG") written in lower case without a determiner before them. */
export function plausible(raw: string, words: readonly string[], mention: Mention): boolean {
  // « avril » is the month, not a typo of « ARIL »; « après » is a word, not a typo of « APES ».
  if (mention.typos > 0 && mention.length === 1 && STATIC_WORDS.has(words[mention.start] ?? '')) return false;
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
export function partialPeople(index: SearchIndex, words: readonly string[]): Mention[] {
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
export function epciMentions(dataset: Dataset, index: SearchIndex, words: readonly string[]): Mention[] {
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
export function merged(found: readonly Mention[], extra: readonly Mention[]): Mention[] {
  const overlaps = (a: Mention, b: Mention) => a.start < b.start + b.length && b.start < a.start + a.length;
  const kept = extra.filter((e) => !found.some((m) => overlaps(m, e) && m.length >= e.length));
  return [...found.filter((m) => !kept.some((e) => overlaps(m, e))), ...kept].sort(
    (a, b) => a.start - b.start,
  );
}

export function read(question: string, dataset: Dataset): Reading {
  // "ça" is not the conseil d'administration: spell it out before accents go away.
  const raw = question
    .replace(/\bça\b/giu, 'cela')
    .replace(/\bÇa\b/gu, 'Cela')
    .replace(/(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])/gu, (w) => CLIPPED_WORDS.get(w.toLowerCase()) ?? w);
  const words = normalizeText(raw)
    .split(' ')
    .filter(Boolean)
    .map((w) => CHAT_SPELLINGS.get(w) ?? w);
  // « qu'est-ce qui est au programme » asks what, not who: its « qui » is not a person's.
  // Word for word, so the mentions found in the raw text keep their positions.
  for (let i = 3; i < words.length; i++)
    if (words[i] === 'qui' && words[i - 1] === 'ce' && words[i - 2] === 'est' && words[i - 3] === 'qu')
      words[i] = 'quoi';
  const norm = words.join(' ');
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
export function has(r: Reading, cue: Cue): boolean {
  return CUES[cue].some((phrase) =>
    phrase.includes(' ') ? r.cueText.includes(` ${phrase} `) : r.matched.has(phrase),
  );
}

/** The index of the last word that carries one of the cues, or -1. */
export function lastCueAt(r: Reading, cues: readonly Cue[], extra: readonly string[] = []): number {
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
export function knownWord(r: Reading, word: string): boolean {
  if (STATIC_WORDS.has(word) || r.index.byToken.has(word) || wordsOf(r.dataset).known.has(word)) return true;
  if (/^\d+$/.test(word) || /^gt\d{1,2}$/.test(word)) return true;
  if (typoNeighbours(word, STATIC_DELETIONS).length > 0) return true;
  return typoNeighbours(word, r.index.deletions).length > 0;
}

export const unexplained = new WeakMap<Reading, readonly number[]>();

/** Indexes of the words nothing explains: what the data does not know about. */
export function residual(r: Reading, except: ReadonlySet<number> = new Set()): number[] {
  let all = unexplained.get(r);
  if (!all) {
    all = r.words.flatMap((w, i) => (!r.covered[i] && !knownWord(r, w) ? [i] : []));
    unexplained.set(r, all);
  }
  return all.filter((i) => !except.has(i));
}

export function entitiesOf(r: Reading, kind: Mention['entity']['kind']): string[] {
  const ids: string[] = [];
  for (const m of r.mentions) if (m.entity.kind === kind && !ids.includes(m.entity.id)) ids.push(m.entity.id);
  return ids;
}

export function years(r: Reading): number[] {
  return r.words.filter((w) => /^(19|20|21)\d{2}$/.test(w)).map(Number);
}
