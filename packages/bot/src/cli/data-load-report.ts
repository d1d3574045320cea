import { formatDataFileError } from '@ptce/core';
import type { DataLoadError } from '../data/data-load-error.js';
import type { CliIo } from './io.js';

/** Prints why a data file was refused: the message, then each located error. */
export function reportDataLoadError(io: CliIo, error: DataLoadError): void {
  io.err(error.message);
  for (const e of error.errors) io.err(formatDataFileError(e));
}
