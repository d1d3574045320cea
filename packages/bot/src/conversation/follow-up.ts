import { factGraphOf, normalizeText, passageIndexOf, searchPassages } from '@ptce/core';
import type { ConversationMemory } from './conversation-memory.js';
import { MEMORY_TTL_MS } from './conversation-memory.js';
import type { ConversationContext, Intent, TargetRef } from './intent.js';
import { BACK_REFERENCES, CONTACT_DETAIL_WORDS, NEXT_ONE, PREVIOUS_ONE } from './relation-cues-fr.js';
import { questionFacts } from './understand/question-facts.js';
import { residual } from './understand/reading.js';

/** Node kinds a question can be about, and a follow-up can swap. */
export const SUBJECT_KINDS = new Set([
  'person',
  'structure',
  'group',
  'subgroup',
  'body',
  'carrier',
  'ptce',
  'indicator',
  'place',
  'partner',
  'epci',
  'arrondissement',
]);

/** Kinds of entity a follow-up may put in place of one another. */
const KIND_FAMILY: Readonly<Record<string, string>> = {
  place: 'place',
  commune: 'place',
  arrondissement: 'place',
  epci: 'place',
  structure: 'organisation',
  partner: 'organisation',
  carrier: 'organisation',
  body: 'meeting-target',
  group: 'meeting-target',
  subgroup: 'meeting-target',
  person: 'person',
  indicator: 'indicator',
};

/** Prepositions that open the slot a follow-up replaces (« et dans la Somme ? », « et chez ATIS ? »). */
const SLOT_WORDS = ['dans', 'chez', 'sur', 'a', 'au', 'aux', 'en', 'pour', 'de', 'du', 'des'];

const PERSON_PRONOUNS = ['il', 'elle', 'lui'];

/** Details of a meeting that a follow-up asks of the last body or group. */
const MEETING_DETAILS = ['ordre du jour', 'odj', 'compte rendu', 'cr', 'lieu', 'heure', 'horaire', 'salle'];

/** Details of an organisation that no person has. */
const ORGANISATION_DETAILS = [
  'rejoint',
  'adhere',
  'adhesion',
  'adherente',
  'siege',
  'adresse',
  'locaux',
  'site',
  'activite',
  'activites',
  'salaries',
  'permanents',
  'benevoles',
  'adherents',
  'president',
  'presidente',
  'directeur',
  'directrice',
];

/**
 * What a follow-up becomes: a full question to read, or an intent built from the memory. A
 * question rewritten from the memory is `marked` when the member said it follows on (« et… »,
 * « son », « il », « ce groupe »): only then does it win over the question read on its own.
 */
export type Resolved = { readonly question: string; readonly marked?: boolean } | { readonly intent: Intent };

/**
 * Reads a question in the light of the last one: « et le suivant ? » after a next meeting, « et
 * pour le GT3 ? » (a new entity), « et en 2021 ? » (a new period), « et son mail ? » (a detail of
 * the person just named). A question that stands on its own is left as it is.
 *
 * @param question - The question as typed.
 * @param memory - The conversation's memory, if any.
 * @param ctx - The data and the clock.
 * @returns The question to read, or an intent.
 */
export function resolveFollowUp(
  question: string,
  memory: ConversationMemory | undefined,
  ctx: ConversationContext,
): Resolved {
  if (!memory || ctx.now.getTime() - memory.at > MEMORY_TTL_MS) return { question };
  const q = questionFacts(question, ctx);
  const words = q.r.words;
  if (words.length === 0 || words.length > 12) return { question };
  const startsWithEt = words[0] === 'et';
  const has = (list: readonly string[]) =>
    list.some((p) => (p.includes(' ') ? ` ${words.join(' ')} `.includes(` ${p} `) : words.includes(p)));
  // « qui l'anime ? », « qui le copilote ? »: an object pronoun right after the question word.
  const objectPronoun = /^(?:qui|que|qu|quand|ou|comment|pourquoi) (?:l|le|la|les|lui|leur) \S/.test(
    words.join(' '),
  );
  const backRef = has(BACK_REFERENCES) || has(['autre chose', 'autres', 'aussi']) || objectPronoun;
  const own = q.links.filter((l) => SUBJECT_KINDS.has(l.node.kind));

  const dated = memory.intent.kind === 'next-meeting' || memory.intent.kind === 'last-meeting';
  if (has(PREVIOUS_ONE) && own.length === 0 && memory.firstMeetingAt !== undefined && dated)
    return {
      intent: { kind: 'last-meeting', targets: memory.intent.targets, before: memory.firstMeetingAt },
    };
  // « et la réunion d'après ? » is any meeting after it; « et le suivant ? », the same body's.
  const anyMeeting = has(['reunion', 'rdv', 'rencontre', 'instance', 'evenement']);
  if (has(NEXT_ONE) && own.length === 0 && memory.lastMeetingAt !== undefined && dated)
    return {
      intent: {
        kind: 'next-meeting',
        targets: anyMeeting ? [] : memory.intent.targets,
        after: memory.lastMeetingAt,
      },
    };

  // « et le CA juste avant ? » after a meeting: that body's meeting before it, or after it.
  const meetingTarget = own.length === 1 && ['body', 'group', 'subgroup'].includes(own[0]!.node.kind);
  const before = has([...PREVIOUS_ONE, 'juste avant', 'avant']);
  const after = has([...NEXT_ONE, 'juste apres']);
  if (meetingTarget && (before || after) && memory.firstMeetingAt !== undefined && own[0]!.node.ref) {
    const targets = [{ kind: own[0]!.node.kind as TargetRef['kind'], id: own[0]!.node.ref }];
    return {
      intent: before
        ? { kind: 'last-meeting', targets, before: memory.firstMeetingAt }
        : { kind: 'next-meeting', targets, after: memory.lastMeetingAt ?? memory.firstMeetingAt },
    };
  }
  // « il copilote quels GT ? »: a word that names a figure (« GT ») beside a pronoun is not a new
  // subject; the pronoun's person is.
  const figureWordOnly = !startsWithEt && backRef && own.every((l) => l.node.kind === 'indicator');
  // « elle a rejoint PHARE quand ? » after ESPOIR: the carrier named after the pronoun is what
  // the last subject joined, not a new subject.
  const pronounAt = words.findIndex((w) => PERSON_PRONOUNS.includes(w) || w === 'ils' || w === 'elles');
  const lastKind = memory.subject
    ? factGraphOf(ctx.dataset).nodeById.get(memory.subject.node)?.kind
    : undefined;
  const carrierObject =
    !startsWithEt &&
    pronounAt >= 0 &&
    own.length > 0 &&
    own.every((l) => ['indicator', 'carrier', 'ptce'].includes(l.node.kind) && l.start > pronounAt) &&
    lastKind !== undefined &&
    lastKind !== 'carrier' &&
    lastKind !== 'ptce';
  if (own.length > 0 && !figureWordOnly && !carrierObject) {
    // A new entity in place of the last one: « et pour le GT3 ? ».
    if (!startsWithEt || !memory.subject) return { question };
    const link = own[0]!;
    // The entity of the same family is the one swapped: « et pour Cambrai ? » after « taux de
    // pauvreté de l'arrondissement de Valenciennes » replaces the place, not the figure.
    const family = KIND_FAMILY[link.node.kind] ?? link.node.kind;
    const graph = factGraphOf(ctx.dataset);
    const replaced =
      memory.named?.find((n) => (KIND_FAMILY[graph.nodeById.get(n.node)?.kind ?? ''] ?? '') === family) ??
      memory.subject;
    const replacedKind = graph.nodeById.get(replaced.node)?.kind;
    // « Cambrai » names a commune and an arrondissement: keep the kind the question had.
    const sameKind =
      replacedKind && replacedKind !== link.node.kind
        ? graph.nodes.find(
            (n) => n.kind === replacedKind && normalizeText(n.name).endsWith(normalizeText(link.node.name)),
          )
        : undefined;
    const typed = sameKind
      ? normalizeText(sameKind.name).split(' ')
      : q.r.words.slice(link.start, link.start + link.length);
    const { start, length } = replaced;
    return {
      question: [...memory.words.slice(0, start), ...typed, ...memory.words.slice(start + length)].join(' '),
      marked: true,
    };
  }
  // « et dans la Somme ? » after « quels PTCE dans l'Oise ? »: the words after the same
  // preposition are swapped, whatever they name.
  const slot = startsWithEt && words.length <= 6 && !q.period ? SLOT_WORDS.indexOf(words[1] ?? '') : -1;
  if (slot >= 0) {
    const at = memory.words.lastIndexOf(SLOT_WORDS[slot]!);
    if (at >= 0)
      return { question: [...memory.words.slice(0, at), ...words.slice(1)].join(' '), marked: true };
  }
  if (q.period && (startsWithEt || words.length <= 4)) {
    // A new period: « et en 2021 ? ».
    const last = memory.words.join(' ');
    const next = q.period.text;
    if (memory.periodText && last.includes(memory.periodText))
      return { question: last.replace(memory.periodText, next), marked: startsWithEt };
    return { question: `${last} ${next}`, marked: startsWithEt };
  }
  // « c'est quoi l'ordre du jour ? » after « quand est le comité opérationnel ? »: a detail of
  // the meeting just asked about.
  const subjectKind = memory.subject
    ? factGraphOf(ctx.dataset).nodeById.get(memory.subject.node)?.kind
    : undefined;
  const meetingDetail =
    own.length === 0 &&
    (subjectKind === 'body' || subjectKind === 'group' || subjectKind === 'subgroup') &&
    has(MEETING_DETAILS);
  if (!startsWithEt && !backRef && !meetingDetail && words.length > 4) return { question };
  // « et il est où leur siège ? » after « qui dirige le CAPEP ? » asks about the structure: a
  // person has no seat, no activities, no staff.
  const organisationDetail = has(ORGANISATION_DETAILS);
  const person =
    !organisationDetail &&
    (has(CONTACT_DETAIL_WORDS) ||
      (has(PERSON_PRONOUNS) && memory.answerPerson !== undefined && !has(['cette structure', 'ce groupe'])));
  // « et son téléphone ? » after an answer naming two people: the details of each of them.
  if (has(CONTACT_DETAIL_WORDS) && memory.answerPerson === undefined && memory.answerPeople !== undefined)
    return { intent: { kind: 'contact', people: memory.answerPeople } };
  const target = person
    ? (memory.answerPerson ?? memory.answerSubject ?? memory.subject)
    : (memory.answerSubject ?? memory.subject);
  if (!target) return { question };
  // The words as typed: « où » keeps its accent, « CA » its capitals.
  const rest = question.replace(/^\s*(?:(?:et|pour|puis|alors|sinon)\b[\s,]*)+/i, '').trim();
  // « combien de permanents ? » after « Interleukin c'est quoi ? »: a short question with no
  // subject of its own, whose word the documents use, is about the last subject.
  const elliptic =
    words.length <= 4 &&
    own.length === 0 &&
    residual(q.r).some((i) => searchPassages(passageIndexOf(ctx.dataset), words[i]!, 1).length > 0);
  const marked = startsWithEt || backRef || person || elliptic || meetingDetail;
  // Unmarked, it follows on only if every word is one the bot knows (« adresse ? », « et le mail »),
  // never when it is words of its own (« blablabla »).
  if (!marked && residual(q.r).length > 0) return { question };
  // The last subject as it was typed (« SOLIMOB », an alias of the GT5 the documents use), so the
  // new question reads it as the last one did.
  const typed =
    target === memory.subject
      ? memory.words.slice(memory.subject.start, memory.subject.start + memory.subject.length).join(' ')
      : target.name;
  return { question: `${rest} ${typed || target.name}`, marked };
}
