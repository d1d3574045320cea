import { passageIndexOf, searchPassages } from '@ptce/core';
import { HISTORY_CUES } from '../relation-cues-fr.js';
import { freeWords, hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const HISTORY_ASKS = new Set(['when', 'who', 'which', 'why', 'how']);

/**
 * A question about the PTCE's history: « quand les acteurs du Cambrésis ont-ils rejoint PHARE ? »,
 * « PHARE a quitté la MDA quand ? », « qui a soutenu PHARE au début ? ». Answered from the
 * milestones that match it best.
 */
export function historyRecognizer(q: QuestionFacts): Candidate | undefined {
  if (!hasPhrase(q, HISTORY_CUES)) return undefined;
  if (!(q.asks !== undefined && HISTORY_ASKS.has(q.asks)) && q.period?.precision !== 'year') return undefined;
  if (linksOf(q, ['body', 'group', 'subgroup', 'person', 'indicator']).length > 0) return undefined;
  const query = freeWords(q).join(' ');
  const year = q.period?.precision === 'year' ? Number(q.period.from.slice(0, 4)) : undefined;
  const hits = searchPassages(passageIndexOf(q.ctx.dataset), query, 3, ['milestone']);
  const top = hits[0];
  const yearHit = year !== undefined && hits.some((h) => h.passage.period?.startsWith(String(year)));
  if (!top || (top.matched < 2 && !yearHit)) return undefined;
  return {
    intent: { kind: 'history', query, ...(year === undefined ? {} : { year }) },
    score: SCORES.history,
    by: 'history',
  };
}
