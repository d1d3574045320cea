import type { DataFileError } from '@ptce/core';

/** A data file that could not be read or is invalid. */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly errors: readonly DataFileError[],
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}
