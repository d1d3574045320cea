import * as z from 'zod';
import { Period, SourceRef, Text } from './common.js';

/**
 * A piece of text as one source words it at one date. Two sources that describe the same thing
 * differently ("co-animateurs" in one, "co-pilotes" in the other) are kept as two dated texts
 * rather than merged into one.
 */
export const DatedText = z.strictObject({
  /** The date of the source's statement, usually the source document's date. */
  period: Period,
  text: Text,
  source: SourceRef,
});
/** A piece of text as one source words it at one date. */
export type DatedText = z.infer<typeof DatedText>;
