import {
  civilDay,
  civilWeekday,
  daysInMonth,
  formatLocalDateFr,
  frMonthNumber,
  frWeekdayNames,
  frWeekdayNumber,
  normalizeText,
  parseLocalDate,
  toLocalDate,
} from '@ptce/core';

/** A date and time typed by staff, understood, or the French reason why not. */
export type DateInputResult =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly error: string };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Reads a day typed in French: `15/12/2026`, `2026-12-15`, `15 décembre 2026`, or
 * `mardi 15 décembre` (the next such date from today, and the weekday must match).
 *
 * @returns `YYYY-MM-DD`, or a French error.
 */
export function parseFrenchDay(text: string, now: Date, timeZone: string): DateInputResult {
  const raw = text.trim();
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let weekday: number | undefined;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (m) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  m = m ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (m && year === undefined) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!m) {
    const words = normalizeText(raw)
      .split(' ')
      .filter((w) => w !== 'le');
    weekday = words[0] === undefined ? undefined : frWeekdayNumber(words[0]);
    if (weekday !== undefined) words.shift();
    const [d, mo, y, ...rest] = words;
    const dayNumber = d === '1er' ? 1 : Number(d);
    if (
      rest.length > 0 ||
      !Number.isInteger(dayNumber) ||
      mo === undefined ||
      frMonthNumber(mo) === undefined ||
      (y !== undefined && !/^\d{4}$/.test(y))
    ) {
      return {
        ok: false,
        error: `Date non reconnue : « ${raw} ». Écrivez par exemple 15/12/2026, 2026-12-15, 15 décembre 2026 ou mardi 15 décembre.`,
      };
    }
    day = dayNumber;
    month = frMonthNumber(mo);
    if (y !== undefined) year = Number(y);
  }
  const today = toLocalDate(now, timeZone);
  if (year === undefined) {
    // No year: the next such day from today.
    year = today.year;
    const isPast = month! < today.month! || (month === today.month && day! < today.day!);
    if (isPast) year++;
  }
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year, month!)) {
    return { ok: false, error: `Date impossible : « ${raw} ».` };
  }
  if (weekday !== undefined && civilWeekday(civilDay(year, month!, day!)) !== weekday) {
    const actual = formatLocalDateFr(parseLocalDate(`${year}-${pad(month!)}-${pad(day!)}`)!);
    return {
      ok: false,
      error: `Le ${actual.replace(/^\S+ /, '')} est un ${actual.split(' ')[0]}, pas un ${frWeekdayNames[weekday]}.`,
    };
  }
  return { ok: true, date: `${year}-${pad(month!)}-${pad(day!)}` };
}

/**
 * Reads a time typed in French: `14:00`, `14h`, `14 h 30`, `9h05`.
 *
 * @returns `HH:MM`, or a French error.
 */
export function parseFrenchTime(text: string): DateInputResult {
  const m = /^(\d{1,2})\s*(?:h|:)\s*(\d{2})?$/i.exec(text.trim());
  if (!m || Number(m[1]) > 23 || (m[2] !== undefined && Number(m[2]) > 59)) {
    return {
      ok: false,
      error: `Heure non reconnue : « ${text.trim()} ». Écrivez par exemple 14:00, 14h ou 14 h 30.`,
    };
  }
  return { ok: true, date: `${pad(Number(m[1]))}:${m[2] ?? '00'}` };
}
