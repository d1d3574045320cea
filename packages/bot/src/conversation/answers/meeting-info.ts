import { formatCountFr, latestSheets } from '@ptce/core';
import { meetingLine } from '../../meeting-text/meeting-line.js';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, type ReplyLine, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';

/** What is known of some meetings: date, place, participants, notes. */
export function meetingInfoReply(
  intent: Extract<Intent, { kind: 'meeting-info' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const meetings = intent.meetings.flatMap((id) => {
    const m = dataset.meetingById.get(id);
    return m ? [m] : [];
  });
  const lines: ReplyLine[] = [];
  // Counts only: who signed the sheet is for staff.
  const signed = latestSheets(ctx.sheets ?? []);
  for (const m of meetings) {
    lines.push(meetingLine(dataset, m));
    const count = m.attendance?.count;
    const sheet = signed.get(m.id);
    if (count !== undefined || !sheet) {
      lines.push({
        text:
          count === undefined
            ? 'Le nombre de participants n’est pas indiqué dans les documents.'
            : `Participants : ${count}${m.attendance?.note && m.attendance.note !== `${count} personnes.` ? ` (${m.attendance.note.replace(/\.$/, '')})` : ''}.`,
      });
    }
    if (sheet) {
      lines.push({
        text: `Feuille d’émargement confirmée : ${formatCountFr(sheet.present.length, 'présent·e', 'présent·es')}${sheet.represented.length > 0 ? `, ${formatCountFr(sheet.represented.length, 'voix représentée', 'voix représentées')}` : ''}.`,
      });
    }
    if (m.note) lines.push({ text: m.note });
  }
  return reply('meeting-info', meetings.length === 1 ? meetings[0]!.title : 'Réunions', {
    lines: lines.length > 0 ? lines : [{ text: 'Je ne trouve pas cette réunion dans les documents.' }],
    sources: citedSources(
      dataset,
      meetings.map((m) => m.source),
    ),
    data: { meetings: meetings.map((m) => m.id) },
  });
}
