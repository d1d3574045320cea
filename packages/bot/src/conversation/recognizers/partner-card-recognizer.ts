import type { QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

/** Words that ask who or what something is, and nothing more. */
const CARD_WORDS = new Set([
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'un',
  'une',
  'c',
  'est',
  'qui',
  'quoi',
  'que',
  'qu',
  'fait',
  'font',
  'faire',
  'presente',
  'presentez',
  'presenter',
  'moi',
  'parle',
  'parlez',
  'connais',
  'connait',
  'sais',
  'savoir',
  'tu',
  'vous',
  'role',
  'exactement',
  'ca',
  'cela',
  'cet',
  'cette',
  'organisme',
  'partenaire',
]);

/**
 * Who or what one partner of the PTCE is (« la DREETS, c'est qui ? », « c'est quoi le Toit
 * Commun ? », « ADMICAL ? »), when the question is only its name and words that ask what it is:
 * its kind, its description and the groups it works with.
 */
export function partnerCardRecognizer(q: QuestionFacts): Candidate | undefined {
  const named = q.links.filter((l) => l.node.kind !== 'indicator');
  if (named.length !== 1 || named[0]!.node.kind !== 'partner') return undefined;
  if (q.asks !== undefined && q.asks !== 'who' && q.asks !== 'which') return undefined;
  if (q.r.words.some((w, i) => !q.linked[i] && !CARD_WORDS.has(w))) return undefined;
  return {
    intent: {
      kind: 'relation',
      node: named[0]!.node.id,
      relations: [],
      direction: 'forward',
      describe: true,
    },
    score: SCORES.personCard,
    by: 'partner-card',
  };
}
