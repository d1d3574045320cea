import type { TargetRef } from '../intent.js';
import { GOVERNANCE_WORDS, PERIOD_MEETING_WORDS } from '../relation-cues-fr.js';
import { hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const LIST_WORDS = [
  'reunion',
  'rdv',
  'rendez vous',
  'evenement',
  'agenda',
  'calendrier',
  'programme',
  'gouvernance',
  'instances',
  'rencontre',
];

/**
 * The meetings of a named period: « les réunions de mars 2023 », « qu’est-ce qu’il y a en
 * octobre ? », « cet automne », « au 1er trimestre 2023 côté gouvernance ». A bare year needs an
 * explicit list word (« les réunions de 2023 »): « le bureau en 2023 » asks about its cadence.
 */
export function periodRecognizer(q: QuestionFacts): Candidate | undefined {
  const period = q.period;
  if (!period) return undefined;
  // The carrier organises the meetings (« les réunions de PHARE en mars »): it does not change
  // the question, unlike a structure, a person or a figure.
  if (linksOf(q, ['indicator', 'structure', 'person', 'milestone']).length > 0) return undefined;
  const targets: TargetRef[] = linksOf(q, ['body', 'group', 'subgroup']).map((l) => ({
    kind: l.node.kind as TargetRef['kind'],
    id: l.node.ref!,
  }));
  // « depuis septembre » says since when, not which meetings, unless a list is asked.
  const words =
    period.precision === 'year' || period.label.startsWith('depuis') ? LIST_WORDS : PERIOD_MEETING_WORDS;
  const bareDate = q.r.words.length <= period.text.split(' ').length + 2;
  // « les bureaux du 1er trimestre » : a body or group with a period finer than a year is a list.
  const finer = period.precision !== 'year' && !period.label.startsWith('depuis');
  if (!hasPhrase(q, words) && !(finer && (bareDate || targets.length > 0))) return undefined;
  // « qui a accompagné la fondation au premier semestre ? » asks who, not which meetings.
  if (q.asks === 'who' && !hasPhrase(q, PERIOD_MEETING_WORDS)) return undefined;
  if (period.precision === 'year' && q.asks === 'count') return undefined;
  const governance = hasPhrase(q, GOVERNANCE_WORDS);
  return {
    intent: {
      kind: 'meetings-in-period',
      from: period.from,
      to: period.to,
      label: period.label,
      ...(governance ? { governance } : {}),
      ...(targets.length > 0 ? { targets } : {}),
    },
    // « la semaine dernière » spends the word the last-meeting reading would take.
    score:
      ['month', 'season', 'quarter', 'semester'].includes(period.precision) ||
      /\b(dernier|derniere|passee?)\b/.test(period.text)
        ? SCORES.period
        : SCORES.periodCoarse,
    by: 'period',
  };
}
