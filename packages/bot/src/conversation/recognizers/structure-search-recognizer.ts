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
  // A group found by a word of its theme (« reconditionnement ») does not make the question about
  // the group: « qui fait du reconditionnement de vélos » still asks for a structure.
  if (q.links.some((l) => !['carrier', 'ptce', 'group', 'subgroup', 'indicator'].includes(l.node.kind)))
    return undefined;
  // « y a-t-il une mutuelle parmi les adhérents ? » asks which one, if any.
  const exists = /\b(y a|y a t il|existe|existe t il)\b/.test(q.r.norm);
  const asksStructure = hasPhrase(q, STRUCTURE_WORDS) && (q.asks === 'which' || q.asks === 'who' || exists);
  const asksWho = q.asks === 'who' && hasPhrase(q, ACTIVITY_VERBS);
  if (!asksStructure && !asksWho) return undefined;
  // The words of the activity, those that named a group's theme included.
  const themed = new Set(
    q.links
      .filter((l) => l.node.kind !== 'carrier' && l.node.kind !== 'ptce')
      .flatMap((l) => Array.from({ length: l.length }, (_, k) => l.start + k)),
  );
  const dropped = new Set(DROP.flatMap((p) => p.split(' ')));
  const free = new Set(freeWords(q, DROP));
  const query = q.r.words.filter((w, i) => free.has(w) || (themed.has(i) && !dropped.has(w))).join(' ');
  const hits = searchPassages(passageIndexOf(q.ctx.dataset), query, 1, ['structure']);
  const top = hits[0];
  if (!top || top.matched < Math.max(1, Math.ceil(top.queryTerms / 2))) return undefined;
  return {
    intent: { kind: 'structures-matching', query },
    score: SCORES.structureSearch,
    by: 'structure-search',
  };
}
