import { normalizeText } from '@ptce/core';
import type { ClarifyAbout, TargetRef } from '../intent.js';
import type { QuestionFacts } from '../understand/question-facts.js';
import { residual } from '../understand/reading.js';
import { FUNCTION_SET } from '../understand/vocabulary-index.js';
import { type Candidate, SCORES } from './candidate.js';

// Words that ask for one meeting without saying which (the plural asks for a list).
const MEETING_WORDS = new Set(['reunion', 'rencontre', 'rdv']);
// Details that belong to one structure or one group, asked with no name: « l'adresse ? ».
// A Map, not an object: a typed word such as « constructor » must find nothing.
const DETAIL_WORDS: ReadonlyMap<string, ClarifyAbout> = new Map(
  Object.entries({
    adresse: 'structure-address',
    siege: 'structure-address',
    telephone: 'structure-contact',
    tel: 'structure-contact',
    numero: 'structure-contact',
    mail: 'structure-contact',
    email: 'structure-contact',
    courriel: 'structure-contact',
    site: 'structure-website',
    copilote: 'group-copilots',
    copilotes: 'group-copilots',
    'co pilote': 'group-copilots',
    'co pilotes': 'group-copilots',
    animateur: 'group-facilitators',
    animatrice: 'group-facilitators',
    animateurs: 'group-facilitators',
  } satisfies Record<string, ClarifyAbout>),
);

/** Words that name the working groups as a whole. */
const GROUP_WORDS = new Set(['gt', 'gts', 'groupe', 'groupes']);

/** Words that pick meetings by when they are. */
const TIME_WORDS = new Set(
  'semaine mois trimestre semestre annee an aujourd hui demain hier soir matin prochain prochaine prochains prochaines dernier derniere derniers dernieres suivant suivante precedent precedente'.split(
    ' ',
  ),
);

/** The first word of a name, plural or not: « comités » is a form of « comité ». */
function sameWord(typed: string, first: string): boolean {
  return typed === first || typed === `${first}s` || typed === `${first}x`;
}

/**
 * A question too short to say what it is about: a class of bodies or groups several of them share
 * (« le comité ? », « la commission ? »), a meeting with no name (« quand est la réunion ? ») or a
 * detail with no owner (« l'adresse ? », « qui est le co-pilote ? »). The answer asks back, with
 * the candidates, rather than picking one.
 */
export function clarifyRecognizer(q: QuestionFacts): Candidate | undefined {
  // « le GT ? » alone: the groups to choose from.
  const bare = q.r.words.filter((w) => !FUNCTION_SET.has(w) || GROUP_WORDS.has(w));
  if (
    q.asks !== 'count' &&
    bare.length === 1 &&
    GROUP_WORDS.has(bare[0]!) &&
    q.links.every((l) => l.node.kind === 'indicator')
  )
    return candidate({ kind: 'group-list' });
  // « une réunion cette semaine ? », « la prochaine réunion » say which: by when.
  if (q.links.length > 0 || q.period !== undefined || q.r.words.some((w) => TIME_WORDS.has(w)))
    return undefined;
  // « réunion » and « adresse » are generic words of any question, but here they are all it asks.
  const content = q.r.words.filter(
    (w, i) =>
      !FUNCTION_SET.has(w) ||
      MEETING_WORDS.has(w) ||
      DETAIL_WORDS.has(w) ||
      (w === 'co' && q.r.words[i + 1]?.startsWith('pilote')),
  );
  const phrase = content.join(' ');
  // « c'est quand ? » with nothing else: which meeting?
  if (content.length === 0 && q.asks === 'when')
    return {
      intent: { kind: 'clarify', about: 'meeting', word: 'quand' },
      score: SCORES.clarifyMeeting,
      by: 'clarify',
    };
  // « le comité se réunit tous les combien ? »: a word several bodies' names start with, and
  // otherwise only words of asking, is a longer way of asking « le comité ? ».
  const shared = q.r.words.find((w) => !FUNCTION_SET.has(w) && classTargets(q, w).length >= 2);
  if (shared && content.length > 1 && residual(q.r).length === 0)
    // Above a meeting whose title holds the word (« 1er Comité Territorial Cambrésien »).
    return {
      intent: { kind: 'clarify', about: 'target', word: shared, targets: classTargets(q, shared) },
      score: SCORES.clarifyMeeting,
      by: 'clarify',
    };
  if (content.length === 0 || content.length > 2) return undefined;
  const detail = DETAIL_WORDS.get(phrase);
  if (detail) return candidate({ kind: 'clarify', about: detail, word: phrase });
  if (content.length !== 1) return undefined;
  const word = content[0]!;
  // Above a meeting whose title holds the word (« Réunion de la Commission Mutualisation »).
  if (MEETING_WORDS.has(word))
    return {
      intent: { kind: 'clarify', about: 'meeting', word },
      score: SCORES.clarifyMeeting,
      by: 'clarify',
    };
  const targets = classTargets(q, word);
  if (targets.length < 2) return undefined;
  return candidate({ kind: 'clarify', about: 'target', word, targets });
}

/** The bodies and groups whose name starts with a word (« comité », « commission »). */
function classTargets(q: QuestionFacts, word: string): TargetRef[] {
  const { dataset } = q.ctx;
  return [
    ...dataset.bodies.map((b) => ({ kind: 'body' as const, id: b.id, name: b.name })),
    ...dataset.groups.map((g) => ({ kind: 'group' as const, id: g.id, name: g.name })),
  ]
    .filter((n) => sameWord(word, normalizeText(n.name).split(' ')[0]!))
    .map(({ kind, id }) => ({ kind, id }));
}

function candidate(intent: Candidate['intent']): Candidate {
  return { intent, score: SCORES.clarify, by: 'clarify' };
}
