/**
 * An independent oracle for French public holidays: Easter by the anonymous Gregorian
 * (Meeus/Jones/Butcher) algorithm, then the fixed and Easter-based holidays of the Code du travail
 * (art. L3133-1).
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
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The eleven national public holidays of a year, sorted. */
export function oracleHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const after = (days: number) => isoDay(year, easter.month, easter.day + days);
  return [
    isoDay(year, 1, 1),
    after(1),
    isoDay(year, 5, 1),
    isoDay(year, 5, 8),
    after(39),
    after(50),
    isoDay(year, 7, 14),
    isoDay(year, 8, 15),
    isoDay(year, 11, 1),
    isoDay(year, 11, 11),
    isoDay(year, 12, 25),
  ].sort();
}
