import { formatCountFr } from './format-count-fr.js';
import { formatNumberFr } from './format-number-fr.js';
import { frStrings } from './fr-strings.js';

const MINUTES_PER_DAY = 24 * 60;

/**
 * Formats a duration in French: whole days when it is an exact number of days, otherwise hours
 * and minutes (`1 h 30`, with the minutes on two digits) or minutes alone below an hour.
 *
 * @param minutes - The duration in minutes, zero or more; fractions are rounded to the minute.
 * @returns The duration, such as `45 min`, `2 h`, `1 h 30` or `3 jours`.
 * @throws RangeError when the duration is negative or not finite.
 * @example
 * formatDurationFr(90)
 * //=> '1 h 30'
 * formatDurationFr(45)
 * //=> '45 min'
 * formatDurationFr(2880)
 * //=> '2 jours'
 */
export function formatDurationFr(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(frStrings.invalidDuration(minutes));
  const total = Math.round(minutes);
  if (total > 0 && total % MINUTES_PER_DAY === 0) {
    const [singular, plural] = frStrings.units.day;
    return formatCountFr(total / MINUTES_PER_DAY, singular, plural);
  }
  if (total < 60) return `${total} ${frStrings.minuteUnit}`;
  const hours = `${formatNumberFr(Math.floor(total / 60))} ${frStrings.hourUnit}`;
  const rest = total % 60;
  return rest === 0 ? hours : `${hours} ${String(rest).padStart(2, '0')}`;
}
