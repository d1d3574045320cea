import { passageIndexOf, passageTerm, searchPassages, weightedCoverage } from '@ptce/core';
import { freeWords, hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';
import { NOISE } from './passage-recognizer.js';

/** Nouns any meeting's title may hold, as passage terms. */
const GENERIC_MEETING_TERMS = new Set(
  // The class words of bodies too: « le comité » alone names none of the meetings whose title
  // holds it (the clarifying reading asks which).
  [
    'reunion',
    'reunions',
    'rencontre',
    'rencontres',
    'seance',
    'comite',
    'conseil',
    'commission',
    'assemblee',
    'instance',
    'groupe',
  ].map((w) => passageTerm(w)),
);

const NEXT_WORDS = ['prochain', 'prochaine', 'prochains', 'prochaines'];
const LAST_WORDS = ['dernier', 'derniere', 'derniers', 'dernieres'];

const PARTICIPANTS = [
  'participants',
  'participant',
  'presents',
  'present',
  'presente',
  'presentes',
  'presence',
  'venus',
  'venues',
  'personnes',
  'gens',
  'monde',
  'participe',
  'participation',
  'public',
];

/**
 * One meeting or event named by its title, place or subject rather than by its body: « la
 * conférence de presse de 2021, c’était où ? », « combien de participants au COPIL ? », « il se
 * passe quoi à Raismes ? ».
 */
export function meetingRecognizer(q: QuestionFacts): Candidate | undefined {
  // « le GT » names the groups' count too: a word of asking, not a figure asked.
  // A figure's word asked « quand » (« la prochaine visite ») is a meeting's word: a figure says
  // no date.
  const dated = q.asks === 'when';
  const named = linksOf(q, ['person', 'structure', 'indicator']).filter(
    (l) =>
      l.node.kind !== 'indicator' ||
      (!dated && !q.r.words.slice(l.start, l.start + l.length).every((w) => NOISE.includes(w))),
  );
  if (named.length > 0) return undefined;
  const { dataset, now } = q.ctx;
  const participants = hasPhrase(q, PARTICIPANTS);
  const targets = linksOf(q, ['body', 'group', 'subgroup']);
  const ids = targets.map((t) => t.node.ref!);
  // A count comes from the documents, or from a feuille d'émargement staff confirmed.
  const signed = new Set((q.ctx.sheets ?? []).map((sheet) => sheet.meetingId));
  const counted = participants
    ? dataset.meetings.filter(
        (m) =>
          ids.includes(m.body ?? m.group ?? '') && (m.attendance?.count !== undefined || signed.has(m.id)),
      )
    : [];
  if (targets.length > 0 && counted.length > 0) {
    // In the period named (« au copil d'avril »), which then says no more than which meeting.
    const period = q.period;
    const inPeriod = period
      ? counted.filter((m) => m.start.slice(0, 10) >= period.from && m.start.slice(0, 10) < period.to)
      : [];
    // Else the meeting nearest to today: the last one held, else the next.
    const past = counted.filter((m) => m.when.startsAt <= now.getTime());
    const chosen = inPeriod[0] ?? (past.length > 0 ? past[past.length - 1]! : counted[0]!);
    return {
      intent: { kind: 'meeting-info', meetings: [chosen.id] },
      score: inPeriod.length > 0 ? SCORES.meetingParticipantsInPeriod : SCORES.meetingParticipants,
      by: 'meeting',
    };
  }
  if (
    !participants &&
    q.asks !== 'when' &&
    q.asks !== 'where' &&
    !hasPhrase(q, ['se passe', 'passe', 'evenement', 'lieu', 'date', 'jour', 'heure'])
  )
    return undefined;
  const free = freeWords(q, [
    ...NOISE,
    ...PARTICIPANTS,
    'quand',
    'lieu',
    'date',
    'jour',
    'heure',
    'combien',
    'nb',
    'nombre',
    'passe',
    'se',
    'dates',
    ...NEXT_WORDS,
    ...LAST_WORDS,
  ]);
  const terms = [...new Set(free.map((w) => passageTerm(w)).filter((t): t is string => t !== undefined))];
  // The words of a linked name count as typed: « Sport solidaire » is also an event's title.
  const typed = q.links.flatMap((l) => q.r.words.slice(l.start, l.start + l.length));
  for (const t of typed.map((w) => passageTerm(w))) if (t !== undefined && !terms.includes(t)) terms.push(t);
  // « la réunion » alone names no meeting: many titles hold the word.
  if (terms.length === 0 || terms.every((t) => GENERIC_MEETING_TERMS.has(t))) return undefined;
  // A body or group named needs two words of the question's own in a meeting's passage (below):
  // with fewer, no passage can qualify, and the index need not be built.
  const own = new Set(free.flatMap((w) => passageTerm(w) ?? []));
  if (targets.length > 0 && own.size < 2) return undefined;
  const index = passageIndexOf(dataset);
  const year = q.period?.precision === 'year' ? q.period.from.slice(0, 4) : undefined;
  // « la prochaine visite »: a meeting to come; « la dernière visite »: one held.
  const next = hasPhrase(q, NEXT_WORDS);
  const last = hasPhrase(q, LAST_WORDS);
  const held = (node: string) => {
    const meeting = dataset.meetingById.get(node.slice('meeting:'.length));
    return meeting === undefined || meeting.when.startsAt <= now.getTime();
  };
  const hits = searchPassages(index, [...free, ...typed].join(' '), next || last ? 20 : 5, [
    'meeting',
  ]).filter(
    (h) =>
      (year === undefined || h.passage.period?.startsWith(year)) &&
      (!next || !held(h.passage.node)) &&
      (!last || held(h.passage.node)),
  );
  // Of the meetings the words match as well as the best, the soonest to come or the latest held.
  const when = (h: (typeof hits)[number]) =>
    dataset.meetingById.get(h.passage.node.slice('meeting:'.length))?.when.startsAt ?? 0;
  const best = hits[0];
  const alike = best
    ? hits.filter((h) => h.terms.length === best.terms.length && h.passage.field === best.passage.field)
    : [];
  const top =
    next || last
      ? alike.reduce<(typeof hits)[number] | undefined>(
          (a, h) => (!a || (next ? when(h) < when(a) : when(h) > when(a)) ? h : a),
          undefined,
        )
      : best;
  if (!top) return undefined;
  const matched = top.terms.filter((t) => terms.includes(t)).length;
  const coverage = weightedCoverage(index, terms, top);
  if (!((matched >= 2 && coverage >= 0.5) || coverage >= 0.7)) return undefined;
  // One word found in a meeting's minutes or notes names no meeting (a visit's minutes that say
  // « a rejoint PHARE » do not answer « elle a rejoint PHARE quand ? »); in its title it may.
  if (top.terms.filter((t) => own.has(t)).length < 2 && top.passage.field !== 'title') return undefined;
  // A body or group named: its meetings are asked, unless the question names one of them by
  // words of its own (« le cocktail de lancement de la fondation territoriale, quand ? »).
  if (targets.length > 0) {
    const meeting = dataset.meetingById.get(top.passage.node.slice('meeting:'.length));
    if (
      top.terms.filter((t) => own.has(t)).length < 2 ||
      !ids.includes(meeting?.body ?? meeting?.group ?? '')
    )
      return undefined;
  }
  return {
    intent: { kind: 'meeting-info', meetings: [top.passage.node.slice('meeting:'.length)] },
    // Three terms of a meeting's title outrank a milestone that shares two (a visit's minutes
    // that say « a rejoint PHARE » name no event).
    score: participants
      ? SCORES.meetingParticipants
      : matched >= 3 && top.passage.field === 'title'
        ? SCORES.meetingStrong
        : SCORES.meeting,
    by: 'meeting',
  };
}
