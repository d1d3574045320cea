import { passageIndexOf, searchPassages } from '@ptce/core';
import { ACTIVITY_VERBS, RELATION_CUES, STRUCTURE_WORDS } from '../relation-cues-fr.js';
import { freeWords, hasPhrase, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const DROP = [
  ...STRUCTURE_WORDS,
  ...ACTIVITY_VERBS,
  ...(RELATION_CUES.facilitates ?? []),
  'parmi',
  'collectif',
  'dans',
  'chez',
  'ptce',
];

/**
 * Which member structure does something: « quelle structure fait du maraîchage ? », « qui
 * propose des formations BAFA parmi les adhérents ? ». Searched in the structures' activities
 * and descriptions.
 */
export function structureSearchRecognizer(q: QuestionFacts): Candidate | undefined {
  if (q.links.some((l) => l.node.kind !== 'carrier' && l.node.kind !== 'ptce')) return undefined;
  const asksStructure = hasPhrase(q, STRUCTURE_WORDS) && (q.asks === 'which' || q.asks === 'who');
  const asksWho = q.asks === 'who' && hasPhrase(q, ACTIVITY_VERBS);
  if (!asksStructure && !asksWho) return undefined;
  const query = freeWords(q, DROP).join(' ');
  const hits = searchPassages(passageIndexOf(q.ctx.dataset), query, 1, ['structure']);
  const top = hits[0];
  if (!top || top.matched < Math.max(1, Math.ceil(top.queryTerms / 2))) return undefined;
  return {
    intent: { kind: 'structures-matching', query },
    score: SCORES.structureSearch,
    by: 'structure-search',
  };
}
