import type { TimeOfDay } from '../schema/common.js';
import { formatTimeFr } from './format-time-fr.js';
import { frStrings } from './fr-strings.js';

const PATTERN = /^(\d{2}):(\d{2})$/;

/**
 * Formats a `HH:MM` time of day, as found in data files and reminder rules, the French way.
 *
 * @param time - A time of day such as `09:00`.
 * @returns The time, such as `9 h` or `14 h 30`.
 * @throws RangeError when the text is not a valid `HH:MM` time.
 * @example
 * formatTimeOfDayFr('09:00')
 * //=> '9 h'
 * formatTimeOfDayFr('18:45')
 * //=> '18 h 45'
 */
export function formatTimeOfDayFr(time: TimeOfDay): string {
  const m = PATTERN.exec(time);
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 23 || minute > 59) throw new RangeError(frStrings.invalidTimeOfDay(time));
  return formatTimeFr(hour, minute);
}
