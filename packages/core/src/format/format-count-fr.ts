import { formatNumberFr } from './format-number-fr.js';

/**
 * Formats a count followed by its noun, singular below 2 as French grammar wants (0 and 1 are
 * singular, 1,5 too).
 *
 * @param n - The count.
 * @param singular - The noun in the singular.
 * @param plural - The noun in the plural (`singular` + `s` by default).
 * @returns The number in French (see {@link formatNumberFr}), a space and the noun.
 * @example
 * formatCountFr(0, 'réunion', 'réunions')
 * //=> '0 réunion'
 * formatCountFr(3, 'réunion', 'réunions')
 * //=> '3 réunions'
 */
export function formatCountFr(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumberFr(n)} ${Math.abs(n) < 2 ? singular : plural}`;
}
