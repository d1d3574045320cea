import type { Intent } from '../intent.js';
import type { QuestionFacts } from '../understand/question-facts.js';

/** A reading of a question proposed by a recognizer, with how sure it is (0 to 1). */
export interface Candidate {
  readonly intent: Intent;
  readonly score: number;
  /** The recognizer's name, for tracing and tie-breaks. */
  readonly by: string;
}

/** A recognizer: one relation or answer family, its own cues, zero or more readings. */
export type Recognizer = (q: QuestionFacts) => Candidate | undefined;

/**
 * The explicit ranking: how much each kind of evidence is worth. A recognizer that found both an
 * entity and a cue of its own relation outranks the structured reading's generic answers
 * ("everything about ESPOIR"), and is outranked by its precise ones ("who chairs ESPOIR").
 */
export const SCORES = {
  /** A phone number or an e-mail address that one of the people has. */
  contactValue: 0.9,
  /** Only the names of people, with nothing else asked: who they are. */
  personCard: 0.7,
  /** A named person as the subject of a relation cue: « Isabelle Hary anime quels groupes ». */
  personRelation: 0.85,
  /** The partners of a named group, asked with a partner cue (« avec qui travaille le GT3 »). */
  groupPartners: 0.8,
  /** A figure the data gives for a named structure or group, asked with « combien ». */
  measureCount: 0.76,
  /** The same asked with a noun of figures (« le budget de la FLAC »). */
  measure: 0.62,
  /** A month, season or quarter with meeting words. */
  period: 0.8,
  /** A year, a week or a day with meeting words: the structured agenda answers those first. */
  periodCoarse: 0.55,
  /** An attribute of the carrier or the PTCE, or one the structured reading has no answer for. */
  attribute: 0.8,
  /** The participants of a body's meeting in a named period: above the period's list. */
  meetingParticipantsInPeriod: 0.82,
  /** The participants of a meeting. */
  meetingParticipants: 0.78,
  /** A meeting named by its title, place or subject. */
  meeting: 0.74,
  /** A meeting whose title shares three terms or more with the question. */
  meetingStrong: 0.78,
  /** A role in a group or body that only a person's role title gives. */
  role: 0.62,
  /** A milestone of the history. */
  history: 0.72,
  /** A milestone matched on two of the question's own terms. */
  historyStrong: 0.76,
  /** Which structure does an activity (below the structured reading's own activity search). */
  structureSearch: 0.58,
  /** A place with structure or event words. */
  place: 0.7,
  /** Structures asked by the year they were founded: above a milestone of that year. */
  founded: 0.77,
  /** A question too short to say what it is about, asked back with the candidates. */
  clarify: 0.65,
  /** A meeting asked with no name at all (« quand est la réunion ? »): above a title match on « réunion ». */
  clarifyMeeting: 0.76,
  /** The structured reading, precise. */
  structured: 0.6,
  /** The structured reading, generic (everything about an entity). */
  structuredGeneric: 0.45,
  /** Everything about an entity, when the question asks how many. */
  structuredOffCount: 0.35,
  /** A passage of the documents: 0.25 + 0.3 × the share of the question's terms it matched. */
  passageBase: 0.25,
  passageSpan: 0.3,
  /** Understood, but the documents do not say. */
  notInDocuments: 0.15,
} as const;
