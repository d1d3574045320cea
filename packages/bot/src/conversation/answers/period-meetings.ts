import { type DatedMeeting, localStartInstant, meetingsInRange, parseLocalDate } from '@ptce/core';
import { targetName } from '../../meeting-text/target-name.js';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { periodLines } from './period-lines.js';

/** The meetings of a named period (« mars 2023 », « l’automne 2023 »), of the governance or of some targets. */
export function periodMeetingsReply(
  intent: Extract<Intent, { kind: 'meetings-in-period' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const at = (text: string) => localStartInstant(parseLocalDate(text)!, dataset.timeZone);
  const targets = intent.targets?.map((t) => t.id);
  const keep = (m: DatedMeeting) =>
    (targets === undefined || targets.includes(m.body ?? m.group ?? '')) &&
    (!intent.governance || m.body !== undefined);
  const from = at(intent.from);
  const to = at(intent.to);
  const meetings = meetingsInRange(dataset, { from, to }).filter(keep);
  const what = targets
    ? targets.map((t) => targetName(dataset, t)).join(', ')
    : intent.governance
      ? 'Gouvernance'
      : 'Agenda';
  return reply('meetings-in-period', `${what} — ${intent.label}`, {
    lines: periodLines(dataset, meetings, {
      from,
      to,
      empty: `Aucune réunion connue pour ${intent.label} dans les documents.`,
      keep,
    }),
    sources: citedSources(
      dataset,
      meetings.map((m) => m.source),
    ),
    data: { from: intent.from, to: intent.to, meetings: meetings.map((m) => m.id) },
  });
}
