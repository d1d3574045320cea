import * as z from 'zod';

/**
 * A slug identifier: lower-case letters, digits and dashes (`comite-strategique`, `gt2`).
 */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'identifiant attendu : minuscules, chiffres et tirets (ex. « comite-strategique »)',
});
/** A slug identifier. */
export type Id = z.infer<typeof Id>;

/** A non-empty, trimmed piece of text. */
export const Text = z.string().trim().min(1, { message: 'texte non vide attendu' });
/** A non-empty, trimmed piece of text. */
export type Text = z.infer<typeof Text>;

/**
 * A local date, with the precision the source gives: `2023` (year), `2023-01` (month),
 * `2023-02-07` (day) or `2023-12-12T14:00` (date and time, wall-clock).
 */
export const LocalDateText = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/, {
  message: 'date attendue au format AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM',
});
/** A local date text, as written in the data file. */
export type LocalDateText = z.infer<typeof LocalDateText>;

/**
 * A period an observation refers to: a year (`2023`), a month (`2023-12`) or a day (`2023-12-31`).
 */
export const Period = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
  message: 'période attendue au format AAAA, AAAA-MM ou AAAA-MM-JJ',
});
/** A period (year, month or day). */
export type Period = z.infer<typeof Period>;

/** A wall-clock time of day, `HH:MM` (24 h). */
export const TimeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
  message: 'heure attendue au format HH:MM (ex. « 09:00 »)',
});
/** A wall-clock time of day. */
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/** An http(s) URL. */
export const Url = z
  .string()
  .regex(/^https?:\/\/\S+$/, { message: 'adresse web attendue (http:// ou https://)' });
/** An http(s) URL. */
export type Url = z.infer<typeof Url>;

/** A professional e-mail address. */
export const Email = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'adresse e-mail attendue' });
/** An e-mail address. */
export type Email = z.infer<typeof Email>;

/** The short name of a source document (see `sources`). */
export const SourceRef = Id;
/** A reference to a source document. */
export type SourceRef = z.infer<typeof SourceRef>;
