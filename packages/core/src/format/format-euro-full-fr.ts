const euroFull = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  trailingZeroDisplay: 'stripIfInteger',
  signDisplay: 'negative',
});

/**
 * Formats an amount in euros in full, as `Intl.NumberFormat('fr-FR')` does: U+202F between
 * thousands, a no-break space (U+00A0) before `€`, and cents only when the amount has some.
 *
 * @param value - The amount in euros.
 * @returns The French text of the amount.
 * @example
 * formatEuroFullFr(25000000)
 * //=> '25\u202f000\u202f000\u00a0€'
 * formatEuroFullFr(12.5)
 * //=> '12,50\u00a0€'
 */
export function formatEuroFullFr(value: number): string {
  return euroFull.format(value);
}
