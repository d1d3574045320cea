import {
  normalizeText,
  type PassageHit,
  passageIndexOf,
  passageTerm,
  searchPassages,
  weightedCoverage,
} from '@ptce/core';
import { freeWords, type QuestionFacts } from '../understand/question-facts.js';
import { ROLE_WORDS } from '../vocabulary-fr.js';
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
  // Words that name a figure (« visite ») are ordinary nouns of the documents' sentences too.
  const figureWords = q.links
    .filter((l) => l.node.kind === 'indicator')
    .flatMap((l) => q.r.words.slice(l.start, l.start + l.length))
    .filter((w) => !NOISE.includes(w));
  const free = [...freeWords(q, NOISE), ...figureWords].filter((w) => !/^\d{1,4}$/.test(w));
  // The question's own words must be matched, not only the names it gives.
  const terms = (words: readonly string[]) =>
    words.map((w) => passageTerm(w)).filter((t): t is string => t !== undefined);
  const ownTerms = terms(free);
  if (ownTerms.length === 0) return undefined;
  const index = passageIndexOf(q.ctx.dataset);
  // A name as typed and as the data gives it: « SOLIMOB » is the GT5's alias, and the documents'
  // sentences use it. An alias typed is the question's own word as much as its free words are.
  const aliasOf = (l: QuestionFacts['links'][number]): string | undefined => {
    const typed = q.r.words.slice(l.start, l.start + l.length).filter((w) => !NOISE.includes(w));
    return l.node.kind === 'indicator' ||
      typed.length === 0 ||
      normalizeText(l.node.name).includes(typed.join(' '))
      ? undefined
      : typed.join(' ');
  };
  const aliases = q.links.flatMap((l) => aliasOf(l) ?? []);
  const freeTerms = [...new Set([...ownTerms, ...terms(aliases.flatMap((a) => a.split(' ')))])];
  // A figure's label is not searched for: its words as typed are (« visite » of « la visite
  // apprenante » is not « Organisations adhérentes visitées »).
  // A name typed as an alias (« SOLIMOB ») is searched as typed: the sentences that use it do
  // not also use the group's full name.
  const names = q.links
    .filter((l) => l.node.kind !== 'indicator' && aliasOf(l) === undefined)
    .map((l) => l.node.name);
  const text = [...free, ...aliases, ...names].join(' ');
  // Of the best few by BM25, the one that covers most of the question's own words.
  let top: PassageHit | undefined;
  let coverage = 0;
  for (const hit of searchPassages(index, text, 5)) {
    const c = weightedCoverage(index, freeTerms, hit);
    if (c > coverage) [top, coverage] = [hit, c];
  }
  const matchedFree = top ? top.terms.filter((t) => freeTerms.includes(t)).length : 0;
  const named = q.links.filter((l) => l.node.kind !== 'carrier' && l.node.kind !== 'ptce').length;
  if (top && passageIsAnswer(matchedFree, coverage) && (matchedFree >= 2 || named === 0))
    return {
      intent: { kind: 'passage', query: text, free: [...free, ...aliases].join(' '), text: q.r.raw },
      score: SCORES.passageBase + SCORES.passageSpan * coverage,
      by: 'passage',
    };
  // Understood, though the documents do not say: it names something of the data, or a role of
  // its people (« quel est le salaire de la directrice ? »).
  const role = q.r.words.some((w, i) => !q.linked[i] && Object.hasOwn(ROLE_WORDS, w));
  if ((q.links.length > 0 || role) && q.asks !== undefined)
    return {
      intent: { kind: 'passage', query: text, free: free.join(' '), text: q.r.raw, missing: true },
      score: SCORES.notInDocuments,
      by: 'passage',
    };
  return undefined;
}
