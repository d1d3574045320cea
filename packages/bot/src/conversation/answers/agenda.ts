import { type Dataset, formatInstantFr, type MeetingStatus, meetingsInRange } from '@ptce/core';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { periodLines } from './period-lines.js';

/** The options of an agenda. */
export interface AgendaOptions {
  readonly from: Date;
  /** Exclusive end. */
  readonly to: Date;
  readonly target?: string;
  readonly statuses?: readonly MeetingStatus[];
}

function dayText(instant: Date, timeZone: string): string {
  return formatInstantFr(instant, { timeZone }).replace(/ à .*$/, '');
}

/** The meetings of a period, one line each, month-only meetings shown as months. */
export function agendaReply(dataset: Dataset, options: AgendaOptions): Reply {
  const meetings = meetingsInRange(
    dataset,
    { from: options.from, to: options.to },
    {
      ...(options.target === undefined ? {} : { target: options.target }),
      ...(options.statuses === undefined ? {} : { statuses: options.statuses }),
    },
  );
  const lastDay = new Date(options.to.getTime() - 1);
  const title = `Agenda du ${dayText(options.from, dataset.timeZone)} au ${dayText(lastDay, dataset.timeZone)}`;
  const lines = periodLines(dataset, meetings, {
    from: options.from,
    to: options.to,
    empty: 'Aucune réunion connue sur cette période.',
    keep: (m) => options.target === undefined || (m.body ?? m.group) === options.target,
  });
  return reply('agenda', title, {
    lines,
    sources: citedSources(
      dataset,
      meetings.map((m) => m.source),
    ),
    data: {
      from: options.from.toISOString(),
      to: options.to.toISOString(),
      meetings: meetings.map((m) => ({
        id: m.id,
        title: m.title,
        body: m.body ?? null,
        group: m.group ?? null,
        start: m.start,
        precision: m.when.start.precision,
        end: m.end ?? null,
        status: m.status,
        place: m.place ?? null,
        startsAt: new Date(m.when.startsAt).toISOString(),
      })),
    },
  });
}
