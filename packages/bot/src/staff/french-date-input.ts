import { daysInMonth, formatLocalDateFr, normalizeText, parseLocalDate, toLocalDate } from '@ptce/core';

/** A date and time typed by staff, understood, or the French reason why not. */
export type DateInputResult =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly error: string };

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  janv: 1,
  fev: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};
const WEEKDAY_NAMES = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
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
    if (words[0] !== undefined && words[0] in WEEKDAYS) weekday = WEEKDAYS[words.shift()!];
    const [d, mo, y, ...rest] = words;
    const dayNumber = d === '1er' ? 1 : Number(d);
    if (
      rest.length > 0 ||
      !Number.isInteger(dayNumber) ||
      mo === undefined ||
      !(mo in MONTHS) ||
      (y !== undefined && !/^\d{4}$/.test(y))
    ) {
      return {
        ok: false,
        error: `Date non reconnue : « ${raw} ». Écrivez par exemple 15/12/2026, 2026-12-15, 15 décembre 2026 ou mardi 15 décembre.`,
      };
    }
    day = dayNumber;
    month = MONTHS[mo];
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
  if (weekday !== undefined && weekdayOf(year, month!, day!) !== weekday) {
    const actual = formatLocalDateFr(parseLocalDate(`${year}-${pad(month!)}-${pad(day!)}`)!);
    return {
      ok: false,
      error: `Le ${actual.replace(/^\S+ /, '')} est un ${actual.split(' ')[0]}, pas un ${WEEKDAY_NAMES[weekday]}.`,
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
