import { type DatedMeeting, formatLocalDateFr, formatTimeFr, parseLocalDate } from '@ptce/core';

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
