import {
  type AgendaItem,
  compareMeetings,
  type Dataset,
  type DatedMeeting,
  formatListFr,
  formatLocalDateRelativeFr,
  lastMeeting,
  nextMeeting,
  upcomingMeetings,
} from '@ptce/core';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { meetingLine } from '../../meeting-text/meeting-line.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { ConversationContext, Intent, TargetRef } from '../intent.js';
import { type Reply, type ReplyLine, reply } from '../reply.js';
import { cadenceText } from './bodies.js';
import { citedSources } from './cited-sources.js';

type MeetingIntent = Extract<
  Intent,
  { kind: 'next-meeting' | 'last-meeting' | 'meeting-agenda' | 'meeting-place' | 'meeting-minutes' }
>;

/** The bodies a question about "the next meeting" covers when it names none: the PTCE's own. */
function defaultTargets(dataset: Dataset): TargetRef[] {
  const ptce = dataset.bodies.filter((b) => b.level === 'ptce');
  return (ptce.length > 0 ? ptce : dataset.bodies).map((b) => ({ kind: 'body', id: b.id }));
}

function agendaLines(items: readonly AgendaItem[], depth = 0): string[] {
  return items.flatMap((item) => [
    `${'  '.repeat(depth)}• ${item.time ? `${item.time.replace(':', ' h ').replace(/ h 00$/, ' h')} — ` : ''}${item.title}${item.speaker ? ` (${item.speaker})` : ''}`,
    ...agendaLines(item.items ?? [], depth + 1),
  ]);
}

function whenLine(meeting: DatedMeeting, ctx: ConversationContext): ReplyLine {
  const line = meetingLine(ctx.dataset, meeting);
  const relative = formatLocalDateRelativeFr(meeting.when.start, ctx.now, {
    timeZone: meeting.when.timeZone,
  });
  return { ...line, text: `${line.text} (${relative})` };
}

/**
 * The next meeting of any of the targets. One query per target uses core's per-target index,
 * where one query over several targets scans every meeting of the dataset.
 */
function earliestNext(dataset: Dataset, now: Date, targets: readonly TargetRef[]): DatedMeeting | undefined {
  let best: DatedMeeting | undefined;
  for (const t of targets) {
    const next = nextMeeting(dataset, now, { target: t.id });
    if (next && (!best || compareMeetings(next, best) < 0)) best = next;
  }
  return best;
}

function namedLine(name: string, line: ReplyLine): ReplyLine {
  return { ...line, text: `${name} : ${line.text}` };
}

function nextFor(
  ctx: ConversationContext,
  target: TargetRef,
): { lines: ReplyLine[]; meeting?: DatedMeeting } {
  const { dataset, now } = ctx;
  const name = targetName(dataset, target.id);
  const next = nextMeeting(dataset, now, { target: target.id });
  if (next)
    return {
      lines: [namedLine(name, whenLine(next, ctx))],
      meeting: next,
    };
  const last = lastMeeting(dataset, now, { target: target.id });
  const cadence = dataset.bodyById.get(target.id)?.cadence ?? dataset.groupById.get(target.id)?.cadence;
  const lines: ReplyLine[] = [
    { text: `${name} : aucune prochaine réunion n’est encore fixée dans les données.` },
  ];
  if (last)
    lines.push({
      text: `Dernière réunion connue : ${meetingDateText(last)}${last.place ? ` (${last.place})` : ''}.`,
    });
  if (cadence) lines.push({ text: `Rythme prévu : ${cadenceText(cadence)}.` });
  return last ? { lines, meeting: last } : { lines };
}

/** The calendar feed to subscribe to, when the bot serves one. */
function feedLines(ctx: ConversationContext): ReplyLine[] {
  return ctx.calendarUrl ? [{ text: `Toutes les dates dans votre agenda : ${ctx.calendarUrl}` }] : [];
}

/**
 * Whether a meeting's day is known. One known only by its month or year is « upcoming » all that
 * month and sorts at its first day: it is never « the next meeting » of the PTCE as a whole.
 */
function dayKnown(meeting: DatedMeeting): boolean {
  return meeting.when.start.precision === 'day' || meeting.when.start.precision === 'datetime';
}

/** The meeting after a given instant (« et le suivant ? »), of the same targets. */
function followingReply(
  after: number,
  targets: readonly TargetRef[],
  explicit: boolean,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  // Strictly later: a day-only meeting is still « under way » all its day, so it would come back.
  const later = (target?: string) =>
    upcomingMeetings(dataset, new Date(after + 1), target === undefined ? {} : { target }).find(
      (m) => m.when.startsAt > after && (target !== undefined || dayKnown(m)),
    );
  const next = explicit
    ? targets
        .flatMap((t) => later(t.id) ?? [])
        .reduce<DatedMeeting | undefined>((a, b) => (a && compareMeetings(a, b) <= 0 ? a : b), undefined)
    : later();
  const names = formatListFr(targets.map((t) => targetName(dataset, t.id)));
  if (!next)
    return reply('next-meeting', `Réunion suivante${explicit ? ` : ${names}` : ''}`, {
      lines: [
        `Aucune autre réunion${explicit ? ` (${names})` : ''} n’est fixée après celle-ci dans les données.`,
      ],
      data: { meetings: [] },
    });
  const name = targetName(dataset, next.body ?? next.group);
  return reply('next-meeting', `Réunion suivante${name ? ` : ${name}` : ''}`, {
    lines: [whenLine(next, ctx)],
    sources: citedSources(dataset, [next.source]),
    data: { meetings: [next.id] },
  });
}

/** The meeting before a given instant (« et celui d'avant ? »), of the same targets. */
function previousReply(
  before: number,
  targets: readonly TargetRef[],
  explicit: boolean,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const earlier = (target?: string) => {
    const m = lastMeeting(dataset, new Date(before - 1), target === undefined ? {} : { target });
    return m && m.when.startsAt < before ? m : undefined;
  };
  const previous = explicit
    ? targets
        .flatMap((t) => earlier(t.id) ?? [])
        .reduce<DatedMeeting | undefined>((a, b) => (a && compareMeetings(a, b) >= 0 ? a : b), undefined)
    : earlier();
  const names = formatListFr(targets.map((t) => targetName(dataset, t.id)));
  if (!previous)
    return reply('last-meeting', `Réunion précédente${explicit ? ` : ${names}` : ''}`, {
      lines: [`Aucune réunion${explicit ? ` (${names})` : ''} n’est connue avant celle-ci dans les données.`],
      data: { meetings: [] },
    });
  const name = targetName(dataset, previous.body ?? previous.group);
  return reply('last-meeting', `Réunion précédente${name ? ` : ${name}` : ''}`, {
    lines: [whenLine(previous, ctx)],
    sources: citedSources(dataset, [previous.source]),
    data: { meetings: [previous.id] },
  });
}

/** Answers next/last meeting, agenda, place and compte-rendu questions. */
export function meetingReply(intent: MeetingIntent, ctx: ConversationContext): Reply {
  const { dataset, now } = ctx;
  const explicit = intent.targets.length > 0;
  const targets = explicit ? intent.targets : defaultTargets(dataset);
  const names = formatListFr(targets.map((t) => targetName(dataset, t.id)));

  if (intent.kind === 'next-meeting' && intent.after !== undefined)
    return followingReply(intent.after, targets, explicit, ctx);
  if (intent.kind === 'last-meeting' && intent.before !== undefined)
    return previousReply(intent.before, targets, explicit, ctx);
  if (intent.kind === 'next-meeting') {
    if (!explicit) {
      const ofBodies = earliestNext(dataset, now, targets);
      // The next meeting of anything (a bureau, a visit) when it comes before the PTCE's
      // instances: « la prochaine réunion » may mean either, so both are given, the first first.
      const any = upcomingMeetings(dataset, now).find(dayKnown);
      const next = any && (!ofBodies || compareMeetings(any, ofBodies) < 0) ? any : ofBodies;
      if (!next) {
        return reply('next-meeting', 'Prochaine réunion', {
          lines: ['Aucune réunion à venir n’est fixée dans les données.'],
          suggestions: ['agenda'],
        });
      }
      const name = targetName(dataset, next.body ?? next.group);
      return reply('next-meeting', `Prochaine réunion${name ? ` : ${name}` : ''}`, {
        lines: [
          ...(ofBodies
            ? []
            : [{ text: 'Aucune réunion des instances du PTCE n’est fixée ; la prochaine réunion connue :' }]),
          whenLine(next, ctx),
          ...(ofBodies && ofBodies !== next
            ? [{ text: 'Prochaine instance du PTCE :' }, whenLine(ofBodies, ctx)]
            : []),
          ...feedLines(ctx),
        ],
        sources: citedSources(dataset, [next.source, ...(ofBodies ? [ofBodies.source] : [])]),
        data: { meetings: [next.id] },
      });
    }
    const parts = targets.map((t) => nextFor(ctx, t));
    const found = parts.flatMap((p) => (p.meeting ? [p.meeting] : []));
    return reply('next-meeting', `Prochaine réunion : ${names}`, {
      lines: [...parts.flatMap((p) => p.lines), ...(found.length > 0 ? feedLines(ctx) : [])],
      sources: citedSources(
        dataset,
        found.map((m) => m.source),
      ),
      suggestions: targets.length === 1 ? [`ordre du jour ${targetName(dataset, targets[0]!.id)}`] : [],
      data: { meetings: found.map((m) => m.id) },
    });
  }

  const pick = (t: TargetRef) =>
    intent.kind === 'last-meeting' || intent.kind === 'meeting-minutes'
      ? lastMeeting(dataset, now, { target: t.id, statuses: ['held'] })
      : (nextMeeting(dataset, now, { target: t.id }) ?? lastMeeting(dataset, now, { target: t.id }));
  const chosen = targets.map((t) => ({ target: t, meeting: pick(t) }));
  const lines: ReplyLine[] = [];
  for (const { target, meeting } of chosen) {
    const name = targetName(dataset, target.id);
    if (!meeting) {
      lines.push({
        text: `${name} : je ne trouve aucune réunion ${intent.kind === 'last-meeting' || intent.kind === 'meeting-minutes' ? 'passée' : 'connue'} dans les données.`,
      });
      continue;
    }
    const head = `${name} — ${meetingDateText(meeting)}`;
    switch (intent.kind) {
      case 'last-meeting':
        lines.push(namedLine(name, whenLine(meeting, ctx)));
        break;
      case 'meeting-place':
        lines.push({
          text:
            meeting.place || meeting.link
              ? `${head} : ${[meeting.place, meeting.link ? `en ligne : ${meeting.link}` : undefined].filter(Boolean).join(' ; ')}`
              : `${head} : le lieu n’est pas indiqué dans les données.`,
        });
        break;
      case 'meeting-agenda':
        if (meeting.agenda.length === 0)
          lines.push({ text: `${head} : l’ordre du jour n’est pas encore connu.` });
        else
          lines.push(
            { text: `Ordre du jour — ${head} :` },
            ...agendaLines(meeting.agenda).map((text) => ({ text })),
          );
        break;
      case 'meeting-minutes':
        if (meeting.minutes?.url) lines.push({ text: `${head} : compte-rendu ${meeting.minutes.url}` });
        else if (meeting.minutes?.summary) lines.push({ text: `${head} : ${meeting.minutes.summary}` });
        else
          lines.push({
            text: `${head} : aucun compte-rendu n’est disponible dans les données. Demandez-le à l’équipe de coordination.`,
          });
        break;
    }
  }
  const titles = {
    'last-meeting': 'Dernière réunion',
    'meeting-place': 'Lieu de la réunion',
    'meeting-agenda': 'Ordre du jour',
    'meeting-minutes': 'Compte-rendu',
  } as const;
  const found = chosen.flatMap((c) => (c.meeting ? [c.meeting] : []));
  return reply(intent.kind, `${titles[intent.kind]} : ${names}`, {
    lines,
    sources: citedSources(
      dataset,
      found.map((m) => m.source),
    ),
    data: { meetings: found.map((m) => m.id) },
  });
}
