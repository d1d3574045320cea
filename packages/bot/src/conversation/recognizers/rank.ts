import type { Candidate } from './candidate.js';

/**
 * The order in which recognizers win a tie: the more specific reading first. Scores decide;
 * this order only breaks equal scores.
 */
const TIE_ORDER = [
  'contact-value',
  'relation',
  'attribute',
  'measure',
  'period',
  'history',
  'place',
  'structure-search',
  'structured',
  'passage',
];

/**
 * Picks the best reading: the highest score, then the recognizer earlier in the tie order.
 *
 * @param candidates - The readings proposed.
 * @returns The winner, or undefined when there is none.
 */
export function rank(candidates: readonly (Candidate | undefined)[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (!c) continue;
    if (
      !best ||
      c.score > best.score ||
      (c.score === best.score && TIE_ORDER.indexOf(c.by) < TIE_ORDER.indexOf(best.by))
    )
      best = c;
  }
  return best;
}
