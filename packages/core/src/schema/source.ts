import * as z from 'zod';
import { Id, Period, Text, Url } from './common.js';

/**
 * A public document the data is transcribed from, cited by its short name.
 */
export const Source = z.strictObject({
  id: Id,
  title: Text,
  date: Period,
  publisher: Text.optional(),
  url: Url.optional(),
});
/** A source document. */
export type Source = z.infer<typeof Source>;
