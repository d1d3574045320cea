import {
  localStartInstant,
  meetingsInRange,
  type PeriodMention,
  parseLocalDate,
  periodMentionFr,
} from '@ptce/core';
import type { ConversationContext } from '../intent.js';
import { QUESTION_WORDS, type QuestionAsk, STRUCTURE_WORDS } from '../relation-cues-fr.js';
import { type EntityLink, entityLinks } from './entity-links.js';
import { TRAILING_WHERE } from './meeting-rules.js';
import { type Reading, read } from './reading.js';

/** A question read once: its words, the graph nodes it names, its question word and period. */
export interface QuestionFacts {
  readonly r: Reading;
  readonly ctx: ConversationContext;
  readonly links: readonly EntityLink[];
  readonly asks?: QuestionAsk;
  readonly period?: PeriodMention;
  /** Per word: inside a link. */
  readonly linked: readonly boolean[];
}

/**
 * Reads a question for the recognizers: the legacy reading (cues, core's mentions, typos), the
 * fact-graph nodes it names, the question word and the period.
 */
export function questionFacts(question: string, ctx: ConversationContext): QuestionFacts {
  const r = read(offices(question), ctx.dataset);
  // « adhérents », « structures » name the members' indicator, but ask about the members themselves.
  const generic = new Set(STRUCTURE_WORDS);
  const links = entityLinks(r, ctx.dataset).filter(
    (l) =>
      l.node.kind !== 'indicator' || !r.words.slice(l.start, l.start + l.length).every((w) => generic.has(w)),
  );
  const linked = r.words.map((_, i) => links.some((l) => i >= l.start && i < l.start + l.length));
  const asks = r.words.map((w) => QUESTION_WORDS.get(w)).find((a) => a !== undefined);
  // "où" loses its accent when normalised: only the typed form or a leading "ou" asks where.
  const where =
    /(^|[^\p{L}])où([^\p{L}]|$)/iu.test(r.raw) || /^ou\b/.test(r.norm) || TRAILING_WHERE.test(r.norm);
  const wordAsk =
    asks === 'where' && !where
      ? r.words.map((w) => QUESTION_WORDS.get(w)).find((a) => a && a !== 'where')
      : asks;
  const period = dataPeriod(periodMentionFr(r.raw, ctx.now, ctx.dataset.timeZone), links, ctx);
  return {
    r,
    ctx,
    links,
    linked,
    ...((where ? 'where' : wordAsk) ? { asks: where ? 'where' : wordAsk } : {}),
    ...(period ? { period } : {}),
  };
}

/**
 * « Où sont les bureaux de PHARE ? » asks for its offices, not where the Bureau meets: the plural
 * asked where, with no word of a meeting, reads as « locaux ».
 */
function offices(question: string): string {
  if (!/(^|[^\p{L}])(où|ou)\s.*\bbureaux\b/iu.test(question)) return question;
  if (/r[ée]uni|\blieu\b|\btenu|\btien|prochain|derni|\bdates?\b|quand/iu.test(question)) return question;
  return question.replace(/\bbureaux\b/iu, 'locaux');
}

/**
 * A month or season named without its year is the nearest one, unless the data has no meeting
 * then (of the bodies or groups named, if any) and has some the same months on the other side of
 * today: « combien de monde au copil d'avril ? » asked in November is April past.
 */
function dataPeriod(
  period: PeriodMention | undefined,
  links: readonly EntityLink[],
  ctx: ConversationContext,
): PeriodMention | undefined {
  if (!period?.alternative) return period;
  const { dataset } = ctx;
  const owners = new Set(
    links.flatMap((l) =>
      ['body', 'group', 'subgroup'].includes(l.node.kind) && l.node.ref ? [l.node.ref] : [],
    ),
  );
  const count = (p: PeriodMention) =>
    meetingsInRange(dataset, {
      from: localStartInstant(parseLocalDate(p.from)!, dataset.timeZone),
      to: localStartInstant(parseLocalDate(p.to)!, dataset.timeZone),
    }).filter((m) => owners.size === 0 || owners.has(m.body ?? m.group ?? '')).length;
  return count(period) === 0 && count(period.alternative) > 0 ? period.alternative : period;
}

/** Whether a word is a form of a cue word: itself, or with a plural or feminine ending. */
function formOf(word: string, cue: string): boolean {
  return (
    word === cue || word === `${cue}s` || word === `${cue}e` || word === `${cue}es` || word === `${cue}x`
  );
}

/**
 * Where the question carries one of the phrases, outside linked names: the index of the first
 * matching word, or -1.
 */
export function phraseAt(q: QuestionFacts, phrases: readonly string[]): number {
  const { words } = q.r;
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (q.linked[i]) continue;
      if (
        parts.length === 1
          ? formOf(words[i]!, phrase) || q.r.meanings[i]!.includes(phrase)
          : parts.every((p, k) => words[i + k] === p)
      )
        return i;
    }
  }
  return -1;
}

/** Whether the question carries one of the phrases outside linked names. */
export function hasPhrase(q: QuestionFacts, phrases: readonly string[]): boolean {
  return phraseAt(q, phrases) >= 0;
}

/** The links of some node kinds. */
export function linksOf(q: QuestionFacts, kinds: readonly string[]): EntityLink[] {
  return q.links.filter((l) => kinds.includes(l.node.kind));
}

/** The words typed outside linked names and outside the given phrases: what to search text for. */
export function freeWords(q: QuestionFacts, drop: readonly string[] = []): string[] {
  const dropped = new Set(drop.flatMap((p) => p.split(' ')));
  return q.r.words.filter((w, i) => !q.linked[i] && !dropped.has(w) && !QUESTION_WORDS.has(w));
}
