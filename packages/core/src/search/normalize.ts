/**
 * Normalises text for matching: lower case, no accents, ligatures spelled out, apostrophes and
 * punctuation as spaces, single spaces.
 *
 * @param text - Any text.
 * @returns The normalised text.
 * @example
 * normalizeText("  Comité STRATÉGIQUE d’Auton'Hommes, œuvre ")
 * //=> 'comite strategique d auton hommes oeuvre'
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Splits normalised text into words.
 *
 * @param text - Any text.
 * @returns The normalised words.
 * @example
 * tokenize("Qui anime l'éco-mobilité ?")
 * //=> ['qui', 'anime', 'l', 'eco', 'mobilite']
 */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * The Damerau–Levenshtein distance (optimal string alignment) between two words, stopping
 * early once it exceeds `max`.
 *
 * @param a - A word.
 * @param b - Another word.
 * @param max - The largest distance of interest.
 * @returns The distance, or `max + 1` when it is larger than `max`.
 * @example
 * editDistance('strategique', 'startegique', 2)
 * //=> 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * How many typos a word of this length tolerates: none under 4 letters, one up to 7, two from 8.
 *
 * @param length - The word's length.
 * @returns 0, 1 or 2.
 * @example
 * typoTolerance('strategique'.length)
 * //=> 2
 */
export function typoTolerance(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}
