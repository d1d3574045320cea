/**
 * Questions for the fuzz tests (test/bot/conversation/question-fuzz.test.ts) and the speed bench
 * (bench/question-fuzz.bench.ts): arbitrary unicode text, and texts built from pieces of French
 * questions, numbers, dates, punctuation, Discord markup, accents and emoji, all cut to a length.
 */
import { frMonthNames } from '@ptce/core';
import fc from 'fast-check';
import { CORPUS, NEGATIVE_CORPUS } from './corpus.js';

/** The questions of the French corpus. */
export const corpusQuestions = [...CORPUS, ...NEGATIVE_CORPUS].map((c) => c.question);
const corpusWords = [...new Set(corpusQuestions.flatMap((q) => q.split(/\s+/)))].filter(Boolean);

/** Follow-ups that lean on the memory of the conversation. */
export const FOLLOW_UPS = [
  'et le suivant ?',
  'et celui d’avant ?',
  'et la suivante ?',
  'et après ?',
  'et son téléphone ?',
  'et son mail',
  'elle est où ?',
  'et lui ?',
  'et en 2022 ?',
  'et dans la Somme ?',
  'et le GT3 ?',
  'adresse ?',
  'pourquoi ?',
  'et qui l’anime ?',
  'et l’ordre du jour ?',
  'et le compte-rendu ?',
];

/** Discord markup a member can type: mentions, Markdown, links, timestamps, commands. */
export const MARKUP = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@&123456789012345678>',
  '<@!42>',
  '<@7>',
  '<#99>',
  '**',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '> ',
  '-# ',
  '# ',
  '[x](http://evil.example)',
  '[clique ici](https://phare.example/cr)',
  'https://evil.example/?q=1',
  '<t:1700000000:R>',
  '</aide:1>',
  '<:emoji:123>',
  '\\',
];

const SPICE = [
  'é',
  'É',
  'è',
  'ç',
  'Ç',
  'œ',
  'à',
  'e\u0301',
  'ï',
  'ô',
  'ÀÉÎÕÜ',
  '🙂',
  '👩‍👩‍👧',
  '🇫🇷',
  '🏳️‍🌈',
  '\u200b',
  '\u00a0',
  '\u202f',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\ud83d',
  '’',
  "'",
  '«',
  '»',
  '…',
  '?',
  '?!',
  '!',
  ',',
  ';',
  ':',
  '.',
  '-',
  '–',
  '(',
  ')',
  '"',
  '/',
  '%',
  '€',
  '&',
];

// Names of Object.prototype, once read as chat spellings of asking words.
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const number = fc.oneof(
  fc.integer({ min: -10, max: 100 }).map(String),
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map((n) => n.toLocaleString('fr-FR')),
  fc.constantFrom('1e999', '0,5', '12 %', '3 000 €', '1er', '2e', 'XIV', '-0', '٣', '²'),
);

const date = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .chain((d) =>
      fc.constantFrom(
        d.toISOString(),
        d.toISOString().slice(0, 10),
        `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`,
        `le ${d.getUTCDate()} ${frMonthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
        `${frMonthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
      ),
    ),
  fc.constantFrom(
    '31/02/2024',
    '2024-13-45',
    'demain',
    'hier',
    'cette semaine',
    'la semaine prochaine',
    'le mois prochain',
    'cette année',
    'l’an dernier',
    'au printemps 2023',
    'premier trimestre 2024',
    'S2 2023',
    'à 14 h 30',
    '00:00',
  ),
);

/** The arbitrary questions, each at most `limit` UTF-16 units long. */
export function fuzzQuestions(limit: number) {
  /** `text` cut to the limit, as Discord and `String.length` count. */
  const upToLimit = (text: string) => text.slice(0, limit);

  // Short and long texts both: fast-check's default size keeps strings to a few characters.
  const sized = (make: (size: 'small' | 'max') => fc.Arbitrary<string>) =>
    fc.oneof(make('small'), make('max')).map(upToLimit);

  const anyUnicode = sized((size) =>
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: limit, size }),
      // Any code point, controls and unpaired surrogates included (a cut emoji).
      fc.string({ unit: 'binary', maxLength: limit, size }),
    ),
  );

  /** A piece of a question: a word of a real question, a number, a date, punctuation, markup… */
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...corpusWords) },
    { weight: 2, arbitrary: fc.constantFrom(...corpusQuestions) },
    { weight: 1, arbitrary: fc.constantFrom(...FOLLOW_UPS) },
    { weight: 2, arbitrary: number },
    { weight: 2, arbitrary: date },
    { weight: 2, arbitrary: fc.constantFrom(...SPICE) },
    { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  );
  const gap = fc.constantFrom(' ', ' ', ' ', '', ', ', ' et ', ' ? ', '\n');

  /** A question built from pieces, a few of them or enough to reach the limit. */
  const frenchish = fc
    .oneof(
      fc.array(fc.tuple(piece, gap), { maxLength: 12 }),
      fc.array(fc.tuple(piece, gap), { maxLength: 150, size: 'max' }),
    )
    .map((pieces) => upToLimit(pieces.map(([p, g]) => `${p}${g}`).join('')));

  /** Real questions, one or several in a row, a mention or some markup slipped in. */
  const withMarkup = fc
    .tuple(
      fc
        .array(fc.constantFrom(...corpusQuestions), { minLength: 1, maxLength: 12 })
        .map((questions) => questions.join(' ')),
      fc.array(fc.constantFrom(...MARKUP), { minLength: 1, maxLength: 4 }),
      fc.nat(),
    )
    .map(([question, marks, at]) => {
      const cut = at % (question.length + 1);
      return upToLimit(`${question.slice(0, cut)}${marks.join(' ')}${question.slice(cut)}`);
    });
  return { anyUnicode, frenchish, withMarkup };
}
