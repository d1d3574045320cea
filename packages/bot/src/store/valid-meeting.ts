import { type DatedMeeting, Meeting } from '@ptce/core';
import { StoreError } from './store-error.js';

/**
 * Validates a meeting against core's schema (applying its defaults) and drops a dataset's `when`.
 *
 * @param meeting - A meeting, or a dataset's dated meeting.
 * @returns The plain meeting, as the overlay stores it.
 * @throws StoreError `invalid-meeting` with the French list of what is wrong.
 */
export function validMeeting(meeting: Meeting | DatedMeeting): Meeting {
  const { when: _when, ...plain } = meeting as Meeting & { when?: unknown };
  const result = Meeting.safeParse(plain);
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'réunion'} : ${issue.message}`,
  );
  throw new StoreError('invalid-meeting', `Réunion « ${meeting.id} » invalide : ${issues.join(' ; ')}.`);
}
