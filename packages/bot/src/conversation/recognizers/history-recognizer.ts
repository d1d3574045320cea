import { passageIndexOf, passageTerm, searchPassages } from '@ptce/core';
import { HISTORY_CUES } from '../relation-cues-fr.js';
import { freeWords, hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { namesOtherPtce } from '../understand/structure-rules.js';
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
  const cued = hasPhrase(q, HISTORY_CUES);
  // « le logo de PHARE a été changé quand ? », « Théo Catty a terminé son alternance quand ? »:
  // a date asked about something that is no meeting is looked for among the milestones.
  // A body or group asked « when » is its meetings, unless a partner or structure is named too
  // (« c'était quand l'accompagnement AGIL'ESS pour la mobilité ? » is a milestone of the GT5).
  const meetingsAsked =
    linksOf(q, ['body', 'group', 'subgroup', 'indicator']).length > 0 &&
    linksOf(q, ['partner', 'structure']).length === 0;
  const askedWhen = q.asks === 'when' && !meetingsAsked;
  if (!cued && !askedWhen) return undefined;
  if (!(q.asks !== undefined && HISTORY_ASKS.has(q.asks)) && q.period?.precision !== 'year') return undefined;
  if (meetingsAsked) return undefined;
  // The history is this PTCE's: another PTCE of the registry is answered from the registry.
  if (namesOtherPtce(q.r, q.ctx.registry)) return undefined;
  // « quel groupe de travail a créé la crèche ? » asks which group, not when.
  if (q.asks === 'which' && linksOf(q, ['indicator']).length > 0) return undefined;
  const people = linksOf(q, ['person']);
  if (people.length > 0 && !askedWhen) return undefined;
  const free = freeWords(q);
  const query = [...free, ...q.links.map((l) => l.node.name)].join(' ');
  const year = q.period?.precision === 'year' ? Number(q.period.from.slice(0, 4)) : undefined;
  const inYear =
    year !== undefined && q.ctx.dataset.ptce.milestones.some((m) => m.period.startsWith(String(year)));
  const earliest = cued && hasPhrase(q, EARLIEST);
  const top = searchPassages(passageIndexOf(q.ctx.dataset), query, 1, ['milestone'])[0];
  // Names match many milestones: one of the question's own words must match too.
  const ownTerms = new Set(free.flatMap((w) => passageTerm(w) ?? []));
  const matches = top !== undefined && top.matched >= 2 && top.terms.some((t) => ownTerms.has(t));
  if (!inYear && !earliest && !matches) {
    // A person's date with no milestone: their roles, dated, say since or until when.
    if (askedWhen && people.length === 1)
      return {
        intent: { kind: 'contact', person: people[0]!.node.id.slice('person:'.length) },
        score: SCORES.history,
        by: 'history',
      };
    return undefined;
  }
  if (!cued && !matches) return undefined;
  const carrierTerms = new Set(
    linksOf(q, ['carrier', 'ptce']).flatMap((l) =>
      l.node.name.split(/\s+/).flatMap((w) => passageTerm(w) ?? []),
    ),
  );
  return {
    intent: {
      kind: 'history',
      query,
      ...(year === undefined ? {} : { year }),
      ...(earliest ? { earliest } : {}),
    },
    // A milestone that shares two terms with the question besides the carrier's name outranks a
    // meeting title that shares some (« les acteurs du Cambrésis ont rejoint PHARE quand ? »).
    score:
      top !== undefined && top.terms.filter((t) => !carrierTerms.has(t)).length >= 2
        ? SCORES.historyStrong
        : SCORES.history,
    by: 'history',
  };
}
