import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationMemory } from '../../../packages/bot/src/conversation/conversation-memory.js';
import { converse } from '../../../packages/bot/src/conversation/converse.js';
import type { ConversationContext } from '../../../packages/bot/src/conversation/intent.js';
import { MAX_QUESTION_LENGTH } from '../../../packages/bot/src/conversation/max-question-length.js';
import type { Reply } from '../../../packages/bot/src/conversation/reply.js';
import {
  freeWords,
  questionFacts,
} from '../../../packages/bot/src/conversation/understand/question-facts.js';
import { loadDataset, loadRegistry } from '../../../packages/bot/src/data/load-data.js';
import { corpusQuestions, FOLLOW_UPS, fuzzQuestions } from './fuzz-questions.js';

// Speed is measured in bench/question-fuzz.bench.ts; these properties only check what is answered.

const registry = loadRegistry();
const withRegistry = (ctx: ConversationContext): ConversationContext =>
  registry ? { ...ctx, registry } : ctx;
const autonHommes = withRegistry({ dataset: loadDataset(), now: new Date('2023-11-20T08:00:00Z') });
const secondPtce = withRegistry({
  dataset: loadDataset(fileURLToPath(new URL('../../fixtures/second-ptce.yaml', import.meta.url))),
  now: new Date('2026-05-01T09:00:00+02:00'),
});

const UNKNOWN_TITLE = 'Je n’ai pas compris la question';

/** Everything a member reads in a reply. */
function shown(reply: Reply): string[] {
  return [
    reply.title,
    ...reply.lines.map((l) => l.text),
    ...reply.fields.flatMap((f) => [f.name, f.value]),
    ...reply.sources.flatMap((s) => [s.title, s.date]),
    ...reply.suggestions,
  ];
}

// What a bug leaks into text: a missing value or a JavaScript object turned into a string.
const LEAKS = /\b(undefined|NaN|null|Infinity)\b|\[object |Invalid Date|function\s*\(|=>/;
// French words at least one of which every answer uses: articles, prepositions, « je », « pas »…
const FRENCH =
  /(^|[^\p{L}])(le|la|les|l|de|du|des|d|un|une|et|à|au|aux|en|pour|sur|par|je|pas|ne|qui)([^\p{L}]|$)/iu;
const MENTION = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/i;

/**
 * A reply a member can read: a known intent, a title and lines in French, no leaked value that the
 * question did not contain, no working mention; an unknown question is quoted back, clipped.
 */
function expectWellFormed(reply: Reply, question: string): void {
  expect(reply.intent).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(reply.title.trim()).not.toBe('');
  expect(reply.lines.length + reply.fields.length).toBeGreaterThan(0);
  const texts = shown(reply);
  for (const text of texts) {
    expect(typeof text).toBe('string');
    const leak = LEAKS.exec(text);
    if (leak) expect(question.toLowerCase()).toContain(leak[0].toLowerCase());
    expect(text).not.toMatch(MENTION);
  }
  expect(texts.join('\n')).toMatch(FRENCH);
  if (reply.intent === 'unknown') {
    expect(reply.title).toBe(UNKNOWN_TITLE);
    expect(reply.lines[0]?.text.startsWith('Je ne sais pas répondre à « ')).toBe(true);
    expect(reply.lines[0]?.text.endsWith(' ».')).toBe(true);
    // The question quoted back: at most 81 units, an ellipsis included, plus a zero-width space per defused mention.
    const quoted = reply.lines[0]!.text.slice('Je ne sais pas répondre à « '.length, -' ».'.length);
    expect(quoted.replaceAll('\u200b', '').length).toBeLessThanOrEqual(81);
  }
}

const { anyUnicode, frenchish, withMarkup } = fuzzQuestions(MAX_QUESTION_LENGTH);

// By name, so that a counterexample prints as a name and not as a whole dataset.
const CONTEXTS = { 'auton-hommes': autonHommes, 'second-ptce': secondPtce } as const;
const context = fc.constantFrom(...(Object.keys(CONTEXTS) as (keyof typeof CONTEXTS)[]));

describe('converse on arbitrary input', () => {
  it('answers any unicode text up to the limit, without throwing', () => {
    fc.assert(
      fc.property(anyUnicode, context, (question, name) => {
        const ctx = CONTEXTS[name];
        const { reply, memory } = converse(question, ctx);
        expectWellFormed(reply, question);
        expect(memory.at).toBe(ctx.now.getTime());
      }),
      { numRuns: 2000, seed: 20_231_120 },
    );
  });

  it('answers texts built from French questions, numbers, dates, punctuation, markup, accents and emoji', () => {
    fc.assert(
      fc.property(frenchish, context, (question, name) => {
        expectWellFormed(converse(question, CONTEXTS[name]).reply, question);
      }),
      { numRuns: 1000, seed: 20_231_120 },
    );
  });

  it('never echoes a mention the member typed (@everyone, @here, a role, a member, a channel)', () => {
    fc.assert(
      fc.property(withMarkup, context, (question, name) => {
        expectWellFormed(converse(question, CONTEXTS[name]).reply, question);
      }),
      { numRuns: 500, seed: 20_231_120 },
    );
  });

  it('keeps a conversation going over several turns, whatever is asked and at any date', () => {
    const turn = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...corpusQuestions) },
      { weight: 3, arbitrary: fc.constantFrom(...FOLLOW_UPS) },
      { weight: 2, arbitrary: frenchish },
      { weight: 1, arbitrary: anyUnicode },
    );
    const now = fc.date({
      min: new Date('2015-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.array(turn, { minLength: 2, maxLength: 6 }), context, now, (turns, name, at) => {
        const ctx = { ...CONTEXTS[name], now: at };
        let memory: ConversationMemory | undefined;
        for (const question of turns) {
          const next = converse(question, ctx, memory);
          expectWellFormed(next.reply, question);
          expect(next.memory.at).toBe(at.getTime());
          expect(next.memory.words.every((w) => typeof w === 'string' && w !== '')).toBe(true);
          memory = next.memory;
        }
      }),
      { numRuns: 500, seed: 20_231_120 },
    );
  });
});

describe('words that are names of Object.prototype', () => {
  // fast-check shrank a crash (« w.startsWith is not a function ») to the question « constructor »:
  // the chat spellings and the question words were plain objects, and « constructor » found Object.
  it('are read as words like any other (fuzz counterexample)', () => {
    const { reply } = converse('constructor', autonHommes);
    expect([reply.intent, reply.title, reply.lines[0]?.text]).toEqual([
      'passage',
      'D’après les documents',
      "« World café de la coopération : quelle co-construction possible entre les collectivités et les acteurs ESS, pour réussir à faire ensemble ce qu'on ne peut pas faire seul ? » — Comité de pilotage du PTCE Auton'Hommes (PHARE, rapport d'activité de l'année 2023)",
    ]);
    expect(converse('GT5 constructor', autonHommes).reply.title).toBe('GT5 Éco-mobilité solidaire');
  });

  it('are no question word', () => {
    const q = questionFacts('constructor qui anime le GT5 ?', autonHommes);
    expect([q.r.words, q.asks, freeWords(q)]).toEqual([
      ['constructor', 'qui', 'anime', 'le', 'gt5'],
      'who',
      ['constructor', 'anime', 'le'],
    ]);
  });
});
