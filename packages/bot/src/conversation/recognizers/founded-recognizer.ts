import { STRUCTURE_WORDS } from '../relation-cues-fr.js';
import { hasPhrase, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const FOUNDED_WORDS = [
  'cree',
  'creee',
  'creees',
  'crees',
  'fonde',
  'fondee',
  'fondees',
  'fondes',
  'creation',
  'naissance',
];

/**
 * The structures founded in a year: « quelle structure a été créée en 1990 ? », « les adhérents
 * fondés en 2019 ». A year, a word of founding and a word for structures, and no entity named.
 */
export function foundedRecognizer(q: QuestionFacts): Candidate | undefined {
  if (q.links.some((l) => l.node.kind !== 'indicator')) return undefined;
  if (q.asks !== undefined && q.asks !== 'which' && q.asks !== 'who' && q.asks !== 'count') return undefined;
  const year = q.r.words.find((w) => /^(19|20)\d{2}$/.test(w));
  if (year === undefined || !hasPhrase(q, FOUNDED_WORDS) || !hasPhrase(q, STRUCTURE_WORDS)) return undefined;
  return { intent: { kind: 'structures-in', founded: year }, score: SCORES.founded, by: 'founded' };
}
