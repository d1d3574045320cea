import { type Dataset, type DatedMeeting, formatLocalDateFr, formatTimeFr, parseLocalDate } from '@ptce/core';
import type { ReplyLine, ReplySource } from '../reply.js';

/** The display name of what a meeting belongs to: a body, or "GT5 Numérique responsable". */
export function targetName(dataset: Dataset, id: string | undefined): string {
  if (id === undefined) return '';
  const body = dataset.bodyById.get(id);
  if (body) return body.name;
  const group = dataset.groupById.get(id);
  if (group)
    return group.number === undefined
      ? group.name
      : `${dataset.ptce.groupPrefix}${group.number} ${group.name}`;
  const sub = dataset.subgroupById.get(id);
  if (sub) return `${sub.subgroup.name} (${targetName(dataset, sub.group.id)})`;
  return id;
}

/** "mardi 12 décembre 2023 à 14 h" or "de 14 h à 17 h" when the end is the same day. */
export function meetingDateText(meeting: DatedMeeting): string {
  let text = dateTexts.get(meeting);
  if (text === undefined) {
    text = dateText(meeting);
    dateTexts.set(meeting, text);
  }
  return text;
}

// Meetings are immutable and their date text does not depend on the clock: formatted once.
const dateTexts = new WeakMap<DatedMeeting, string>();

function dateText(meeting: DatedMeeting): string {
  const start = formatLocalDateFr(meeting.when.start);
  const end = meeting.when.end;
  if (!end) return start;
  if (
    end.precision === 'datetime' &&
    meeting.when.start.precision === 'datetime' &&
    end.text.slice(0, 10) === meeting.when.start.text.slice(0, 10)
  ) {
    const s = meeting.when.start;
    return `${formatLocalDateFr(parseLocalDate(s.text.slice(0, 10))!)} de ${formatTimeFr(s.hour!, s.minute!)} à ${formatTimeFr(end.hour!, end.minute!)}`;
  }
  return `du ${start} au ${formatLocalDateFr(end)}`;
}

const STATUS_NOTE = { planned: '', held: '', cancelled: ' (annulée)' } as const;

/** One agenda line: date — title (place), with the instant for Discord timestamps. */
export function meetingLine(dataset: Dataset, meeting: DatedMeeting): ReplyLine {
  const what = meeting.title;
  const target = targetName(dataset, meeting.body ?? meeting.group);
  const label = target && !what.toLowerCase().includes(target.toLowerCase()) ? `${what} · ${target}` : what;
  const place = meeting.place ? ` (${meeting.place})` : '';
  const text = `${meetingDateText(meeting)} — ${label}${place}${STATUS_NOTE[meeting.status]}`;
  return meeting.when.start.precision === 'datetime' ? { text, at: meeting.when.startsAt } : { text };
}

/** The sources cited by some records, deduplicated, in first-cited order. */
export function citedSources(dataset: Dataset, ids: readonly (string | undefined)[]): ReplySource[] {
  const out: ReplySource[] = [];
  for (const id of new Set(ids)) {
    const s = id === undefined ? undefined : dataset.sourceById.get(id);
    if (s) out.push({ id: s.id, title: s.title, date: s.date });
  }
  return out;
}
