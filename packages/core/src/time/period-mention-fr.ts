import * as chronoFr from 'chrono-node/fr';
import { formatLocalDateFr } from '../format/format-local-date-fr.js';
import { frMonthNames, frMonthNumber } from '../format/fr-calendar-names.js';
import { normalizeText } from '../search/normalize.js';
import { parseLocalDate, toLocalDate } from './local-date.js';

/** A period named in a French sentence, as local dates: `from` inclusive, `to` exclusive. */
export interface PeriodMention {
  readonly from: string;
  readonly to: string;
  /** How it reads in an answer: « mars 2023 », « l’automne 2023 », « 2022 ». */
  readonly label: string;
  /** `span`: from today to the end of a month or year (« d'ici la fin de l'année »). */
  readonly precision: 'day' | 'week' | 'month' | 'season' | 'quarter' | 'semester' | 'year' | 'span';
  /** The words of the normalised text that named it. */
  readonly text: string;
  /**
   * For a month or season named without its year: the same one on the other side of today (a year
   * earlier or later), which a reader may prefer when the data has nothing in the first.
   */
  readonly alternative?: PeriodMention;
}

/** Meteorological seasons, as whole months. */
const SEASONS: Record<string, { first: number; label: string }> = {
  printemps: { first: 3, label: 'le printemps' },
  ete: { first: 6, label: 'l’été' },
  automne: { first: 9, label: 'l’automne' },
  hiver: { first: 12, label: 'l’hiver' },
};
const ORDINALS: Record<string, number> = {
  '1er': 1,
  premier: 1,
  '1e': 1,
  '1': 1,
  '2e': 2,
  '2eme': 2,
  deuxieme: 2,
  second: 2,
  '2': 2,
  '3e': 3,
  '3eme': 3,
  troisieme: 3,
  '3': 3,
  '4e': 4,
  '4eme': 4,
  quatrieme: 4,
  dernier: 4,
  '4': 4,
};

const pad = (n: number) => String(n).padStart(2, '0');
const monthText = (year: number, month: number) =>
  month > 12
    ? `${year + Math.floor((month - 1) / 12)}-${pad(((month - 1) % 12) + 1)}-01`
    : `${year}-${pad(month)}-01`;

function monthsPeriod(
  year: number,
  first: number,
  count: number,
  label: string,
  precision: PeriodMention['precision'],
  text: string,
): PeriodMention {
  return { from: monthText(year, first), to: monthText(year, first + count), label, precision, text };
}

/**
 * The year of a month or season named without one: the occurrence nearest to today, or the last
 * one begun when the question speaks of the past (« combien sont venus au copil d'avril ? »), the
 * next one not over when it speaks of the future (« que fera-t-on en avril ? »).
 */
function nearestYear(first: number, today: { year: number; month: number }, tense?: Tense): number {
  const at = (y: number) => y * 12 + first - (today.year * 12 + today.month);
  const years = [today.year - 1, today.year, today.year + 1];
  if (tense === 'past') return years.filter((y) => at(y) <= 0).at(-1)!;
  if (tense === 'future') return years.find((y) => at(y) >= 0)!;
  return years.reduce((a, b) => (Math.abs(at(b)) < Math.abs(at(a)) ? b : a));
}

type Tense = 'past' | 'future';

/**
 * The year of the same months on the other side of today: a year earlier when they are still to
 * come, a year later when they are over; none when today falls in them.
 */
function otherSide(
  year: number,
  first: number,
  count: number,
  today: { year: number; month: number },
): number | undefined {
  const start = year * 12 + first;
  const now = today.year * 12 + today.month;
  if (start > now) return year - 1;
  if (start + count <= now) return year + 1;
  return undefined;
}

function withAlternative(
  period: PeriodMention,
  year: number | undefined,
  named: (year: number) => PeriodMention,
): PeriodMention {
  return year === undefined ? period : { ...period, alternative: named(year) };
}

// An auxiliary and a past participle (« sont venues », « a eu lieu », « s'est tenu »), or the
// imperfect (« c'était »). Participles are listed: normalised, « une » would look like « venue ».
const PARTICIPLES =
  'eu ete venue?s? allee?s? passee?s? tenue?s? deroulee?s? reunie?s? participee?s? organisee?s? faite?s? presentee?s? vue?s? decidee?s? lancee?s? creee?s? signee?s? rejointe?s? quittee?s? votee?s? elue?s? accueillie?s? rencontree?s?';
const PAST = new RegExp(
  `\\b(?:(?:a|ont|ai|as|avons|avez|est|sont|s est|se sont|etait|etaient)(?: (?:y|bien|deja|donc))? (?:${PARTICIPLES.split(' ').join('|')})|c etait|etait|etaient|avait|avaient|fut|dernier|derniere|(?<!se )passee?)\\b`,
);
const FUTURE = /\b(?:sera|seront|aura|auront|fera|ferons|feront|va|vont|prevue?s?|prochaine?s?|a venir)\b/;

// The present of an event (« qu'est-ce qui se passe », « on fait quoi »): the nearest one is meant.
const PRESENT = /\b(?:se passe|a lieu|ont lieu|y a|fait|fais|faites|font|organise|organisent)\b/;

/** Whether the question speaks of the past or the future, when it says so by its verbs. */
function tenseOf(norm: string): Tense | undefined {
  if (FUTURE.test(norm)) return 'future';
  if (PAST.test(norm)) return 'past';
  return undefined;
}

/** Whether a month named without its year may be read on the other side of today: no verb says when. */
function timeless(norm: string): boolean {
  return tenseOf(norm) === undefined && !PRESENT.test(norm);
}

const YEAR = '((?:19|20)\\d{2})';

/**
 * The first period a French question names: a month (« mars 2023 », « en octobre »), a season
 * (« cet automne », « l’été 2024 »), a quarter or half-year (« au 1er trimestre 2023 »), a year
 * (« en 2022 »), a month or year counted from today's (« le mois prochain », « cette année »,
 * « l'an dernier »), or a day or week that chrono-node's French parser reads (« le 12/12 »,
 * « la semaine prochaine »). A month or season without a year is the occurrence nearest to today.
 *
 * @param text - The question, as typed.
 * @param now - The current instant.
 * @param timeZone - The PTCE's time zone.
 * @returns The period, or undefined when the question names none.
 * @example
 * periodMentionFr('les réunions de mars 2023', new Date('2023-11-20T09:00:00Z'), 'Europe/Paris')
 * //=> { from: '2023-03-01', to: '2023-04-01', label: 'mars 2023', precision: 'month', text: 'mars 2023' }
 */
export function periodMentionFr(text: string, now: Date, timeZone: string): PeriodMention | undefined {
  const norm = normalizeText(text);
  const local = toLocalDate(now, timeZone);
  const today = { year: local.year, month: local.month ?? 1 };
  // The first word that names a month (« mars », « oct »), with the year that may follow it.
  const month = [...norm.matchAll(new RegExp(`\\b([a-z]+)\\b(?: (?:de l annee |de )?${YEAR})?`, 'g'))].find(
    (m) => frMonthNumber(m[1]!) !== undefined,
  );
  // « le 25 novembre »: a day of the month, read as a day further down.
  const dayOfMonth = month !== undefined && /\b(?:[12]?\d|3[01]|1er) $/.test(norm.slice(0, month.index ?? 0));
  if (month && !dayOfMonth) {
    const m = frMonthNumber(month[1]!)!;
    // « depuis septembre »: from the last September begun to today.
    if (/\bdepuis (?:le mois de |le debut de |debut )?$/.test(norm.slice(0, month.index ?? 0))) {
      const year = month[2] ? Number(month[2]) : nearestYear(m, today, 'past');
      const tomorrow = new Date(Date.UTC(today.year, today.month - 1, (local.day ?? 1) + 1));
      return {
        from: monthText(year, m),
        to: tomorrow.toISOString().slice(0, 10),
        label: `depuis ${frMonthNames[m - 1]} ${year}`,
        precision: 'span',
        text: month[0],
      };
    }
    const year = month[2] ? Number(month[2]) : nearestYear(m, today, tenseOf(norm));
    const named = (y: number) => monthsPeriod(y, m, 1, `${frMonthNames[m - 1]} ${y}`, 'month', month[0]);
    return withAlternative(
      named(year),
      month[2] || !timeless(norm) ? undefined : otherSide(year, m, 1, today),
      named,
    );
  }
  const season = new RegExp(
    `\\b(?:(cet|ce|l|le|en|au) )?(printemps|ete|automne|hiver)(?: (prochain|dernier))?(?: ${YEAR})?\\b`,
  ).exec(norm);
  if (season && (season[1] || season[3] || season[4])) {
    const s = SEASONS[season[2]!]!;
    let year = season[4] ? Number(season[4]) : nearestYear(s.first, today, tenseOf(norm));
    // In January or February, « cet hiver » is the one that began in December.
    if (!season[4] && s.first === 12 && today.month <= 2) year = today.year - 1;
    if (season[3] === 'prochain' && !season[4])
      year += year * 12 + s.first <= today.year * 12 + today.month ? 1 : 0;
    if (season[3] === 'dernier' && !season[4])
      year -= year * 12 + s.first + 2 >= today.year * 12 + today.month ? 1 : 0;
    const named = (y: number) => monthsPeriod(y, s.first, 3, `${s.label} ${y}`, 'season', season[0]);
    return withAlternative(
      named(year),
      season[4] || season[3] || !timeless(norm) ? undefined : otherSide(year, s.first, 3, today),
      named,
    );
  }
  const part = new RegExp(
    `\\b(1er|1e|1|2e|2eme|2|3e|3eme|3|4e|4eme|4|premier|deuxieme|second|troisieme|quatrieme|dernier) (trimestre|semestre)(?: (?:de |d )?${YEAR})?`,
  ).exec(norm);
  const short = /\b([ts])([1-4]) ((?:19|20)\d{2})\b/.exec(norm);
  if (part || short) {
    const n = part ? ORDINALS[part[1]!]! : Number(short![2]);
    const semester = part ? part[2] === 'semestre' : short![1] === 's';
    const year = Number((part ? part[3] : short![3]) ?? today.year);
    if (!semester || n <= 2) {
      const size = semester ? 6 : 3;
      const label = `${n === 1 ? '1er' : `${n}e`} ${semester ? 'semestre' : 'trimestre'} ${year}`;
      return monthsPeriod(
        year,
        (n - 1) * size + 1,
        size,
        label,
        semester ? 'semester' : 'quarter',
        (part ?? short)![0],
      );
    }
  }
  // « d'ici la fin de l'année », « jusqu'à la fin du mois »: from today to the end of it.
  const untilEnd = /\b(?:d ici|jusqu a|avant) (?:la )?fin (de l annee|de l an|d annee|du mois)\b/.exec(norm);
  if (untilEnd) {
    const from = `${today.year}-${pad(today.month)}-${pad(local.day ?? 1)}`;
    const yearEnd = untilEnd[1] !== 'du mois';
    const to = yearEnd ? `${today.year + 1}-01-01` : monthText(today.year, today.month + 1);
    const last = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, 0));
    const lastText = formatLocalDateFr(parseLocalDate(last.toISOString().slice(0, 10))!);
    return {
      from,
      to,
      label: `du ${formatLocalDateFr(parseLocalDate(from)!)} au ${lastText}`,
      precision: 'span',
      text: untilEnd[0],
    };
  }
  // « ce mois-ci » is the calendar month, its past meetings included (« quelles réunions ce
  // mois-ci ? », « qu'est-ce qui est prévu ce mois-ci ? »).
  const thisMonth = /\bce mois(?: ci)?\b/.exec(norm);
  if (thisMonth)
    return monthsPeriod(
      today.year,
      today.month,
      1,
      `${frMonthNames[today.month - 1]} ${today.year}`,
      'month',
      thisMonth[0],
    );
  // « le trimestre dernier », « ce trimestre », « le trimestre prochain »: calendar quarters.
  const relativeQuarter = /\b(?:(?:le )?trimestre (dernier|passe|prochain)|ce trimestre(?: ci)?)\b/.exec(
    norm,
  );
  if (relativeQuarter) {
    const offset = relativeQuarter[1] === undefined ? 0 : relativeQuarter[1] === 'prochain' ? 1 : -1;
    const index = today.year * 4 + Math.floor((today.month - 1) / 3) + offset;
    const year = Math.floor(index / 4);
    const q = (index % 4) + 1;
    return monthsPeriod(
      year,
      (q - 1) * 3 + 1,
      3,
      `${q === 1 ? '1er' : `${q}e`} trimestre ${year}`,
      'quarter',
      relativeQuarter[0],
    );
  }
  // « le mois prochain », « le mois dernier »: the calendar month after or before today's.
  const relativeMonth = /\b(?:le )?mois (prochain|dernier|passe)\b/.exec(norm);
  if (relativeMonth) {
    const offset = relativeMonth[1] === 'prochain' ? 1 : -1;
    const index = today.year * 12 + (today.month - 1) + offset;
    const year = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return monthsPeriod(year, m, 1, `${frMonthNames[m - 1]} ${year}`, 'month', relativeMonth[0]);
  }
  // « cette année », « l'an dernier », « l'année prochaine ».
  const relativeYear =
    /\b(?:(cette) annee|l (?:an|annee) (prochain|prochaine|dernier|derniere|passe|passee))\b/.exec(norm);
  if (relativeYear) {
    const y = today.year + (relativeYear[1] ? 0 : relativeYear[2]!.startsWith('prochain') ? 1 : -1);
    return {
      from: `${y}-01-01`,
      to: `${y + 1}-01-01`,
      label: String(y),
      precision: 'year',
      text: relativeYear[0],
    };
  }
  const day = chronoFr.parse(text, now);
  const first = day[0];
  if (
    first &&
    (first.start.isCertain('day') ||
      first.start.isCertain('weekday') ||
      /semaine/.test(normalizeText(first.text)))
  ) {
    const week = /semaine/.test(normalizeText(first.text));
    const start = toLocalDate(first.start.date(), timeZone);
    const from = `${start.year}-${pad(start.month!)}-${pad(start.day!)}`;
    const end = new Date(Date.UTC(start.year, start.month! - 1, start.day! + (week ? 7 : 1)));
    return {
      from,
      to: end.toISOString().slice(0, 10),
      label: week
        ? `semaine du ${formatLocalDateFr(parseLocalDate(from)!)}`
        : formatLocalDateFr(parseLocalDate(from)!),
      precision: week ? 'week' : 'day',
      text: normalizeText(first.text),
    };
  }
  const year = new RegExp(
    `\\b(?:en|de|d|pour|l annee|annee|fin|debut|depuis|au cours de) ${YEAR}\\b|^${YEAR}$`,
  ).exec(norm);
  if (year) {
    const y = Number(year[1] ?? year[2]);
    return { from: `${y}-01-01`, to: `${y + 1}-01-01`, label: String(y), precision: 'year', text: year[0] };
  }
  return undefined;
}
