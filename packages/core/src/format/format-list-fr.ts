const and = new Intl.ListFormat('fr', { type: 'conjunction' });
const or = new Intl.ListFormat('fr', { type: 'disjunction' });

/**
 * Joins items into a French list with "et", as `Intl.ListFormat('fr')` does (no comma before
 * "et").
 *
 * @param items - The items, already formatted.
 * @returns `A`, `A et B`, `A, B et C`; an empty string for no items.
 * @example
 * formatListFr(['le CA', 'le bureau', "l'AG"])
 * //=> "le CA, le bureau et l'AG"
 */
export function formatListFr(items: readonly string[]): string {
  return and.format(items);
}

/**
 * Joins items into a French list of alternatives with "ou", as `Intl.ListFormat('fr')` does.
 *
 * @param items - The items, already formatted.
 * @returns `A`, `A ou B`, `A, B ou C`; an empty string for no items.
 * @example
 * formatOrListFr(['lundi', 'mardi', 'jeudi'])
 * //=> 'lundi, mardi ou jeudi'
 */
export function formatOrListFr(items: readonly string[]): string {
  return or.format(items);
}
