/**
 * « de » before a name, elided before a vowel or a mute h: « d’Anima Grand Calais »,
 * « de La Pose ». Names starting with « Le » or « Les » keep them (« de Le Relais » is how a
 * proper name reads in a list).
 *
 * @param name - The name, as written.
 * @returns The name preceded by « de » or « d’ ».
 * @example
 * ofNameFr('Anima Grand Calais')
 * //=> 'd’Anima Grand Calais'
 * ofNameFr('La Pose')
 * //=> 'de La Pose'
 */
export function ofNameFr(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüh]/i.test(name) ? `d’${name}` : `de ${name}`;
}
