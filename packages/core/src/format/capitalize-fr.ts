/**
 * Puts a capital on the first letter of a French text, accents kept (`é` becomes `É`), for a
 * sentence start.
 *
 * @param text - The text.
 * @returns The text with its first character in upper case.
 * @example
 * capitalizeFr("aujourd'hui")
 * //=> "Aujourd'hui"
 * capitalizeFr('été 2023')
 * //=> 'Été 2023'
 */
export function capitalizeFr(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase('fr') + text.slice(head.length);
}
