import { type PassageHit, passageIndexOf, passageTerm, searchPassages, weightedCoverage } from '@ptce/core';
import { freeWords, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

/** Words of asking that say nothing of the subject (« il fait combien », « ça touche »). */
export const NOISE = [
  'fait',
  'faire',
  'font',
  'quoi',
  'c',
  'est',
  'ca',
  'cela',
  'y',
  'a',
  'ont',
  'avoir',
  'etre',
  'sont',
  'touche',
  'dire',
  'savoir',
  'connaitre',
  'lien',
  'groupe',
  'groupes',
  'gt',
  'n',
  'no',
  'numero',
  'infos',
  'info',
  'informations',
];

/**
 * Whether a passage answers enough of the question to be quoted: two of its words, or one rare
 * word, and at least half of what its words weigh.
 */
export function passageIsAnswer(matched: number, coverage: number): boolean {
  return (matched >= 2 && coverage >= 0.5) || (matched >= 1 && coverage >= 0.6);
}

/**
 * The fallback: the sentences of the documents that share the most terms with the question
 * (BM25 over every free-text field). Below the threshold, a question that was understood (it
 * names something of the data, or asks with a question word) is answered « not in the
 * documents », which is not the same as « not understood ».
 */
export function passageRecognizer(q: QuestionFacts): Candidate | undefined {
  // Numbers (« groupe 5 », « en 2022 ») number things or name periods; they are not words to look for.
  const free = freeWords(q, NOISE).filter((w) => !/^\d{1,4}$/.test(w));
  // The question's own words must be matched, not only the names it gives.
  const freeTerms = [...new Set(free.map((w) => passageTerm(w)).filter((t): t is string => t !== undefined))];
  if (freeTerms.length === 0) return undefined;
  const index = passageIndexOf(q.ctx.dataset);
  const text = [...free, ...q.links.map((l) => l.node.name)].join(' ');
  // Of the best few by BM25, the one that covers most of the question's own words.
  let top: PassageHit | undefined;
  let coverage = 0;
  for (const hit of searchPassages(index, text, 5)) {
    const c = weightedCoverage(index, freeTerms, hit);
    if (c > coverage) [top, coverage] = [hit, c];
  }
  const matchedFree = top ? top.terms.filter((t) => freeTerms.includes(t)).length : 0;
  const names = q.links.filter((l) => l.node.kind !== 'carrier' && l.node.kind !== 'ptce').length;
  if (top && passageIsAnswer(matchedFree, coverage) && (matchedFree >= 2 || names === 0))
    return {
      intent: { kind: 'passage', query: text, free: free.join(' '), text: q.r.raw },
      score: SCORES.passageBase + SCORES.passageSpan * coverage,
      by: 'passage',
    };
  if (q.links.length > 0 && q.asks !== undefined)
    return {
      intent: { kind: 'passage', query: text, free: free.join(' '), text: q.r.raw, missing: true },
      score: SCORES.notInDocuments,
      by: 'passage',
    };
  return undefined;
}
