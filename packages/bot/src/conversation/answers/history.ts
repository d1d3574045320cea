import { type Passage, passageIndexOf, searchPassages } from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { periodText } from './period-text.js';

const dateText = (period: string | undefined) =>
  period === undefined ? 'date inconnue' : periodText(period);

/** The milestones of the history that answer a question, with their dates: « 2020 : des acteurs du Cambrésis… ». */
export function historyReply(intent: Extract<Intent, { kind: 'history' }>, ctx: ConversationContext): Reply {
  const { dataset } = ctx;
  const index = passageIndexOf(dataset);
  const milestones = index.passages.filter((p) => p.field === 'milestone');
  const hits = searchPassages(index, intent.query, 4, ['milestone']);
  const top = hits[0];
  let chosen: Passage[];
  if (intent.year !== undefined)
    chosen = milestones.filter((p) => p.period?.startsWith(String(intent.year))).slice(0, 3);
  else if (top && top.matched >= 2)
    chosen = hits
      .filter((h) => h.score >= top.score * 0.75)
      .slice(0, 2)
      .map((h) => h.passage);
  else if (intent.earliest)
    chosen = [...milestones].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '')).slice(0, 2);
  else chosen = [];
  if (chosen.length === 0)
    return reply('history', 'Historique', { lines: ['Je n’ai pas cette information dans les documents.'] });
  return reply('history', `Historique de ${dataset.ptce.name}`, {
    lines: chosen.map((p) => `${dateText(p.period)} : ${p.text}`),
    sources: citedSources(
      dataset,
      chosen.map((p) => p.source),
    ),
    data: { milestones: chosen.map((p) => p.node) },
  });
}
