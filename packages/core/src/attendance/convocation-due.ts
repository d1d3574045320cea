import type { DatedMeeting } from '../dataset/dataset.js';
import type { AttendanceRules } from '../schema/index.js';
import { civilDay, civilDayText, localEndInstant, localStartInstant, parseLocalDate } from '../time/index.js';

/** The latest day to send a meeting's convocation. */
export interface ConvocationDue {
  readonly meetingId: string;
  readonly noticeDays: number;
  /** The last local day (`YYYY-MM-DD`) the convocation may go out. */
  readonly latestDay: string;
  /** Epoch milliseconds of the end of `latestDay` in the meeting's time zone (exclusive). */
  readonly deadline: number;
  /** Epoch milliseconds of the start of `latestDay`. */
  readonly lastDayStartsAt: number;
  /** Epoch milliseconds of the start of the day before `latestDay`: when to warn that it is due. */
  readonly eveStartsAt: number;
}

/**
 * The latest date to send a meeting's convocation: `noticeDays` calendar days before the
 * meeting's local day ("convoqué quinze jours au moins avant la réunion"), until the end of that
 * day in the meeting's time zone.
 *
 * @param meeting - A dated meeting.
 * @param rules - The attendance rules of its body or group (only `noticeDays` is read).
 * @returns The deadline, or `undefined` without a notice rule or when the meeting is known to the
 *   month or year only (no day to count back from).
 * @example
 * convocationDue(dataset.meetingById.get('2023-06-21-assemblee-generale')!, { noticeDays: 15 })
 * //=> { meetingId: '2023-06-21-assemblee-generale', noticeDays: 15, latestDay: '2023-06-06', deadline: 1686088800000, lastDayStartsAt: 1686002400000, eveStartsAt: 1685916000000 }
 */
export function convocationDue(
  meeting: Pick<DatedMeeting, 'id' | 'when'>,
  rules: Pick<AttendanceRules, 'noticeDays'>,
): ConvocationDue | undefined {
  const { noticeDays } = rules;
  const { start, timeZone } = meeting.when;
  if (noticeDays === undefined || start.day === undefined || start.month === undefined) return undefined;
  const last = civilDay(start.year, start.month, start.day) - noticeDays;
  const latestDay = civilDayText(last);
  const day = parseLocalDate(latestDay);
  const eve = parseLocalDate(civilDayText(last - 1));
  if (!day || !eve) return undefined;
  return {
    meetingId: meeting.id,
    noticeDays,
    latestDay,
    deadline: localEndInstant(day, timeZone).getTime(),
    lastDayStartsAt: localStartInstant(day, timeZone).getTime(),
    eveStartsAt: localStartInstant(eve, timeZone).getTime(),
  };
}
