import { passageIndexOf, searchPassages } from '@ptce/core';
import type { Intent } from '../intent.js';
import { CONTACT_DETAIL_WORDS } from '../relation-cues-fr.js';
import { hasPhrase, type QuestionFacts } from '../understand/question-facts.js';
import { residual } from '../understand/reading.js';
import { structuredIntent } from '../understand/structured-intent.js';
import { type Candidate, SCORES } from './candidate.js';

// A person's details, or who they are.
const CONTACT_WORDS = [...CONTACT_DETAIL_WORDS, 'qui est', 'c est qui'];

/**
 * Whether the words a count asks about are in the text of the entity read (« combien de
 * permanents ? » of Interleukin, whose description says « 4 permanents »): its card then answers.
 */
function ownTextSays(q: QuestionFacts, intent: Intent): boolean {
  const nodes =
    intent.kind === 'structure-info'
      ? intent.structures.map((id) => `structure:${id}`)
      : intent.kind === 'group-info'
        ? intent.groups.map((g) => `${g.kind}:${g.id}`)
        : [];
  const words = residual(q.r).map((i) => q.r.words[i]!);
  if (words.length === 0 || nodes.length === 0) return true;
  return searchPassages(passageIndexOf(q.ctx.dataset), words.join(' '), 10).some((h) =>
    nodes.includes(h.passage.node),
  );
}

const WHICH = new Set(['quel', 'quelle', 'quels', 'quelles']);
const BETWEEN = new Set(['est', 'sont', 'etait', 'etaient', 'le', 'la', 'les', 'l', 'c', 'ce', 'donc']);

/** « quel est le chiffre d'affaires … »: the word « quel » asks about is a figure's name. */
function asksFigure(q: QuestionFacts): boolean {
  const words = q.r.words;
  const at = words.findIndex((w) => WHICH.has(w));
  if (at < 0) return false;
  let next = at + 1;
  while (next < words.length && BETWEEN.has(words[next]!)) next++;
  // The figure's name, or its head noun just before it (« le taux de chômage », chômage named).
  return q.links.some((l) => l.node.kind === 'indicator' && l.start + l.length > next && l.start <= next + 2);
}

/** Whether a structured reading answers "everything about" an entity rather than what was asked. */
function generic(intent: Intent, q: QuestionFacts): boolean {
  switch (intent.kind) {
    case 'structure-info':
    case 'group-info':
      return intent.aspect === 'all';
    case 'contact':
      return intent.person !== undefined && !hasPhrase(q, CONTACT_WORDS);
    case 'next-meeting':
      return intent.targets.length === 0 && q.period !== undefined;
    case 'indicator':
      // « Qui propose des formations parmi les adhérents ? » names members, not their number, and
      // a figure says neither where nor when (« la visite apprenante, c'était où ? »); « quel est
      // le chiffre d'affaires » asks the figure itself.
      return (
        q.asks === 'who' || q.asks === 'where' || q.asks === 'when' || (q.asks === 'which' && !asksFigure(q))
      );
    default:
      return false;
  }
}

/**
 * The structured reading: bodies, groups, meetings, structures, contacts and figures, read from
 * the cues of the French vocabulary and the entities of the data.
 */
export function structuredRecognizer(q: QuestionFacts, question: string): Candidate {
  const intent = structuredIntent(question, q.r, q.ctx, q.period);
  if (intent.kind === 'unknown') return { intent, score: 0, by: 'structured' };
  // Words the reading could not place: it answered part of the question only.
  const unplaced = residual(q.r).length >= 2;
  // Everything about an entity does not answer « how many », nor « who » did something it does
  // not place (« qui a accompagné la fondation au premier semestre ? »).
  if (
    generic(intent, q) &&
    intent.kind !== 'indicator' &&
    (q.asks === 'count' || (q.asks === 'who' && unplaced))
  )
    // A count no figure gives (« combien de bénévoles à ESPOIR ? ») is not in the documents:
    // below the reading that says so.
    return {
      intent,
      score:
        q.asks === 'count' && !ownTextSays(q, intent) ? SCORES.notInDocuments / 2 : SCORES.structuredOffCount,
      by: 'structured',
    };
  // A meeting of a group read from a word (« réunir », « rencontré », « où ») in a question with
  // words of its own it does not place (« combien d'argent », « quel opérateur »): the passages
  // of the documents answer it better.
  const meetingGuess =
    (intent.kind === 'next-meeting' || intent.kind === 'meeting-place' || intent.kind === 'last-meeting') &&
    intent.targets.some((t) => t.kind !== 'body') &&
    (residual(q.r).length >= 2 ||
      (residual(q.r).length >= 1 && (q.asks === 'count' || q.asks === 'which' || q.asks === 'who')));
  if (meetingGuess) return { intent, score: SCORES.structuredOffCount, by: 'structured' };
  // « la visite apprenante du GT1, c'est où ? » of a group that has no meeting at all: the
  // documents' sentences say more than « no meeting known ».
  const { dataset } = q.ctx;
  const noMeetings =
    (intent.kind === 'meeting-place' || intent.kind === 'next-meeting' || intent.kind === 'last-meeting') &&
    intent.targets.length > 0 &&
    intent.targets.every((t) => t.kind !== 'body' && !dataset.meetings.some((m) => m.group === t.id));
  if (noMeetings) return { intent, score: SCORES.structuredOffCount, by: 'structured' };
  return {
    intent,
    score: generic(intent, q) || unplaced ? SCORES.structuredGeneric : SCORES.structured,
    by: 'structured',
  };
}
