/**
 * How many voices a quorum needs: the fraction of those convened, rounded up, and at least one
 * (a meeting of nobody decides nothing). Integer arithmetic, so `1/4` of 4,000 is exactly 1,000.
 *
 * @param convened - How many voices are convened.
 * @param fraction - The quorum as `numérateur/dénominateur` (`1/4`).
 * @returns The smallest number of present plus represented voices that reaches the quorum.
 * @example
 * quorumRequired(10, '1/4')
 * //=> 3
 * quorumRequired(4000, '1/4')
 * //=> 1000
 */
export function quorumRequired(convened: number, fraction: string): number {
  const [numerator, denominator] = fraction.split('/').map(Number) as [number, number];
  return Math.max(1, Math.floor((convened * numerator + denominator - 1) / denominator));
}
