import { formatLocalDateFr, parseLocalDate, passageIndexOf, searchPassages } from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './meeting-text.js';

function periodText(period: string | undefined): string {
  const date = period === undefined ? undefined : parseLocalDate(period);
  return date ? formatLocalDateFr(date) : 'date inconnue';
}

/** The milestones of the history that answer a question, with their dates: « 2020 : des acteurs du Cambrésis… ». */
export function historyReply(intent: Extract<Intent, { kind: 'history' }>, ctx: ConversationContext): Reply {
  const { dataset } = ctx;
  const hits = searchPassages(passageIndexOf(dataset), intent.query, 4, ['milestone']);
  const inYear =
    intent.year === undefined ? [] : hits.filter((h) => h.passage.period?.startsWith(String(intent.year)));
  const top = hits[0];
  const chosen =
    inYear.length > 0
      ? inYear.slice(0, 2)
      : top
        ? hits.filter((h) => h.score >= top.score * 0.75).slice(0, 2)
        : [];
  if (chosen.length === 0)
    return reply('history', 'Historique', { lines: ['Je n’ai pas cette information dans les documents.'] });
  return reply('history', `Historique de ${dataset.ptce.name}`, {
    lines: chosen.map((h) => `${periodText(h.passage.period)} : ${h.passage.text}`),
    sources: citedSources(
      dataset,
      chosen.map((h) => h.passage.source),
    ),
    data: { milestones: chosen.map((h) => h.passage.node) },
  });
}
