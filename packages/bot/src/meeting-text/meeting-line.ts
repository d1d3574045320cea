import type { Dataset, DatedMeeting } from '@ptce/core';
import type { ReplyLine } from '../conversation/reply.js';
import { meetingDateText } from './meeting-date-text.js';
import { targetName } from './target-name.js';

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
