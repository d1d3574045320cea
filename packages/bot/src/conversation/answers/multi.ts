import { clipText } from '../../clip-text.js';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, type ReplyField, type ReplySource, reply } from '../reply.js';

/**
 * One reply for a question in several parts: each part's answer becomes a section (a field on
 * Discord), and the sources are merged.
 */
export function multiReply(
  intent: Extract<Intent, { kind: 'multi' }>,
  ctx: ConversationContext,
  answer: (part: Intent, ctx: ConversationContext) => Reply,
): Reply {
  // Two parts answered by the same lines (« quand et où » both quoting one passage) are said once.
  const replies: Reply[] = [];
  for (const r of intent.parts.map((p) => answer(p, ctx)))
    if (!replies.some((x) => sameLines(x, r))) replies.push(r);
  if (replies.length === 1) return replies[0]!;
  const fields: ReplyField[] = replies.map((r) => ({
    name: r.title,
    // An embed field holds 1 024 characters at most.
    value: clipText(
      [...r.lines.map((l) => l.text), ...r.fields.map((f) => `${f.name} : ${f.value}`)].join('\n'),
      1024,
    ),
  }));
  const sources: ReplySource[] = [];
  for (const r of replies)
    for (const s of r.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  const titles = [...new Set(replies.map((r) => r.title))];
  return reply('multi', titles.length === 1 ? titles[0]! : titles.join(' · '), {
    fields,
    sources,
    data: { parts: replies.map((r) => ({ intent: r.intent, title: r.title, data: r.data ?? null })) },
  });
}

function sameLines(a: Reply, b: Reply): boolean {
  const text = (r: Reply) => JSON.stringify([r.lines.map((l) => l.text), r.fields]);
  return text(a) === text(b);
}
