/**
 * French wording used by the format module, kept as data in one place.
 *
 * Typography choices:
 * - Dates, times and durations use ordinary spaces (`14 h 30`, `45 min`): they are embedded in
 *   sentences that other modules compare and that members type back.
 * - Numbers, percents and euros follow `Intl.NumberFormat('fr-FR')`: U+202F (narrow no-break
 *   space) groups thousands, U+00A0 (no-break space) precedes `%`, `€` and `M€`.
 * - Apostrophes are ASCII (`aujourd'hui`), like the data files (`Auton'Hommes`) and what members
 *   type.
 */
export const frStrings = {
  /** The first day of a month is written as an ordinal: « mercredi 1er février 2023 ». */
  firstDayOfMonth: '1er',
  /** Joins a date and its time: « mardi 12 décembre 2023 à 14 h ». */
  dateTimeJoiner: ' à ',
  hourUnit: 'h',
  minuteUnit: 'min',
  /** Named calendar-day offsets; other offsets use `units`. */
  relativeDays: new Map<number, string>([
    [-2, 'avant-hier'],
    [-1, 'hier'],
    [0, "aujourd'hui"],
    [1, 'demain'],
    [2, 'après-demain'],
  ]),
  relativeMonths: new Map<number, string>([
    [-1, 'le mois dernier'],
    [0, 'ce mois-ci'],
    [1, 'le mois prochain'],
  ]),
  relativeYears: new Map<number, string>([
    [-1, "l'année dernière"],
    [0, 'cette année'],
    [1, "l'année prochaine"],
  ]),
  future: (amount: string): string => `dans ${amount}`,
  past: (amount: string): string => `il y a ${amount}`,
  /** Singular and plural of each calendar unit. */
  units: {
    day: ['jour', 'jours'],
    week: ['semaine', 'semaines'],
    month: ['mois', 'mois'],
    year: ['an', 'ans'],
  },
  millionEuroSymbol: 'M€',
  invalidTime: (hour: number, minute: number): string => `heure invalide : ${hour} h ${minute} min`,
  invalidTimeOfDay: (text: string): string => `heure invalide : « ${text} » (format attendu HH:MM)`,
  invalidDuration: (minutes: number): string => `durée invalide : ${minutes} min`,
} as const;

/** A calendar unit with French singular and plural forms. */
export type FrUnit = keyof typeof frStrings.units;
