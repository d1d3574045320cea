import * as z from 'zod';
import { AttendanceRules } from './attendance-rules.js';
import { Id, SourceRef, Text } from './common.js';
import { DatedText } from './dated-text.js';

/** How often a body is expected to meet: between `min` and `max` times per `per`. */
export const Cadence = z
  .strictObject({
    per: z.enum(['year', 'month']),
    min: z.number().int().min(0),
    max: z.number().int().min(1),
  })
  .refine((c) => c.max >= c.min, { message: 'la cadence maximale doit être ≥ à la minimale', path: ['max'] });
/** How often a body is expected to meet. */
export type Cadence = z.infer<typeof Cadence>;

/** The level a body belongs to: the PTCE's own governance or its carrier association's. */
export const BodyLevel = z.enum(['ptce', 'association']);
/** The level a body belongs to. */
export type BodyLevel = z.infer<typeof BodyLevel>;

/** What kind of body it is. */
export const BodyKind = z.enum([
  'committee',
  'bureau',
  'board',
  'general-assembly',
  'seminar',
  'commission',
  'other',
]);
/** What kind of body it is. */
export type BodyKind = z.infer<typeof BodyKind>;

/** A governance body (instance de gouvernance). */
export const Body = z.strictObject({
  id: Id,
  name: Text,
  shortName: Text.optional(),
  aliases: z.array(Text).default([]),
  level: BodyLevel,
  kind: BodyKind,
  /** What it is for ("Instance politique … Il définit la feuille de route"). */
  purpose: Text.optional(),
  /** Who takes part. */
  composition: Text.optional(),
  /** How each source describes the body, when their wordings differ. */
  descriptions: z.array(DatedText).default([]),
  cadence: Cadence.optional(),
  /** Who is convened, the quorum and proxies; absent when the file sets none. */
  attendance: AttendanceRules.optional(),
  source: SourceRef,
});
/** A governance body. */
export type Body = z.infer<typeof Body>;
