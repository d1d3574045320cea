import { type Dataset, type NamedPeriod, periodRange } from '@ptce/core';
import { agendaReply } from './answers/agenda.js';
import { attributeReply } from './answers/attributes.js';
import { bodyReply, governanceReply } from './answers/bodies.js';
import { clarifyReply } from './answers/clarify.js';
import { contactReply } from './answers/contacts.js';
import { groupListReply, groupNotFoundReply, groupReply } from './answers/groups.js';
import { helpReply, unknownReply } from './answers/help.js';
import { historyReply } from './answers/history.js';
import { indicatorReply, indicatorsOverviewReply } from './answers/indicators.js';
import { meetingInfoReply } from './answers/meeting-info.js';
import { meetingReply } from './answers/meetings.js';
import { multiReply } from './answers/multi.js';
import { passageReply } from './answers/passages.js';
import { periodMeetingsReply } from './answers/period-meetings.js';
import { charterReply, definitionReply, mottoReply, regionalReply } from './answers/ptce.js';
import { relationReply } from './answers/relations.js';
import { structureMatchesReply } from './answers/structure-matches.js';
import { structureReply, structuresInReply } from './answers/structures.js';
import type { AgendaPeriod, ConversationContext, Intent } from './intent.js';
import type { Reply } from './reply.js';
import { parseIntent } from './understand.js';

export { helpReply } from './answers/help.js';
export { parseIntent } from './understand.js';

const UNITS = { semaine: 'week', mois: 'month', trimestre: 'quarter', annee: 'year' } as const;
const COMING_DAYS = { semaine: 7, mois: 31, trimestre: 92, annee: 366 } as const;

/**
 * The range of an agenda period: the coming 7, 31, 92 or 366 days from today, or with
 * `offset` 1 the next calendar week (Monday to Sunday), month, quarter or year; or a whole year.
 */
export function agendaRange(
  dataset: Dataset,
  now: Date,
  period: AgendaPeriod,
  year?: number,
  offset: 0 | 1 = 0,
): { from: Date; to: Date } {
  const chosen: NamedPeriod =
    year !== undefined
      ? { kind: 'year', year }
      : offset === 1
        ? { kind: 'calendar', unit: UNITS[period], offset: 1 }
        : { kind: 'coming', days: COMING_DAYS[period] };
  return periodRange(chosen, now, dataset.timeZone);
}

/**
 * Answers an understood question. Never invents: when the data has no answer, the reply says
 * so and gives what is known.
 */
export function answerIntent(intent: Intent, ctx: ConversationContext): Reply {
  switch (intent.kind) {
    case 'next-meeting':
    case 'last-meeting':
    case 'meeting-agenda':
    case 'meeting-place':
    case 'meeting-minutes':
      return meetingReply(intent, ctx);
    case 'agenda':
      return agendaReply(
        ctx.dataset,
        agendaRange(ctx.dataset, ctx.now, intent.period, intent.year, intent.offset),
      );
    case 'body-cadence':
    case 'body-composition':
    case 'body-role':
    case 'body-compliance':
      return bodyReply(intent, ctx);
    case 'governance':
      return governanceReply(intent, ctx);
    case 'group-list':
      return groupListReply(ctx);
    case 'group-info':
      return groupReply(intent, ctx);
    case 'group-not-found':
      return groupNotFoundReply(intent, ctx);
    case 'structure-info':
      return structureReply(intent, ctx);
    case 'structures-in':
      return structuresInReply(intent, ctx);
    case 'contact':
      return contactReply(intent, ctx);
    case 'indicator':
      return indicatorReply(intent, ctx);
    case 'indicators-overview':
      return indicatorsOverviewReply(intent, ctx);
    case 'ptce-definition':
      return definitionReply(ctx);
    case 'ptce-charter':
      return charterReply(ctx);
    case 'ptce-motto':
      return mottoReply(ctx);
    case 'regional-ptces':
      return regionalReply(intent, ctx);
    case 'clarify':
      return clarifyReply(intent, ctx);
    case 'help':
      return helpReply();
    case 'unknown':
      return unknownReply(intent.text);
    case 'relation':
      return relationReply(intent, ctx);
    case 'entity-attribute':
      return attributeReply(intent, ctx);
    case 'structures-matching':
      return structureMatchesReply(intent, ctx);
    case 'history':
      return historyReply(intent, ctx);
    case 'meetings-in-period':
      return periodMeetingsReply(intent, ctx);
    case 'passage':
      return passageReply(intent, ctx);
    case 'meeting-info':
      return meetingInfoReply(intent, ctx);
    case 'multi':
      return multiReply(intent, ctx, answerIntent);
  }
}

/** Understands and answers a free-text question in French. */
export function ask(question: string, ctx: ConversationContext): Reply {
  return answerIntent(parseIntent(question, ctx), ctx);
}
