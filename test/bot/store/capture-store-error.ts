import { StoreError } from '../../../packages/bot/src/store/index.js';

/** Runs what must throw a `StoreError`, and returns it (any other outcome fails the test). */
export function captureStoreError(run: () => unknown): StoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}
