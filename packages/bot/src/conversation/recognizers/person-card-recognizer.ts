import { CONTACT_DETAIL_WORDS } from '../relation-cues-fr.js';
import type { QuestionFacts } from '../understand/question-facts.js';
import { FUNCTION_SET } from '../understand/vocabulary-index.js';

// Words that ask who someone is or how to reach them, and nothing else.
const CARD_WORDS = new Set([...FUNCTION_SET, ...CONTACT_DETAIL_WORDS.filter((w) => !w.includes(' '))]);

import { type Candidate, SCORES } from './candidate.js';

/**
 * Who one or more people named are (« Barbaut c'est qui ? », « Sybille ? », « qui est Robin
 * Barbaut », « le téléphone de Sybille »), when the question is only their names and words that
 * ask who they are or how to reach them. It speaks
 * where the structured reading cannot: a surname several people share, or a person known only by
 * name from a member list. A single person with a record is left to the structured reading.
 */
export function personCardRecognizer(q: QuestionFacts): Candidate | undefined {
  if (q.links.length === 0 || !q.links.every((l) => l.node.kind === 'person')) return undefined;
  if (q.r.words.some((w, i) => !q.linked[i] && !CARD_WORDS.has(w))) return undefined;
  const people = [...new Set(q.links.map((l) => l.node.ref ?? l.node.id.slice('person:'.length)))];
  const recorded = q.links.every((l) => l.node.ref !== undefined);
  if (people.length === 1 && recorded) return undefined;
  return { intent: { kind: 'contact', people }, score: SCORES.personCard, by: 'person-card' };
}
