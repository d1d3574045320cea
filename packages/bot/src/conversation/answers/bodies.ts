import {
  type Cadence,
  type CadenceEntry,
  cadenceReport,
  formatListFr,
  formatLocalDateFr,
  meetingsOf,
  nextMeeting,
  parseLocalDate,
  toLocalDate,
} from '@ptce/core';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';

const PER = { year: 'par an', month: 'par mois' } as const;

/** "1 à 2 fois par an", "1 fois par an". */
export function cadenceText(c: Cadence): string {
  return c.min === c.max ? `${c.min} fois ${PER[c.per]}` : `${c.min} à ${c.max} fois ${PER[c.per]}`;
}

const STATUS_FR = {
  'on-track': 'dans le rythme',
  behind: 'en retard (le minimum reste atteignable)',
  missed: 'cadence non tenue',
  over: 'au-delà du maximum prévu',
} as const;

/** One plain French sentence on a body's cadence for a year. */
export function complianceText(e: CadenceEntry, ctx: ConversationContext): string {
  const held = `${e.held} réunion${e.held > 1 ? 's' : ''} tenue${e.held > 1 ? 's' : ''}`;
  const planned = e.planned > 0 ? `, ${e.planned} prévue${e.planned > 1 ? 's' : ''}` : '';
  const cancelled = e.cancelled > 0 ? `, ${e.cancelled} annulée${e.cancelled > 1 ? 's' : ''}` : '';
  const expected = `${e.expected.min === e.expected.max ? e.expected.min : `${e.expected.min} à ${e.expected.max}`} attendue${e.expected.max > 1 ? 's' : ''}`;
  const due = e.nextDueBy
    ? ` Prochaine réunion à tenir avant le ${formatLocalDateFr(parseLocalDate(e.nextDueBy)!)}.`
    : '';
  const currentYear = toLocalDate(ctx.now, ctx.dataset.timeZone).year;
  const verdict =
    e.year < currentYear && e.status === 'missed' ? 'cadence non respectée' : STATUS_FR[e.status];
  return `${e.target.name} en ${e.year} : ${held}${planned}${cancelled} pour ${expected} — ${verdict}.${due}`;
}

function yearOf(intent: { year?: number }, ctx: ConversationContext): number {
  return intent.year ?? toLocalDate(ctx.now, ctx.dataset.timeZone).year;
}

/** Cadence, composition and compliance of governance bodies. */
export function bodyReply(
  intent: Extract<Intent, { kind: 'body-cadence' | 'body-composition' | 'body-role' | 'body-compliance' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const bodies = intent.bodies.flatMap((id) => {
    const b = dataset.bodyById.get(id);
    return b ? [b] : [];
  });
  const sources = citedSources(
    dataset,
    bodies.map((b) => b.source),
  );
  if (intent.kind === 'body-cadence') {
    return reply('body-cadence', `Rythme : ${bodies.map((b) => b.name).join(', ')}`, {
      lines: bodies.map((b) =>
        b.cadence
          ? `${b.name} : ${cadenceText(b.cadence)}.`
          : `${b.name} : les documents ne fixent pas de rythme de réunion.`,
      ),
      sources,
    });
  }
  if (intent.kind === 'body-composition') {
    return reply('body-composition', `Composition : ${bodies.map((b) => b.name).join(', ')}`, {
      lines: bodies.flatMap((b) => [
        `${b.name} : ${b.composition ?? 'la composition n’est pas précisée dans les documents.'}`,
        ...(b.purpose ? [`Rôle : ${b.purpose}`] : []),
      ]),
      sources,
    });
  }
  if (intent.kind === 'body-role') {
    return reply('body-role', bodies.map((b) => b.name).join(', '), {
      lines: bodies.flatMap((b) => {
        const next = nextMeeting(dataset, ctx.now, { target: b.id });
        return [
          b.purpose
            ? `${b.name} : ${b.purpose}`
            : `${b.name} : son rôle n’est pas décrit dans les documents.`,
          ...(b.composition ? [`Composition : ${b.composition}`] : []),
          ...(b.cadence ? [`Rythme : ${cadenceText(b.cadence)}.`] : []),
          next
            ? `Prochaine réunion : ${meetingDateText(next)}.`
            : 'Aucune prochaine réunion n’est encore fixée dans les données.',
        ];
      }),
      sources,
    });
  }
  const year = yearOf(intent, ctx);
  // cadenceReport judges every body and group of the dataset; a view holding only the bodies
  // asked about gives the same entries for them without judging the others (hundreds on a
  // national dataset). Core has no target filter yet.
  const report = cadenceReport({ ...dataset, bodies, groups: [] }, { year, now: ctx.now });
  // Bodies without a cadence are not in the report: their meetings are still worth counting.
  const unruled = bodies
    .filter((b) => !report.some((e) => e.target.id === b.id))
    .map((b) => ({
      body: b,
      held: meetingsOf(dataset, { target: b.id, statuses: ['held'] }).filter(
        (m) => m.when.start.year === year,
      ),
    }));
  const lines = bodies.map((b) => {
    const entry = report.find((e) => e.target.id === b.id);
    if (entry) return complianceText(entry, ctx);
    const n = unruled.find((u) => u.body.id === b.id)?.held.length ?? 0;
    // None that year is what the documents do not say, not a year without meetings.
    if (n === 0) {
      const known = meetingsOf(dataset, { target: b.id, statuses: ['held'] }).slice(-3);
      return `${b.name} : aucune réunion en ${year} dans les documents.${known.length > 0 ? ` Réunions connues : ${formatListFr(known.map((m) => meetingDateText(m)))}.` : ''}`;
    }
    return `${b.name} : aucun rythme n’est fixé, je ne peux pas dire s’il a été respecté ; ${n} réunion${n > 1 ? 's' : ''} tenue${n > 1 ? 's' : ''} en ${year}.`;
  });
  const held = [
    ...report.filter((e) => intent.bodies.includes(e.target.id)).flatMap((e) => e.meetings.held),
    ...unruled.flatMap((u) => u.held),
  ];
  return reply('body-compliance', `Cadence ${year} : ${bodies.map((b) => b.name).join(', ')}`, {
    lines: [
      ...lines,
      ...held.map((m) => `• ${targetName(dataset, m.body ?? m.group)} — ${meetingDateText(m)}`),
    ],
    sources: citedSources(dataset, [...bodies.map((b) => b.source), ...held.map((m) => m.source)]),
    data: {
      bodies: report
        .filter((e) => intent.bodies.includes(e.target.id))
        .map((e) => ({
          id: e.target.id,
          status: e.status,
          held: e.held,
          planned: e.planned,
          expected: e.expected,
        })),
      meetings: held.map((m) => m.id),
    },
  });
}

/** Every body and group with a cadence, and how the year went. */
export function governanceReply(
  intent: Extract<Intent, { kind: 'governance' }>,
  ctx: ConversationContext,
): Reply {
  const year = yearOf(intent, ctx);
  const report = cadenceReport(ctx.dataset, { year, now: ctx.now });
  const ptce = ctx.dataset.bodies.filter((b) => b.level === 'ptce');
  return reply('governance', `Gouvernance ${year} : cadence des instances`, {
    lines: [
      ptce.length > 0
        ? `Instances du PTCE : ${ptce.map((b) => `${b.name} (${b.cadence ? cadenceText(b.cadence) : 'rythme non fixé'})`).join(' ; ')}.`
        : 'Aucune instance de PTCE n’est décrite.',
      ...(report.length > 0
        ? report.map((e) => complianceText(e, ctx))
        : ['Aucune instance n’a de rythme fixé dans les données.']),
    ],
    sources: citedSources(
      ctx.dataset,
      ptce.map((b) => b.source),
    ),
    data: report.map((e) => ({
      id: e.target.id,
      status: e.status,
      held: e.held,
      planned: e.planned,
      expected: e.expected,
    })),
  });
}
