import { normalizeText } from '../search/normalize.js';

/**
 * The French month names, January first, lower case as written inside a sentence.
 *
 * @example
 * frMonthNames[2]
 * //=> 'mars'
 */
export const frMonthNames: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/**
 * The French weekday names, Monday first (the order of ISO weeks and of `civilWeekday`).
 *
 * @example
 * frWeekdayNames[civilWeekday(civilDay(2023, 12, 12))]
 * //=> 'mardi'
 */
export const frWeekdayNames: readonly string[] = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
];

// The abbreviations staff write in dates (« 15 déc. 2026 »), normalised.
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  janv: 1,
  fev: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_BY_WORD = new Map<string, number>([
  ...frMonthNames.map((name, i): [string, number] => [normalizeText(name), i + 1]),
  ...Object.entries(MONTH_ABBREVIATIONS),
]);

const WEEKDAY_BY_WORD = new Map<string, number>(
  frWeekdayNames.map((name, i): [string, number] => [normalizeText(name), i]),
);

/**
 * The month a French word names, accents and case ignored, abbreviations included.
 *
 * @param word - One word, such as `Décembre`, `aout` or `janv`.
 * @returns The month, 1–12, or `undefined` when the word names no month.
 * @example
 * frMonthNumber('Décembre')
 * //=> 12
 * frMonthNumber('juil')
 * //=> 7
 * frMonthNumber('lundi')
 * //=> undefined
 */
export function frMonthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(normalizeText(word));
}

/**
 * The weekday a French word names, accents and case ignored.
 *
 * @param word - One word, such as `Mardi`.
 * @returns 0 (Monday) to 6 (Sunday), or `undefined` when the word names no weekday.
 * @example
 * frWeekdayNumber('Mardi')
 * //=> 1
 */
export function frWeekdayNumber(word: string): number | undefined {
  return WEEKDAY_BY_WORD.get(normalizeText(word));
}
