import { civilDay, civilWeekday } from '../time/civil-day.js';
import type { LocalDate } from '../time/local-date.js';
import { formatTimeFr } from './format-time-fr.js';
import { frMonthNames, frWeekdayNames } from './fr-calendar-names.js';
import { frStrings } from './fr-strings.js';

/**
 * Formats a local date in French at its own precision: a year alone, a month and year, a full
 * day with its weekday, or a day with its time. The first of a month is written `1er`.
 *
 * @param date - A parsed local date.
 * @returns The French text, without a capital (use {@link capitalizeFr} at a sentence start).
 * @example
 * formatLocalDateFr(parseLocalDate('2023-01')!)
 * //=> 'janvier 2023'
 * formatLocalDateFr(parseLocalDate('2023-02-01')!)
 * //=> 'mercredi 1er février 2023'
 * formatLocalDateFr(parseLocalDate('2023-12-12T14:30')!)
 * //=> 'mardi 12 décembre 2023 à 14 h 30'
 */
export function formatLocalDateFr(date: LocalDate): string {
  const year = String(date.year);
  if (date.precision === 'year') return year;
  const month = frMonthNames[(date.month ?? 1) - 1];
  if (date.precision === 'month') return `${month} ${year}`;
  // The weekday of a calendar date is the same in every zone.
  const weekday = frWeekdayNames[civilWeekday(civilDay(date.year, date.month ?? 1, date.day ?? 1))];
  const day = date.day === 1 ? frStrings.firstDayOfMonth : String(date.day);
  const text = `${weekday} ${day} ${month} ${year}`;
  if (date.precision === 'day') return text;
  return text + frStrings.dateTimeJoiner + formatTimeFr(date.hour ?? 0, date.minute ?? 0);
}
