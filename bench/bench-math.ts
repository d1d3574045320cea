/** Small pieces the benchmarks share: a seeded random source and percentile statistics. */

/**
 * mulberry32: a small, fast, deterministic random source, so every run builds the same data.
 * @param seed - Any 32-bit integer.
 * @returns A function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The median and the 95th percentile (nearest rank) of timing samples.
 * @param samples - Durations in any unit.
 * @returns Both, in that unit (NaN without samples).
 */
export function stats(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}
