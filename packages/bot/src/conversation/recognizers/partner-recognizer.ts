import { RELATION_CUES } from '../relation-cues-fr.js';
import { hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

/**
 * The partners of one named group: « pour le projet de micro-crèche, avec qui ils travaillent ? »,
 * « les partenaires du GT7 ». The partner is the start of the fact, so the relation is read
 * backward from the group.
 */
export function partnerRecognizer(q: QuestionFacts): Candidate | undefined {
  const groups = linksOf(q, ['group', 'subgroup']);
  if (
    groups.length !== 1 ||
    q.links.some((l) => !['group', 'subgroup', 'indicator'].includes(l.node.kind)) ||
    (q.asks !== undefined && q.asks !== 'who' && q.asks !== 'which') ||
    !hasPhrase(q, RELATION_CUES['partners-with'] ?? [])
  )
    return undefined;
  return {
    intent: {
      kind: 'relation',
      node: groups[0]!.node.id,
      relations: ['partners-with'],
      direction: 'backward',
      targetKinds: ['partner'],
    },
    score: SCORES.groupPartners,
    by: 'relation',
  };
}
