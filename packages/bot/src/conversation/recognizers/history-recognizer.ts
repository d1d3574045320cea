import { passageIndexOf, searchPassages } from '@ptce/core';
import { HISTORY_CUES } from '../relation-cues-fr.js';
import { freeWords, hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const HISTORY_ASKS = new Set(['when', 'who', 'which', 'why', 'how']);
/** « au début », « à l’origine »: the first milestones. */
const EARLIEST = ['debut', 'origine', 'depart', 'commencement', 'creation'];

/**
 * A question about the PTCE's history: « quand les acteurs du Cambrésis ont-ils rejoint PHARE ? »,
 * « PHARE a quitté la MDA quand ? », « qui a soutenu PHARE au début ? ». Answered from the
 * milestones that match it best.
 */
export function historyRecognizer(q: QuestionFacts): Candidate | undefined {
  if (!hasPhrase(q, HISTORY_CUES)) return undefined;
  if (!(q.asks !== undefined && HISTORY_ASKS.has(q.asks)) && q.period?.precision !== 'year') return undefined;
  if (linksOf(q, ['body', 'group', 'subgroup', 'person', 'indicator']).length > 0) return undefined;
  const query = [...freeWords(q), ...q.links.map((l) => l.node.name)].join(' ');
  const year = q.period?.precision === 'year' ? Number(q.period.from.slice(0, 4)) : undefined;
  const inYear =
    year !== undefined && q.ctx.dataset.ptce.milestones.some((m) => m.period.startsWith(String(year)));
  const earliest = hasPhrase(q, EARLIEST);
  const top = searchPassages(passageIndexOf(q.ctx.dataset), query, 1, ['milestone'])[0];
  if (!inYear && !earliest && !(top && top.matched >= 2)) return undefined;
  return {
    intent: {
      kind: 'history',
      query,
      ...(year === undefined ? {} : { year }),
      ...(earliest ? { earliest } : {}),
    },
    score: SCORES.history,
    by: 'history',
  };
}
