import { frStrings } from './fr-strings.js';

/**
 * Formats a wall-clock time the French way: hours without a leading zero, `h`, and the minutes
 * on two digits only when they are not zero.
 *
 * @param hour - The hour, 0–23.
 * @param minute - The minute, 0–59 (0 by default).
 * @returns The time, such as `14 h` or `9 h 05`.
 * @throws RangeError when the hour or the minute is out of range or not an integer.
 * @example
 * formatTimeFr(14, 30)
 * //=> '14 h 30'
 * formatTimeFr(9, 5)
 * //=> '9 h 05'
 * formatTimeFr(0, 0)
 * //=> '0 h'
 */
export function formatTimeFr(hour: number, minute = 0): string {
  if (!isInRange(hour, 23) || !isInRange(minute, 59)) {
    throw new RangeError(frStrings.invalidTime(hour, minute));
  }
  const hours = `${hour} ${frStrings.hourUnit}`;
  return minute === 0 ? hours : `${hours} ${String(minute).padStart(2, '0')}`;
}

function isInRange(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= max;
}
