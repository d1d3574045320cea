import type { Series } from '../../schema/index.js';
import { type CivilDay, civilDay, civilFields, civilWeekday, WEEKDAY_ORDER } from '../../time/civil-day.js';
import { daysInMonth } from '../../time/index.js';

/** The part of a series that decides on which days it occurs. */
export type SeriesRule = Pick<Series, 'frequency' | 'interval' | 'weekday' | 'setPosition' | 'monthDay'>;

/**
 * The days a recurrence rule produces between two civil days, ignoring exceptions and the time.
 *
 * Rules, counted from `first` (the series' first day):
 * - weekly: every `interval` weeks (weeks start on Monday, as iCalendar's default `WKST=MO`), on
 *   `weekday` or else on `first`'s weekday;
 * - monthly: every `interval` months, on the `setPosition`-th `weekday` (negative counts from
 *   the end; a month without that position is skipped), on every `weekday` of the month when no
 *   position (or 0) is given, else on `monthDay` or `first`'s day (skipped in shorter months);
 * - yearly: every `interval` years in `first`'s month, with the same day rules as monthly.
 * When both `weekday` and `monthDay` are set, the weekday rule applies.
 *
 * @param rule - Frequency, interval, weekday, position and month day.
 * @param first - The series' first civil day; nothing before it is produced.
 * @param lo - The first civil day wanted (inclusive).
 * @param hi - The last civil day wanted (inclusive).
 * @returns The matching civil days, ascending.
 * @example
 * ruleDays({ frequency: 'monthly', interval: 1, weekday: 'TU', setPosition: 1 }, civilDay(2024, 1, 1), civilDay(2024, 1, 1), civilDay(2024, 2, 29)).map(civilDayText)
 * //=> ['2024-01-02', '2024-02-06']
 */
export function ruleDays(rule: SeriesRule, first: CivilDay, lo: CivilDay, hi: CivilDay): CivilDay[] {
  const start = Math.max(first, lo);
  if (hi < start) return [];
  const interval = Math.max(1, rule.interval);
  return rule.frequency === 'weekly'
    ? weeklyDays(rule, interval, first, start, hi)
    : monthlyDays(rule, rule.frequency === 'yearly' ? 12 * interval : interval, first, start, hi);
}

function weeklyDays(
  rule: SeriesRule,
  interval: number,
  first: CivilDay,
  start: CivilDay,
  hi: CivilDay,
): CivilDay[] {
  const weekday = rule.weekday === undefined ? civilWeekday(first) : WEEKDAY_ORDER.indexOf(rule.weekday);
  const anchor = first - civilWeekday(first) + weekday;
  const step = 7 * interval;
  const days: CivilDay[] = [];
  let day = anchor + Math.max(0, Math.ceil((start - anchor) / step)) * step;
  for (; day <= hi; day += step) if (day >= start) days.push(day);
  return days;
}

function monthlyDays(
  rule: SeriesRule,
  step: number,
  first: CivilDay,
  start: CivilDay,
  hi: CivilDay,
): CivilDay[] {
  const f = civilFields(first);
  const firstIndex = f.year * 12 + f.month - 1;
  const s = civilFields(start);
  const h = civilFields(hi);
  const hiIndex = h.year * 12 + h.month - 1;
  const days: CivilDay[] = [];
  let index = firstIndex + Math.max(0, Math.ceil((s.year * 12 + s.month - 1 - firstIndex) / step)) * step;
  for (; index <= hiIndex; index += step) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    for (const day of monthDays(rule, f.day, year, month)) if (day >= start && day <= hi) days.push(day);
  }
  return days;
}

function monthDays(rule: SeriesRule, firstDayOfMonth: number, year: number, month: number): CivilDay[] {
  const length = daysInMonth(year, month);
  const monthStart = civilDay(year, month, 1);
  if (rule.weekday === undefined) {
    const dayOfMonth = rule.monthDay ?? firstDayOfMonth;
    return dayOfMonth <= length ? [monthStart + dayOfMonth - 1] : [];
  }
  const weekday = WEEKDAY_ORDER.indexOf(rule.weekday);
  const firstMatch = monthStart + ((weekday - civilWeekday(monthStart) + 7) % 7);
  const position = rule.setPosition ?? 0;
  if (position === 0) {
    const all: CivilDay[] = [];
    for (let day = firstMatch; day < monthStart + length; day += 7) all.push(day);
    return all;
  }
  if (position > 0) {
    const day = firstMatch + 7 * (position - 1);
    return day < monthStart + length ? [day] : [];
  }
  const monthEnd = monthStart + length - 1;
  const lastMatch = monthEnd - ((civilWeekday(monthEnd) - weekday + 7) % 7);
  const day = lastMatch + 7 * (position + 1);
  return day >= monthStart ? [day] : [];
}
