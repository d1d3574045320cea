import { TZDate } from '@date-fns/tz';
import { civilDay } from './civil-day.js';
import { wallClockInstant } from './wall-clock-instant.js';

/** How precisely a source gives a date. */
export type Precision = 'year' | 'month' | 'day' | 'datetime';

/**
 * A wall-clock date as a source gives it, with its precision. Fields finer than the precision
 * are absent: a month-only date never carries an invented day.
 */
export interface LocalDate {
  /** The original text (`2023-01`, `2023-12-12T14:00`). */
  readonly text: string;
  readonly precision: Precision;
  readonly year: number;
  /** 1–12. */
  readonly month?: number;
  /** 1–31. */
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/**
 * Parses a local date text (`2023`, `2023-01`, `2023-02-07`, `2023-12-12T14:00`).
 *
 * @param text - The date as written in a data file.
 * @returns The date with its precision, or `undefined` when the text is not a real date.
 * @example
 * parseLocalDate('2023-01')
 * //=> { text: '2023-01', precision: 'month', year: 2023, month: 1 }
 * parseLocalDate('2023-02-30')
 * //=> undefined
 */
export function parseLocalDate(text: string): LocalDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { text, precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { text, precision: 'month', year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) return { text, precision: 'day', year, month, day };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return undefined;
  return { text, precision: 'datetime', year, month, day, hour, minute };
}

/**
 * The number of days in a month of the Gregorian calendar.
 *
 * @param year - The year.
 * @param month - The month, 1–12.
 * @returns 28 to 31.
 * @example
 * daysInMonth(2024, 2)
 * //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The instant a local date begins, in a time zone: the start of its year, month or day, or its
 * exact wall-clock time.
 *
 * @param date - A parsed local date.
 * @param timeZone - An IANA time zone, such as `Europe/Paris`.
 * @returns The instant as a `Date`.
 * @example
 * localStartInstant(parseLocalDate('2023-12-12T14:00')!, 'Europe/Paris').toISOString()
 * //=> '2023-12-12T13:00:00.000Z'
 */
export function localStartInstant(date: LocalDate, timeZone: string): Date {
  return new Date(
    fieldsInstant(date.year, date.month ?? 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0, timeZone),
  );
}

/** A wall-clock time given by its fields; a day past the month's end rolls into the next month. */
function fieldsInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  return wallClockInstant(civilDay(year, month, day), hour * 60 + minute, timeZone);
}

/**
 * The instant a local date ends (exclusive): the start of the next year, month or day. For a
 * date with a time, the end is the same instant as the start.
 *
 * @param date - A parsed local date.
 * @param timeZone - An IANA time zone.
 * @returns The exclusive end of the span the date covers.
 * @example
 * localEndInstant(parseLocalDate('2023-01')!, 'Europe/Paris').toISOString()
 * //=> '2023-01-31T23:00:00.000Z'
 */
export function localEndInstant(date: LocalDate, timeZone: string): Date {
  switch (date.precision) {
    case 'year':
      return new Date(fieldsInstant(date.year + 1, 1, 1, 0, 0, timeZone));
    case 'month':
      return new Date(fieldsInstant(date.year, (date.month ?? 1) + 1, 1, 0, 0, timeZone));
    case 'day':
      return new Date(fieldsInstant(date.year, date.month ?? 1, (date.day ?? 1) + 1, 0, 0, timeZone));
    default:
      return localStartInstant(date, timeZone);
  }
}

/**
 * The local calendar fields of an instant in a time zone.
 *
 * @param instant - An instant.
 * @param timeZone - An IANA time zone.
 * @returns The wall-clock date and time there, with `datetime` precision.
 * @example
 * toLocalDate(new Date('2023-12-12T13:00:00Z'), 'Europe/Paris').text
 * //=> '2023-12-12T14:00'
 */
export function toLocalDate(instant: Date, timeZone: string): LocalDate {
  const z = new TZDate(instant.getTime(), timeZone);
  const year = z.getFullYear();
  const month = z.getMonth() + 1;
  const day = z.getDate();
  const hour = z.getHours();
  const minute = z.getMinutes();
  const text = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
  return { text, precision: 'datetime', year, month, day, hour, minute };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
