import { factGraphOf, normalizeText } from '@ptce/core';
import type { ConversationMemories } from './conversation-memories.js';
import type { ConversationMemory } from './conversation-memory.js';
import { answerIntent } from './engine.js';
import { resolveFollowUp, SUBJECT_KINDS } from './follow-up.js';
import type { ConversationContext, Intent } from './intent.js';
import type { Reply } from './reply.js';
import { questionFacts } from './understand/question-facts.js';
import { parseIntent } from './understand.js';

/** An answer, and what the conversation remembers after it. */
export interface Turn {
  readonly reply: Reply;
  readonly memory: ConversationMemory;
}

/** The people an answer names (fact-graph person nodes). */
function peopleNamed(reply: Reply, ctx: ConversationContext) {
  const text = ` ${normalizeText([reply.title, ...reply.lines.map((l) => l.text), ...reply.fields.map((f) => f.value)].join(' '))} `;
  const at = (name: string) => text.indexOf(` ${normalizeText(name)} `);
  // In the order the answer names them.
  return factGraphOf(ctx.dataset)
    .nodes.filter((n) => n.kind === 'person' && at(n.name) >= 0)
    .sort((a, b) => at(a.name) - at(b.name));
}

/** The first and last start of the meetings an answer gave, epoch milliseconds. */
function meetingSpan(reply: Reply, ctx: ConversationContext): { first: number; last: number } | undefined {
  const ids = (reply.data as { meetings?: unknown } | undefined)?.meetings;
  if (!Array.isArray(ids)) return undefined;
  const starts = ids.flatMap((id) => {
    const m = typeof id === 'string' ? ctx.dataset.meetingById.get(id) : undefined;
    return m ? [m.when.startsAt] : [];
  });
  return starts.length > 0 ? { first: Math.min(...starts), last: Math.max(...starts) } : undefined;
}

/** The one structure an answer found (« qui fait du vélo ? »), if exactly one. */
function structureFound(reply: Reply, ctx: ConversationContext): ConversationMemory['answerSubject'] {
  const ids = (reply.data as { structures?: unknown } | undefined)?.structures;
  if (!Array.isArray(ids) || ids.length !== 1 || typeof ids[0] !== 'string') return undefined;
  const node = factGraphOf(ctx.dataset).nodeById.get(ids[0]);
  return node ? { node: node.id, name: node.name } : undefined;
}

/**
 * Answers one turn of a conversation: the question is read in the light of the memory (a
 * follow-up reuses the last entity, relation or period), answered, and remembered.
 *
 * @param question - The question as typed.
 * @param ctx - The data and the clock.
 * @param memory - What the conversation remembers, if anything.
 * @returns The reply and the new memory.
 */
export function converse(question: string, ctx: ConversationContext, memory?: ConversationMemory): Turn {
  const resolved = resolveFollowUp(question, memory, ctx);
  let text = question;
  let intent: Intent;
  if ('intent' in resolved) intent = resolved.intent;
  else {
    const alone = parseIntent(question, ctx);
    const rewritten = resolved.question === question ? alone : parseIntent(resolved.question, ctx);
    // The memory helps only a question that needs it: one understood alone and not marked as a
    // follow-up stays as typed, and a rewrite nobody understands falls back to the typed words.
    // A question too short to say what it is about (« qui le copilote ? ») is one the memory can
    // complete, as one not understood at all.
    const needsMemory = alone.kind === 'unknown' || alone.kind === 'clarify';
    const useRewrite =
      rewritten.kind !== 'unknown' &&
      rewritten.kind !== 'clarify' &&
      (needsMemory || resolved.marked === true);
    intent = useRewrite ? rewritten : alone;
    if (useRewrite) text = resolved.question;
  }
  const reply = answerIntent(intent, ctx);
  const q = questionFacts(text, ctx);
  // A named thing before a figure: « le GT Éco-mobilité » is the group, not the count of groups.
  const subjects = q.links.filter((l) => SUBJECT_KINDS.has(l.node.kind));
  const link = subjects.find((l) => l.node.kind !== 'indicator') ?? subjects[0];
  // An intent built from the memory (« et le suivant ? ») keeps the last question's words.
  const keep = 'intent' in resolved && memory;
  const subject = link
    ? { node: link.node.id, name: link.node.name, start: link.start, length: link.length }
    : keep
      ? memory.subject
      : undefined;
  const named = peopleNamed(reply, ctx);
  const person = named.length === 1 ? { node: named[0]!.id, name: named[0]!.name } : undefined;
  // Only people the data knows by record can have their details asked for.
  const people = named.flatMap((n) => {
    const id = n.id.slice('person:'.length);
    return ctx.dataset.personById.has(id) ? [id] : [];
  });
  const span = meetingSpan(reply, ctx);
  const found = structureFound(reply, ctx);
  const periodText = q.period?.text ?? (keep ? memory.periodText : undefined);
  return {
    reply,
    memory: {
      words: keep ? memory.words : q.r.words,
      intent,
      ...(subject ? { subject } : {}),
      ...(keep && memory.named
        ? { named: memory.named }
        : {
            named: q.links
              .filter((l) => SUBJECT_KINDS.has(l.node.kind))
              .map((l) => ({ node: l.node.id, start: l.start, length: l.length })),
          }),
      ...(person ? { answerPerson: person } : {}),
      ...(people.length > 1 ? { answerPeople: people } : {}),
      ...(periodText ? { periodText } : {}),
      ...(span === undefined ? {} : { lastMeetingAt: span.last, firstMeetingAt: span.first }),
      ...(found && found.node !== subject?.node ? { answerSubject: found } : {}),
      at: ctx.now.getTime(),
    },
  };
}

/**
 * Answers a question in the conversation `key` of `memories`: reads it against that
 * conversation's fresh memory, then remembers the answer's.
 *
 * @param question - The question as typed.
 * @param ctx - The data and the clock.
 * @param memories - The conversations going on.
 * @param key - This conversation's key.
 * @returns The reply.
 */
export function converseIn(
  question: string,
  ctx: ConversationContext,
  memories: ConversationMemories,
  key: string,
): Reply {
  const turn = converse(question, ctx, memories.recall(key, ctx.now));
  memories.remember(key, turn.memory);
  return turn.reply;
}
