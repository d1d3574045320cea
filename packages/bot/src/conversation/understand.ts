import { SUBJECT_KINDS } from './follow-up.js';
import type { ConversationContext, Intent } from './intent.js';
import { attributeRecognizer } from './recognizers/attribute-recognizer.js';
import type { Candidate } from './recognizers/candidate.js';
import { clarifyRecognizer } from './recognizers/clarify-recognizer.js';
import { contactValueRecognizer } from './recognizers/contact-value-recognizer.js';
import { foundedRecognizer } from './recognizers/founded-recognizer.js';
import { historyRecognizer } from './recognizers/history-recognizer.js';
import { measureRecognizer } from './recognizers/measure-recognizer.js';
import { meetingRecognizer } from './recognizers/meeting-recognizer.js';
import { partnerCardRecognizer } from './recognizers/partner-card-recognizer.js';
import { partnerRecognizer } from './recognizers/partner-recognizer.js';
import { passageRecognizer } from './recognizers/passage-recognizer.js';
import { periodRecognizer } from './recognizers/period-recognizer.js';
import { personCardRecognizer } from './recognizers/person-card-recognizer.js';
import { placeRecognizer } from './recognizers/place-recognizer.js';
import { rank } from './recognizers/rank.js';
import { relationRecognizer } from './recognizers/relation-recognizer.js';
import { roleRecognizer } from './recognizers/role-recognizer.js';
import { structureSearchRecognizer } from './recognizers/structure-search-recognizer.js';
import { structuredRecognizer } from './recognizers/structured-recognizer.js';
import { questionFacts } from './understand/question-facts.js';
import { splitClauses } from './understand/split-clauses.js';
import { splitParts } from './understand/split-parts.js';

/** The best a passage can score: a reading above it never needs the passage search. */
const PASSAGE_CEILING = 0.55;

function readOne(question: string, ctx: ConversationContext): Intent {
  const q = questionFacts(question, ctx);
  if (q.r.words.length === 0) return { kind: 'help' };
  const candidates: (Candidate | undefined)[] = [
    contactValueRecognizer(q),
    personCardRecognizer(q),
    partnerCardRecognizer(q),
    clarifyRecognizer(q),
    structuredRecognizer(q, question),
    relationRecognizer(q),
    partnerRecognizer(q),
    attributeRecognizer(q),
    measureRecognizer(q),
    periodRecognizer(q),
    placeRecognizer(q),
    foundedRecognizer(q),
    historyRecognizer(q),
    meetingRecognizer(q),
    roleRecognizer(q),
    structureSearchRecognizer(q),
  ];
  let best = rank(candidates);
  if (!best || best.score < PASSAGE_CEILING) best = rank([best, passageRecognizer(q)]);
  return best && best.score > 0 ? best.intent : { kind: 'unknown', text: question };
}

const same = (a: Intent, b: Intent) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Understands a French question. It is read once (the entities it names among every node of the
 * fact graph, relation cues, question word, period); recognizers, one per relation or answer
 * family, propose readings and an explicit ranking picks one. A question in several parts
 * (« adresse et président de … ») gives one intent per part.
 *
 * @returns The intent; `unknown` when nothing fits.
 */
export function parseIntent(question: string, ctx: ConversationContext): Intent {
  // Several questions in one sentence first, then several aspects of one subject.
  const clauses = splitClauses(question);
  const asked = clauses ? clausesIntent(clauses, ctx) : undefined;
  if (asked) return asked;
  const parts = splitParts(question);
  if (parts) {
    const intents: Intent[] = [];
    for (const part of parts) {
      const intent = readOne(part, ctx);
      if (intent.kind === 'unknown' || intent.kind === 'help') return readOne(question, ctx);
      if (!intents.some((i) => same(i, intent))) intents.push(intent);
    }
    if (intents.length >= 2) return { kind: 'multi', parts: intents };
    if (intents.length === 1) return intents[0]!;
  }
  return readOne(question, ctx);
}

/**
 * Several questions in one sentence: each is read alone, a clause that names no subject
 * (« et elle a rejoint PHARE quand ? ») taking the subject of the clause before it. Undefined
 * when one of them is not understood: the sentence is then read whole.
 */
function clausesIntent(clauses: readonly string[], ctx: ConversationContext): Intent | undefined {
  // Each clause's own subject; the carrier is often the object (« elle a rejoint PHARE quand ? »).
  const subjects = clauses.map((clause) => {
    const links = questionFacts(clause, ctx).links.filter((l) => SUBJECT_KINDS.has(l.node.kind));
    // A named thing before a figure: « le gt éco-mobilité » names the group, not the groups' count.
    const mine = links.filter((l) => l.node.kind !== 'carrier' && l.node.kind !== 'ptce');
    const own = mine.find((l) => l.node.kind !== 'indicator') ?? mine[0];
    return { own: own?.node.name, any: (own ?? links[0])?.node.name };
  });
  const intents: Intent[] = [];
  for (const [i, clause] of clauses.entries()) {
    // A clause without a subject takes the one before it, or else the one after (« qui préside et
    // qui dirige La Pose »).
    const before = subjects
      .slice(0, i)
      .reverse()
      .find((s) => s.own)?.own;
    const after = subjects.slice(i + 1).find((s) => s.own)?.own;
    const borrowed = subjects[i]!.own ? undefined : (before ?? after);
    const intent = parseIntent(borrowed ? `${clause} ${borrowed}` : clause, ctx);
    if (intent.kind === 'unknown' || intent.kind === 'help') return undefined;
    for (const one of intent.kind === 'multi' ? intent.parts : [intent])
      if (!intents.some((x) => same(x, one))) intents.push(one);
  }
  return intents.length >= 2 ? { kind: 'multi', parts: intents } : intents[0];
}
