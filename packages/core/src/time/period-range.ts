import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';

/** A calendar unit a period can be counted in. Weeks run Monday to Sunday, as in France. */
export type CalendarUnit = 'week' | 'month' | 'quarter' | 'year';

/**
 * A season of a year, as whole months (meteorological seasons): spring is March to May, summer
 * June to August, autumn September to November, winter December to the next February. Whole
 * months keep « l'hiver 2023 » free of the equinox dates that move from year to year.
 */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * A period as members name it:
 * - `coming`: the coming days from today's start (« cette semaine » is the coming 7 days);
 * - `calendar`: the calendar week, month, quarter or year holding today (`offset` 0), the next
 *   one (1: « la semaine prochaine », « le mois prochain ») or an earlier one (−1);
 * - `month`: a named month (« mars 2023 »);
 * - `season`: a season of a year (« l'été 2024 »);
 * - `year`: a whole year (« en 2023 »).
 */
export type NamedPeriod =
  | { readonly kind: 'coming'; readonly days: number }
  | { readonly kind: 'calendar'; readonly unit: CalendarUnit; readonly offset: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'season'; readonly year: number; readonly season: Season }
  | { readonly kind: 'year'; readonly year: number };

/** The instants a period covers: `from` inclusive, `to` exclusive, both at a local midnight. */
export interface PeriodRange {
  readonly from: Date;
  readonly to: Date;
}

const SEASON_FIRST_MONTH = { spring: 3, summer: 6, autumn: 9, winter: 12 } as const;

/**
 * The instants of a period in a time zone. Every bound is a local midnight, also across a
 * daylight-saving change (a week holding the last Sunday of March is 167 hours long).
 *
 * @param period - The period.
 * @param now - The current instant (used by `coming` and `calendar` periods).
 * @param timeZone - An IANA time zone, such as `Europe/Paris`.
 * @returns Its first instant and the instant just after it.
 * @example
 * const now = new Date('2026-11-25T09:00:00Z'); // a Wednesday
 * const iso = (r) => [r.from.toISOString(), r.to.toISOString()];
 * iso(periodRange({ kind: 'calendar', unit: 'week', offset: 1 }, now, 'Europe/Paris'))
 * //=> ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']
 * iso(periodRange({ kind: 'month', year: 2023, month: 3 }, now, 'Europe/Paris'))
 * //=> ['2023-02-28T23:00:00.000Z', '2023-03-31T22:00:00.000Z']
 * iso(periodRange({ kind: 'season', year: 2023, season: 'winter' }, now, 'Europe/Paris'))
 * //=> ['2023-11-30T23:00:00.000Z', '2024-02-29T23:00:00.000Z']
 */
export function periodRange(period: NamedPeriod, now: Date, timeZone: string): PeriodRange {
  switch (period.kind) {
    case 'coming': {
      const from = startOfDay(new TZDate(now.getTime(), timeZone));
      return range(from, addDays(from, period.days));
    }
    case 'calendar':
      return calendarRange(period.unit, period.offset, new TZDate(now.getTime(), timeZone));
    case 'month': {
      const from = new TZDate(period.year, period.month - 1, 1, timeZone);
      return range(from, addMonths(from, 1));
    }
    case 'season': {
      const from = new TZDate(period.year, SEASON_FIRST_MONTH[period.season] - 1, 1, timeZone);
      return range(from, addMonths(from, 3));
    }
    case 'year': {
      const from = new TZDate(period.year, 0, 1, timeZone);
      return range(from, addYears(from, 1));
    }
  }
}

function calendarRange(unit: CalendarUnit, offset: number, today: TZDate): PeriodRange {
  switch (unit) {
    case 'week': {
      const from = addWeeks(startOfWeek(today, { weekStartsOn: 1 }), offset);
      return range(from, addWeeks(from, 1));
    }
    case 'month': {
      const from = addMonths(startOfMonth(today), offset);
      return range(from, addMonths(from, 1));
    }
    case 'quarter': {
      const from = addQuarters(startOfQuarter(today), offset);
      return range(from, addQuarters(from, 1));
    }
    case 'year': {
      const from = addYears(startOfYear(today), offset);
      return range(from, addYears(from, 1));
    }
  }
}

function range(from: Date, to: Date): PeriodRange {
  return { from: new Date(from.getTime()), to: new Date(to.getTime()) };
}
