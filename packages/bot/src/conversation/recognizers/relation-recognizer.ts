import type { FactNodeKind, Relation } from '@ptce/core';
import { RELATION_CUES } from '../relation-cues-fr.js';
import { hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const PERSON_RELATIONS: readonly { relation: Relation; kinds: readonly FactNodeKind[] }[] = [
  { relation: 'facilitates', kinds: ['group', 'subgroup'] },
  { relation: 'copilots', kinds: ['group', 'subgroup'] },
  { relation: 'presides', kinds: ['structure'] },
  { relation: 'directs', kinds: ['structure'] },
];
const PROFILE = [
  'fait quoi',
  'elle fait',
  'il fait',
  'role',
  'travaille',
  'poste',
  'fonction',
  'sert',
  'occupe de quoi',
];

/**
 * A person as the subject of a relation: « Isabelle Hary anime quels groupes ? », « Jean
 * François Lemort dirige quelles structures ? », « Mouly, elle fait quoi ? ».
 */
export function relationRecognizer(q: QuestionFacts): Candidate | undefined {
  const people = linksOf(q, ['person']);
  if (
    people.length !== 1 ||
    q.links.some((l) => !['person', 'carrier', 'ptce', 'indicator'].includes(l.node.kind))
  )
    return undefined;
  const node = people[0]!.node.id;
  const year = q.period?.precision === 'year' ? Number(q.period.from.slice(0, 4)) : undefined;
  const relations = PERSON_RELATIONS.filter((p) => hasPhrase(q, RELATION_CUES[p.relation] ?? []));
  if (relations.length > 0)
    return {
      intent: {
        kind: 'relation',
        node,
        relations: relations.map((p) => p.relation),
        direction: 'forward',
        targetKinds: [...new Set(relations.flatMap((p) => p.kinds))],
        ...(year === undefined ? {} : { year }),
      },
      score: SCORES.personRelation,
      by: 'relation',
    };
  if (hasPhrase(q, PROFILE))
    return {
      intent: { kind: 'relation', node, relations: [], direction: 'forward' },
      score: SCORES.personRelation,
      by: 'relation',
    };
  return undefined;
}
