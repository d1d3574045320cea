import * as z from 'zod';
import { SourceRef, Text } from './common.js';

/** A way for an organisation or a person to take part ("Devenez fondateur", "Devenez donateur"). */
export const Offer = z.strictObject({
  title: Text,
  /** What it involves ("un engagement de 5 ans"). */
  detail: Text.optional(),
  source: SourceRef,
});
/** A way to take part. */
export type Offer = z.infer<typeof Offer>;
