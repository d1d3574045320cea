import Holidays from 'date-holidays';

// An independent oracle: the well-kept `date-holidays` library, public holidays only.
const france = new Holidays('FR');

/** The national public holidays of a year according to `date-holidays`, sorted. */
export function oracleHolidays(year: number): string[] {
  return france
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .sort();
}
