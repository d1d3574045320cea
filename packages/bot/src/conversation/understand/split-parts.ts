import { normalizeText } from '@ptce/core';
import { PART_CUES, PART_JOINERS } from '../relation-cues-fr.js';

interface Occurrence {
  readonly aspect: number;
  readonly start: number;
  readonly end: number;
}

const JOINERS = new Set(PART_JOINERS);
const PHRASES = PART_CUES.flatMap((list, aspect) => list.map((p) => ({ aspect, parts: p.split(' ') }))).sort(
  (a, b) => b.parts.length - a.parts.length,
);

function occurrences(words: readonly string[], where: boolean): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < words.length; ) {
    const found = PHRASES.find(
      (p) => p.parts.every((w, k) => words[i + k] === w) && (p.parts[0] !== 'ou' || where),
    );
    if (found) {
      out.push({ aspect: found.aspect, start: i, end: i + found.parts.length });
      i += found.parts.length;
    } else i++;
  }
  return out;
}

/**
 * Splits a multi-part question into one question per part: « adresse et président de l’ATIS ? »
 * gives « adresse de l’ATIS » and « président de l’ATIS ». The aspects must follow each other,
 * joined by « et », commas or « + »; the rest of the question is shared by every part.
 *
 * @param question - The question as typed.
 * @returns The parts, or undefined when the question has one part.
 */
export function splitParts(question: string): string[] | undefined {
  const joined = question.replace(/[,+/;&]|:(?!\d)/g, ' et ');
  const words = normalizeText(joined).split(' ').filter(Boolean);
  // "où" loses its accent once normalised; « ou » is « or » unless typed « où » or after « et ».
  const where = /où/i.test(question);
  const found = occurrences(words, where);
  let best: Occurrence[] = [];
  let bestMiddle: [number, number] | undefined;
  let chain: Occurrence[] = [];
  let middle: [number, number] | undefined;
  for (const o of found) {
    const last = chain[chain.length - 1];
    const between = last ? words.slice(last.end, o.start) : [];
    const et = between.lastIndexOf('et');
    if (last && between.length > 0 && between.every((w) => JOINERS.has(w)) && between.includes('et'))
      chain.push(o);
    else if (
      last &&
      chain.length === 1 &&
      et > 0 &&
      between.slice(et).every((w) => JOINERS.has(w)) &&
      o.end === words.length
    ) {
      // « siège de l'ACIAE + activité »: the name between the two aspects is the subject of both.
      chain.push(o);
      middle = [last.end, last.end + et];
    } else {
      chain = [o];
      middle = undefined;
    }
    if (new Set(chain.map((c) => c.aspect)).size > new Set(best.map((c) => c.aspect)).size) {
      best = [...chain];
      bestMiddle = middle;
    }
  }
  if (new Set(best.map((c) => c.aspect)).size < 2) return undefined;
  const first = best[0]!;
  const last = best[best.length - 1]!;
  // Keep the words as typed (accents, capitals: « CA » is a body, « ca » is not) when they align.
  const typed = joined.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const shown = typed.length === words.length ? typed : words;
  const before = shown.slice(0, first.start);
  const after = bestMiddle ? shown.slice(bestMiddle[0], bestMiddle[1]) : shown.slice(last.end);
  const seen = new Set<number>();
  const parts: string[] = [];
  for (const o of best) {
    if (seen.has(o.aspect)) continue;
    seen.add(o.aspect);
    parts.push([...before, ...shown.slice(o.start, o.end), ...after].join(' '));
  }
  return parts;
}
