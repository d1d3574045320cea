import { passageIndexOf, searchPassages } from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { quoteLine } from './passages.js';

/** The member structures whose activities or description match what was asked, each with its sentence. */
export function structureMatchesReply(
  intent: Extract<Intent, { kind: 'structures-matching' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const hits = searchPassages(passageIndexOf(dataset), intent.query, 12, ['structure']);
  const top = hits[0];
  const good = top
    ? hits.filter((h) => h.score >= top.score / 2 && h.matched >= Math.ceil(h.queryTerms / 2))
    : [];
  const seen = new Set<string>();
  const best = good.filter((h) => !seen.has(h.passage.node) && seen.add(h.passage.node)).slice(0, 5);
  if (best.length === 0)
    return reply('structures-matching', 'Structures', {
      lines: ['Je n’ai pas cette information dans les documents.'],
    });
  const names = best.map(
    (h) => dataset.structureById.get(h.passage.node.slice('structure:'.length))?.name ?? h.passage.name,
  );
  return reply('structures-matching', names.length === 1 ? names[0]! : `${names.length} structures`, {
    lines: best.map((h) => quoteLine(dataset, h)),
    sources: citedSources(
      dataset,
      best.map((h) => h.passage.source),
    ),
    data: { structures: best.map((h) => h.passage.node) },
  });
}
