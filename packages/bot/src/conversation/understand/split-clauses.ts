import { normalizeText } from '@ptce/core';

/** Words that open a new question inside a sentence: a question word, or a pronoun standing for the subject. */
const OPENERS = new Set([
  'qui',
  'quand',
  'combien',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'comment',
  'pourquoi',
  'depuis',
  'il',
  'elle',
  'ils',
  'elles',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'c',
  'ca',
  'est',
  't',
  'tu',
  'en',
  'a',
]);

/** Pronouns that may stand for a subject named before them. */
const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'c', 'ca']);

/** Words that make a clause a question. */
const ASKING = new Set([
  'qui',
  'quand',
  'combien',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'comment',
  'pourquoi',
  'quoi',
  'que',
  'qu',
]);

/** Whether a clause asks something: a question word, or « où » as typed. */
function asks(clause: string): boolean {
  return (
    normalizeText(clause)
      .split(' ')
      .some((w) => ASKING.has(w)) || /(^|[^\p{L}])où(?!\p{L})/iu.test(clause)
  );
}

/**
 * Splits a sentence that asks several questions into its questions: « qui préside La Pose, et
 * elle a rejoint PHARE en quelle année ? », « PHARE a été créé quand ? et qui a lancé la
 * démarche ? ». A new question starts after a question mark, a semicolon, a comma or « et »
 * when its first word opens a question (« qui », « quand », « elle »…); « où » counts only as
 * typed with its accent. A clause of a single word stays with its neighbour.
 *
 * @param question - The question as typed.
 * @returns The clauses as typed, or undefined when there is one.
 */
export function splitClauses(question: string): string[] | undefined {
  // Separators and the word after them: « , et qui », « ? et », « ; ».
  const pieces = question
    .split(/\s*(?:[?;]+|,)\s*(?:et\s+)?|\s+et\s+(?=\S)/iu)
    .filter((p) => p.trim() !== '');
  if (pieces.length < 2) return undefined;
  const clauses: string[] = [];
  for (const piece of pieces) {
    const first = normalizeText(piece).split(' ')[0] ?? '';
    // « où » ends in a letter \b does not know: the boundary is written out.
    const opens = OPENERS.has(first) || /^où(?!\p{L})/iu.test(piece.trim());
    const words = normalizeText(piece).split(' ').filter(Boolean).length;
    // « L'atelier théâtre depuis septembre, ça donne quoi ? », « Mouly, elle fait quoi ? »: a
    // pronoun after a clause that asks nothing stands for that clause's subject; one question.
    const dislocated = clauses.length > 0 && PRONOUNS.has(first) && !asks(clauses[clauses.length - 1]!);
    if (dislocated) clauses[clauses.length - 1] += `, ${piece}`;
    else if (clauses.length > 0 && (!opens || words < 2)) clauses[clauses.length - 1] += ` et ${piece}`;
    else clauses.push(piece);
  }
  return clauses.length >= 2 ? clauses.map((c) => c.trim()) : undefined;
}
