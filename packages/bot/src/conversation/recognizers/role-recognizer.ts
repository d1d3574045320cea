import { normalizeText, passageIndexOf, passageTerm, searchPassages, weightedCoverage } from '@ptce/core';
import { RELATION_CUES } from '../relation-cues-fr.js';
import { linksOf, phraseAt, type QuestionFacts } from '../understand/question-facts.js';
import { ROLE_WORDS } from '../vocabulary-fr.js';
import { type Candidate, SCORES } from './candidate.js';

const ROLE_CUES = [
  ...(RELATION_CUES.presides ?? []),
  ...(RELATION_CUES.directs ?? []),
  ...Object.keys(ROLE_WORDS),
];

/**
 * Who holds a role in a group, a body or a partner that the data gives only as the title of a
 * person's role: « qui préside la Fondation territoriale ? ».
 */
export function roleRecognizer(q: QuestionFacts): Candidate | undefined {
  const owners = linksOf(q, ['group', 'subgroup', 'body', 'partner']);
  if (owners.length !== 1 || q.links.length !== 1 || (q.asks !== undefined && q.asks !== 'who'))
    return undefined;
  const at = phraseAt(q, ROLE_CUES);
  if (at < 0) return undefined;
  const owner = owners[0]!.node;
  const text = `${q.r.words[at]} ${owner.name}`;
  const terms = [
    ...new Set(
      text
        .split(' ')
        .map((w) => passageTerm(w))
        .filter((t): t is string => t !== undefined),
    ),
  ];
  const index = passageIndexOf(q.ctx.dataset);
  const top = searchPassages(index, text, 1, ['person'])[0];
  if (!top || weightedCoverage(index, terms, top) < 0.75) return undefined;
  if (!normalizeText(top.passage.text).includes(normalizeText(owner.name))) return undefined;
  return {
    intent: { kind: 'passage', query: text, free: text, text: q.r.raw, within: ['person'] },
    score: SCORES.role,
    by: 'role',
  };
}
