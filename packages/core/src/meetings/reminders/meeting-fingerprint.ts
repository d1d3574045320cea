import type { DatedMeeting } from '../../dataset/dataset.js';

/**
 * A deterministic fingerprint of what a reminder depends on: the meeting's local start and end,
 * its time zone and its status. A ledger entry whose fingerprint differs from the meeting's
 * current one belongs to a date or status that no longer holds, and is never sent.
 *
 * @param meeting - A dated meeting.
 * @returns `start|end|timeZone|status`, with an empty end when there is none.
 * @example
 * meetingFingerprint(datedMeeting({ id: 'ca', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-12-12T14:00', agenda: [], status: 'planned' }, 'Europe/Paris'))
 * //=> '2023-12-12T14:00||Europe/Paris|planned'
 */
export function meetingFingerprint(meeting: DatedMeeting): string {
  const { when } = meeting;
  return `${when.start.text}|${when.end?.text ?? ''}|${when.timeZone}|${meeting.status}`;
}
