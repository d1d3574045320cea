import { passageIndexOf, passageTerm, searchPassages } from '@ptce/core';
import { freeWords, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

/** Whether the best passage answers enough of the question to be quoted. */
export function passageIsAnswer(matched: number, queryTerms: number): boolean {
  return matched >= 2 && matched / queryTerms >= 0.5;
}

/**
 * The fallback: the sentences of the documents that share the most terms with the question
 * (BM25 over every free-text field). Below the threshold, a question that was understood (it
 * names something of the data, or asks with a question word) is answered « not in the
 * documents », which is not the same as « not understood ».
 */
export function passageRecognizer(q: QuestionFacts): Candidate | undefined {
  const free = freeWords(q);
  // The question's own words must be matched, not only the names it gives.
  const freeTerms = new Set(free.map((w) => passageTerm(w)).filter((t): t is string => t !== undefined));
  if (freeTerms.size === 0) return undefined;
  const text = [...free, ...q.links.map((l) => l.node.name)].join(' ');
  const top = searchPassages(passageIndexOf(q.ctx.dataset), text, 1)[0];

  const index = passageIndexOf(q.ctx.dataset);
  const matchedFree = top ? top.terms.filter((t) => freeTerms.has(t)).length : 0;
  // A long word the documents never use (« jardinage ») means they are not about it.
  const unheard = [...freeTerms].some((t) => t.length >= 5 && searchPassages(index, t, 1).length === 0);
  const enough = matchedFree >= 2 || (q.links.length === 0 && freeTerms.size === 1 && matchedFree === 1);
  if (
    top &&
    !unheard &&
    enough &&
    passageIsAnswer(top.matched, top.queryTerms) &&
    matchedFree / freeTerms.size >= 0.5
  )
    return {
      intent: { kind: 'passage', query: text, text: q.r.raw },
      score: SCORES.passageBase + (SCORES.passageSpan * matchedFree) / freeTerms.size,
      by: 'passage',
    };
  if (q.links.length > 0 && q.asks !== undefined)
    return {
      intent: { kind: 'passage', query: text, text: q.r.raw },
      score: SCORES.notInDocuments,
      by: 'passage',
    };
  return undefined;
}
