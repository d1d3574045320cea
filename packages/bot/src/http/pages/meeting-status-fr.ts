import type { DatedMeeting } from '@ptce/core';

/** How a meeting stands, as the pages show it. */
export type MeetingStanding = 'planned' | 'moved' | 'cancelled' | 'held' | 'past';

/** The French word for a standing. */
export const STANDING_FR: Readonly<Record<MeetingStanding, string>> = {
  planned: 'prévue',
  moved: 'déplacée',
  cancelled: 'annulée',
  held: 'tenue',
  past: 'passée',
};

/**
 * Whether a meeting is planned, moved, cancelled, held, or past without being marked held. A
 * meeting still to come is planned (or moved) even when the file already records it as held:
 * replaying the past (`--now`) shows what was known then.
 */
export function meetingStanding(
  meeting: DatedMeeting,
  now: Date,
  movedFrom: string | undefined,
): MeetingStanding {
  if (meeting.status === 'cancelled') return 'cancelled';
  if (meeting.when.endsAt <= now.getTime()) return meeting.status === 'held' ? 'held' : 'past';
  return movedFrom === undefined ? 'planned' : 'moved';
}
