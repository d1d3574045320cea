import { type Dataset, meetingAttendanceRules } from '@ptce/core';
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord.js';
import type { Reply } from '../../conversation/reply.js';
import { attendanceButtons } from './attendance-buttons.js';

/**
 * The answer buttons under a reply about meetings (`data.meetings`), when exactly one of them is
 * planned and has attendance rules: with several, buttons without a meeting's name would mislead.
 */
export function meetingAttendanceButtons(
  reply: Reply,
  dataset: Dataset,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const ids = (reply.data as { meetings?: unknown } | undefined)?.meetings;
  if (!Array.isArray(ids)) return [];
  const answerable = ids.flatMap((id) => {
    const meeting = typeof id === 'string' ? dataset.meetingById.get(id) : undefined;
    if (meeting?.status !== 'planned') return [];
    const rules = meetingAttendanceRules(dataset, meeting);
    return rules ? [rules] : [];
  });
  return answerable.length === 1 ? [attendanceButtons(answerable[0]!)] : [];
}
