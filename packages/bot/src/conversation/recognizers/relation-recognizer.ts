import type { FactNodeKind, Relation } from '@ptce/core';
import { GROUP_WORDS, RELATION_CUES, STRUCTURE_WORDS } from '../relation-cues-fr.js';
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
  // « depuis quand Margaux Guibert anime… » asks a date, which the groups she animates do not give.
  if (
    q.asks === 'when' ||
    people.length !== 1 ||
    q.links.some((l) => !['person', 'carrier', 'ptce', 'indicator'].includes(l.node.kind))
  )
    return undefined;
  const node = people[0]!.node.id;
  const year = q.period?.precision === 'year' ? Number(q.period.from.slice(0, 4)) : undefined;
  let relations = PERSON_RELATIONS.filter((p) => hasPhrase(q, RELATION_CUES[p.relation] ?? []));
  // No verb of its own, but the kind of thing asked for: « il est dans quel groupe ? », « elle est
  // dans quelle structure ? » ask for every tie of the person to things of that kind.
  if (relations.length === 0 && (q.asks === 'which' || q.asks === 'where')) {
    // Linked words count: « groupe de travail » also names the indicator of the groups.
    const says = (list: readonly string[]) => list.some((w) => !w.includes(' ') && q.r.words.includes(w));
    const kinds: FactNodeKind[] = [
      ...(says(GROUP_WORDS) ? (['group', 'subgroup'] as const) : []),
      ...(says(STRUCTURE_WORDS) ? (['structure'] as const) : []),
    ];
    relations = PERSON_RELATIONS.filter((p) => p.kinds.some((k) => kinds.includes(k)));
  }
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
