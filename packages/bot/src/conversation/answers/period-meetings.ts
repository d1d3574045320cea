import { formatCountFr, localStartInstant, meetingsInRange, parseLocalDate } from '@ptce/core';
import { meetingLine } from '../../meeting-text/meeting-line.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';

/** The meetings of a named period (« mars 2023 », « l’automne 2023 »), of the governance or of some targets. */
export function periodMeetingsReply(
  intent: Extract<Intent, { kind: 'meetings-in-period' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const at = (text: string) => localStartInstant(parseLocalDate(text)!, dataset.timeZone);
  const targets = intent.targets?.map((t) => t.id);
  const meetings = meetingsInRange(dataset, { from: at(intent.from), to: at(intent.to) }).filter(
    (m) =>
      (targets === undefined || targets.includes(m.body ?? m.group ?? '')) &&
      (!intent.governance || m.body !== undefined),
  );
  const what = targets
    ? targets.map((t) => targetName(dataset, t)).join(', ')
    : intent.governance
      ? 'Gouvernance'
      : 'Agenda';
  return reply('meetings-in-period', `${what} — ${intent.label}`, {
    lines:
      meetings.length === 0
        ? [`Aucune réunion connue pour ${intent.label} dans les documents.`]
        : [`${formatCountFr(meetings.length, 'réunion')} :`, ...meetings.map((m) => meetingLine(dataset, m))],
    sources: citedSources(
      dataset,
      meetings.map((m) => m.source),
    ),
    data: { from: intent.from, to: intent.to, meetings: meetings.map((m) => m.id) },
  });
}
