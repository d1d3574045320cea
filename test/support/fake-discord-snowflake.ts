/** Discord's epoch (2015-01-01T00:00:00Z), the zero of every snowflake timestamp. */
export const DISCORD_EPOCH = 1_420_070_400_000;

/**
 * A Discord snowflake for a given instant: 42 bits of milliseconds since the Discord epoch,
 * 5 bits of worker, 5 bits of process and 12 bits of increment. Dates after 2015-01-04 give
 * the 17 to 19 digits that @discordjs/rest and discord.js expect.
 */
export function snowflakeAt(ms: number, increment = 0, worker = 1, processId = 0): string {
  const elapsed = BigInt(Math.floor(ms - DISCORD_EPOCH));
  const id =
    (elapsed << 22n) |
    (BigInt(worker & 31) << 17n) |
    (BigInt(processId & 31) << 12n) |
    BigInt(increment & 4095);
  return id.toString();
}

/** The instant (milliseconds since 1970) encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
}

/**
 * A source of strictly increasing snowflakes stamped with `now()`, like the ids Discord hands
 * out: sorting by id sorts by creation, which discord.js relies on for message caches.
 */
export function snowflakeSource(now: () => number): () => string {
  let lastMs = 0;
  let increment = 0;
  return () => {
    const ms = Math.max(now(), lastMs);
    increment = ms === lastMs ? increment + 1 : 0;
    if (increment > 4095) {
      // Borrow the next millisecond rather than wrap, so ids stay unique and ordered.
      lastMs = ms + 1;
      increment = 0;
    } else {
      lastMs = ms;
    }
    return snowflakeAt(lastMs, increment);
  };
}
