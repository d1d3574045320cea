import { factGraphOf, normalizeText } from '@ptce/core';
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

/** The one person an answer names, if exactly one. */
function personNamed(reply: Reply, ctx: ConversationContext): ConversationMemory['answerPerson'] {
  const text = ` ${normalizeText([reply.title, ...reply.lines.map((l) => l.text), ...reply.fields.map((f) => f.value)].join(' '))} `;
  const found = factGraphOf(ctx.dataset).nodes.filter(
    (n) => n.kind === 'person' && text.includes(` ${normalizeText(n.name)} `),
  );
  return found.length === 1 ? { node: found[0]!.id, name: found[0]!.name } : undefined;
}

function lastMeetingAt(reply: Reply, ctx: ConversationContext): number | undefined {
  const ids = (reply.data as { meetings?: unknown } | undefined)?.meetings;
  if (!Array.isArray(ids)) return undefined;
  const starts = ids.flatMap((id) => {
    const m = typeof id === 'string' ? ctx.dataset.meetingById.get(id) : undefined;
    return m ? [m.when.startsAt] : [];
  });
  return starts.length > 0 ? Math.max(...starts) : undefined;
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
  const text = 'question' in resolved ? resolved.question : question;
  const intent: Intent = 'intent' in resolved ? resolved.intent : parseIntent(text, ctx);
  const reply = answerIntent(intent, ctx);
  const q = questionFacts(text, ctx);
  const link = q.links.find((l) => SUBJECT_KINDS.has(l.node.kind));
  // An intent built from the memory (« et le suivant ? ») keeps the last question's words.
  const keep = 'intent' in resolved && memory;
  const subject = link
    ? { node: link.node.id, name: link.node.name, start: link.start, length: link.length }
    : keep
      ? memory.subject
      : undefined;
  const person = personNamed(reply, ctx);
  const at = lastMeetingAt(reply, ctx);
  const periodText = q.period?.text ?? (keep ? memory.periodText : undefined);
  return {
    reply,
    memory: {
      words: keep ? memory.words : q.r.words,
      intent,
      ...(subject ? { subject } : {}),
      ...(person ? { answerPerson: person } : {}),
      ...(periodText ? { periodText } : {}),
      ...(at === undefined ? {} : { lastMeetingAt: at }),
      at: ctx.now.getTime(),
    },
  };
}
