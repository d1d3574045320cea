import { factGraphOf, relatedFacts } from '@ptce/core';
import { RELATION_CUES } from '../relation-cues-fr.js';
import { hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const WHICH = new Set(['quel', 'quelle', 'quels', 'quelles']);

/** Nouns after « quel » that ask for any partner, not one kind of partner. */
const ANY_PARTNER = new Set(
  ['partenaire', 'partenariat', 'structure', 'organisme', 'organisation', 'acteur'].flatMap((w) => [
    w,
    `${w}s`,
  ]),
);

/**
 * The partners of one named group: « pour le projet de micro-crèche, avec qui ils travaillent ? »,
 * « les partenaires du GT7 », « avec quelle CAE travaille le GT2 ? » (only the partners that are
 * one, when some are). The partner is the start of the fact, so the relation is read backward
 * from the group. A group and its own sub-group named together are one group: the one that has
 * partners.
 */
export function partnerRecognizer(q: QuestionFacts): Candidate | undefined {
  const groups = linksOf(q, ['group', 'subgroup']);
  if (groups.length === 0) return ptcePartners(q);
  if (
    groups.length === 0 ||
    groups.length > 2 ||
    q.links.some((l) => !['group', 'subgroup', 'indicator'].includes(l.node.kind)) ||
    (q.asks !== undefined && q.asks !== 'who' && q.asks !== 'which') ||
    !hasPhrase(q, RELATION_CUES['partners-with'] ?? [])
  )
    return undefined;
  const graph = factGraphOf(q.ctx.dataset);
  const [first, second] = groups.map((l) => l.node);
  if (second && first!.id !== second.id) {
    const family = (a: string, b: string) =>
      relatedFacts(graph, a, ['subgroup-of'], 'forward').some((f) => f.node.id === b);
    if (!family(first!.id, second.id) && !family(second.id, first!.id)) return undefined;
  }
  const partnersOf = (id: string) => relatedFacts(graph, id, ['partners-with'], 'backward').length;
  const node = [first!, ...(second ? [second] : [])].find((n) => partnersOf(n.id) > 0) ?? first!;
  return partnersOfNode(q, node.id);
}

/** Words that name partners themselves, not only a working relation (« avec qui »). */
const PARTNER_NOUNS = new Set(['partenaire', 'partenaires', 'partenariat', 'partenariats']);

/**
 * The PTCE's partners, every one the file lists: « quels sont les partenaires du PTCE ? »,
 * « quelles entreprises sont partenaires de PHARE ? » (only the partners of the kind named).
 */
function ptcePartners(q: QuestionFacts): Candidate | undefined {
  if (
    !q.r.words.some((w) => PARTNER_NOUNS.has(w)) ||
    q.links.some((l) => !['carrier', 'ptce', 'indicator'].includes(l.node.kind)) ||
    (q.asks !== undefined && q.asks !== 'who' && q.asks !== 'which' && q.asks !== 'count')
  )
    return undefined;
  const ptce = factGraphOf(q.ctx.dataset).nodes.find((n) => n.kind === 'ptce');
  if (!ptce) return undefined;
  return partnersOfNode(q, ptce.id);
}

/**
 * The partners of a node, only those of the kind the noun after « quel » names when it names one
 * (« quelle CAE », « quelles entreprises »; not « quels partenaires », « quels sont »).
 */
function partnersOfNode(q: QuestionFacts, node: string): Candidate {
  const at = q.r.words.findIndex((w) => WHICH.has(w));
  const noun = at >= 0 ? q.r.words[at + 1] : undefined;
  return {
    intent: {
      kind: 'relation',
      node,
      relations: ['partners-with'],
      direction: 'backward',
      targetKinds: ['partner'],
      ...(noun && noun.length >= 2 && !ANY_PARTNER.has(noun) && noun !== 'sont' ? { mentioning: noun } : {}),
    },
    score: SCORES.groupPartners,
    by: 'relation',
  };
}
