import { type FactNodeKind, factGraphOf, type Relation, relatedFacts } from '@ptce/core';
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
  if (people.length === 0) return countedRelation(q);
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

/** « deux structures », « plusieurs groupes »: how many things a person's relation must reach. */
const AMOUNTS: ReadonlyMap<string, number> = new Map([
  ['deux', 2],
  ['2', 2],
  ['trois', 3],
  ['3', 3],
  ['quatre', 4],
  ['4', 4],
  ['plusieurs', 2],
]);

/**
 * The people a relation ties to at least so many things: « qui préside deux structures ? », « qui
 * anime plusieurs groupes ? ». One part per person, each with what they reach.
 */
function countedRelation(q: QuestionFacts): Candidate | undefined {
  if (q.asks !== 'who' || q.links.some((l) => !['indicator', 'carrier', 'ptce'].includes(l.node.kind)))
    return undefined;
  const at = q.r.words.findIndex((w) => AMOUNTS.has(w));
  if (at < 0) return undefined;
  const least = AMOUNTS.get(q.r.words[at]!)!;
  const relations = PERSON_RELATIONS.filter((p) => hasPhrase(q, RELATION_CUES[p.relation] ?? []));
  if (relations.length !== 1) return undefined;
  const { relation, kinds } = relations[0]!;
  const graph = factGraphOf(q.ctx.dataset);
  const reached = (id: string) =>
    new Set(
      relatedFacts(graph, id, [relation], 'forward')
        .filter((f) => kinds.includes(f.node.kind))
        .map((f) => f.node.id),
    ).size;
  const parts = graph.nodes
    .filter((n) => n.kind === 'person' && reached(n.id) >= least)
    .map((n) => ({
      kind: 'relation' as const,
      node: n.id,
      relations: [relation],
      direction: 'forward' as const,
      targetKinds: kinds,
    }));
  if (parts.length === 0) return undefined;
  return {
    intent: parts.length === 1 ? parts[0]! : { kind: 'multi', parts },
    score: SCORES.personRelation,
    by: 'relation',
  };
}
