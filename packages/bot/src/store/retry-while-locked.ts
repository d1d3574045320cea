import { StoreError } from './store-error.js';

/** Options of `retryWhileLocked`. */
export interface RetryWhileLockedOptions {
  /** The pauses between tries; their count is the number of retries. */
  readonly delaysMs?: readonly number[];
  /** Waits without blocking; `setTimeout` by default (tests pass their own). */
  readonly sleep?: (ms: number) => Promise<void>;
}

// About 12.7 s in all: longer than a backup or a `sqlite3` session usually holds the lock, far
// shorter than the 15 minutes a deferred interaction may take to answer.
const DELAYS_MS = [100, 200, 400, 800, 1600, 3200, 6400];

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a store write, and runs it again after a pause, without blocking the event loop, while the
 * database is locked by another program. A locked write has written nothing, so trying again is
 * safe. Once the pauses are spent, the last `locked` error is thrown.
 *
 * @param write - The write (one store call, or a command step whose only effect is store writes).
 * @param options - The pauses, and how to wait.
 * @returns What the write returned.
 * @example
 * await retryWhileLocked(() => store.setRoute('123', { target: 'ca', channelId: '456' }))
 * //=> undefined
 */
export async function retryWhileLocked<T>(
  write: () => T | Promise<T>,
  options: RetryWhileLockedOptions = {},
): Promise<T> {
  const delays = options.delaysMs ?? DELAYS_MS;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const locked = error instanceof StoreError && error.code === 'locked';
      if (!locked || attempt >= delays.length) throw error;
      await sleep(delays[attempt]!);
    }
  }
}
