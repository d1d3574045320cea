/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * @param year - The year (1583 or later).
 * @returns The month (3 or 4) and day.
 * @example
 * easterSunday(2024)
 * //=> { month: 3, day: 31 }
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { month: Math.floor((h + l - 7 * m + 114) / 31), day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The French national public holidays (jours fériés, Code du travail art. L3133-1) of a year:
 * New Year, Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11
 * November, Christmas. Regional ones (Alsace-Moselle) and observances are not included.
 *
 * Computed rather than read from a holidays library so that loading core stays fast (the CLI's
 * cold start); the tests check it against `date-holidays` for every year from 2000 to 2100 and
 * against published dates.
 *
 * @param year - The year.
 * @returns The local days (`YYYY-MM-DD`), ascending.
 * @example
 * frenchPublicHolidays(2024).slice(1, 5)
 * //=> ['2024-04-01', '2024-05-01', '2024-05-08', '2024-05-09']
 */
export function frenchPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number) => isoDay(year, easter.month, easter.day + days);
  return [
    isoDay(year, 1, 1),
    fromEaster(1),
    isoDay(year, 5, 1),
    isoDay(year, 5, 8),
    fromEaster(39),
    fromEaster(50),
    isoDay(year, 7, 14),
    isoDay(year, 8, 15),
    isoDay(year, 11, 1),
    isoDay(year, 11, 11),
    isoDay(year, 12, 25),
  ].sort();
}
