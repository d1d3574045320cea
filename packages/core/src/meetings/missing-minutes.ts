import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { differenceInDays } from 'date-fns/differenceInDays';
import type { Dataset, DatedMeeting } from '../dataset/dataset.js';

/** A held meeting whose minutes (compte-rendu) are overdue. */
export interface MissingMinutes {
  readonly meeting: DatedMeeting;
  /** Epoch milliseconds: `afterDays` calendar days after the meeting's end, same local time. */
  readonly dueAt: number;
  /** Whole days elapsed since `dueAt`, counted on the meeting's local calendar (0 on the first day). */
  readonly daysOverdue: number;
}

/** How long after a meeting its minutes are expected. */
export interface MissingMinutesOptions {
  /** Days after the meeting's end. */
  readonly afterDays: number;
}

/**
 * The held meetings whose minutes are overdue: no minutes link and no summary, and `afterDays`
 * days have passed since their end. Days are calendar days in the meeting's time zone, so a DST
 * change does not shift the deadline by an hour. A meeting known to the day or month only ends
 * at the end of that day or month.
 *
 * @param dataset - A dataset.
 * @param now - The current instant.
 * @param options - How many days after its end a meeting's minutes are expected.
 * @returns The overdue meetings, sorted by start then id.
 * @example
 * missingMinutes(dataset, new Date('2024-01-20T12:00:00Z'), { afterDays: 15 }).slice(-3).map((m) => [m.meeting.id, m.daysOverdue])
 * //=> [['2023-12-12-comite-strategique', 23], ['2023-12-13-mobilisation-citoyenne', 22], ['2023-12-14-cocktail-fondation-territoriale', 21]]
 */
export function missingMinutes(
  dataset: Dataset,
  now: Date,
  options: MissingMinutesOptions,
): readonly MissingMinutes[] {
  const at = now.getTime();
  const missing: MissingMinutes[] = [];
  for (const meeting of dataset.meetings) {
    if (meeting.status !== 'held' || hasMinutes(meeting)) continue;
    const { endsAt, timeZone } = meeting.when;
    const due = addDays(new TZDate(endsAt, timeZone), options.afterDays);
    if (due.getTime() >= at) continue;
    missing.push({
      meeting,
      dueAt: due.getTime(),
      daysOverdue: differenceInDays(new TZDate(at, timeZone), due),
    });
  }
  return missing;
}

function hasMinutes(meeting: DatedMeeting): boolean {
  return meeting.minutes?.url !== undefined || meeting.minutes?.summary !== undefined;
}
