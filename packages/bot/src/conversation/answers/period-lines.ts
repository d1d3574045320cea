import { type Dataset, type DatedMeeting, formatCountFr, upcomingMeetings } from '@ptce/core';
import { meetingLine } from '../../meeting-text/meeting-line.js';
import type { ReplyLine } from '../reply.js';

/** What to say of a period's meetings. */
export interface PeriodLinesOptions {
  /** Start of the period. */
  readonly from: Date;
  /** Exclusive end of the period. */
  readonly to: Date;
  /** The line when no meeting at all overlaps the period. */
  readonly empty: string;
  /** Which meetings count, to find the next one after an empty period. */
  readonly keep?: (meeting: DatedMeeting) => boolean;
}

/**
 * The lines of a period's meetings. A meeting known only by its month overlaps a week or a day of
 * that month without being in it: it is listed apart, under « Sans jour précis », so « cette
 * semaine » or « demain » does not promise visits that may fall any other day. When no dated
 * meeting is in the period, the next one after it is given.
 */
export function periodLines(
  dataset: Dataset,
  meetings: readonly DatedMeeting[],
  options: PeriodLinesOptions,
): (string | ReplyLine)[] {
  const from = options.from.getTime();
  const to = options.to.getTime();
  const within = (m: DatedMeeting) => m.when.startsAt >= from && m.when.endsAt <= to;
  const dated = meetings.filter(within);
  const loose = meetings.filter((m) => !within(m));
  if (dated.length === 0 && loose.length === 0) return [options.empty];
  const lines: (string | ReplyLine)[] = [];
  if (dated.length > 0) {
    lines.push(`${formatCountFr(dated.length, 'réunion')} :`, ...dated.map((m) => meetingLine(dataset, m)));
  } else {
    lines.push('Aucune réunion datée sur cette période.');
    const keep = options.keep ?? (() => true);
    const after = upcomingMeetings(dataset, options.to).find((m) => m.when.startsAt >= to && keep(m));
    if (after) {
      const line = meetingLine(dataset, after);
      lines.push({ ...line, text: `Ensuite : ${line.text}` });
    }
  }
  if (loose.length > 0)
    lines.push('Sans jour précis, dans la période :', ...loose.map((m) => meetingLine(dataset, m)));
  return lines;
}
