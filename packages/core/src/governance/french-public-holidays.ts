import Holidays from 'date-holidays';

// Building the calendar parses the country rules; one read-only instance is enough.
let france: Holidays | undefined;

/**
 * The French national public holidays (jours fériés) of a year, from `date-holidays`: New Year,
 * Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11 November,
 * Christmas. Regional ones (Alsace-Moselle) and observances (Whit Sunday, Mother's Day) are not
 * included.
 *
 * @param year - The year.
 * @returns The local days (`YYYY-MM-DD`), ascending.
 * @example
 * frenchPublicHolidays(2024).slice(1, 5)
 * //=> ['2024-04-01', '2024-05-01', '2024-05-08', '2024-05-09']
 */
export function frenchPublicHolidays(year: number): string[] {
  france ??= new Holidays('FR');
  return france
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .sort();
}
