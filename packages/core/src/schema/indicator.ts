import * as z from 'zod';
import { Id, Period, SourceRef, Text } from './common.js';

/** The unit an indicator is counted in. */
export const IndicatorUnit = z.enum(['count', 'people', 'jobs', 'eur', 'percent', 'years', 'other']);
/** The unit an indicator is counted in. */
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

/** A value stated by a source for a period. */
export const Observation = z.strictObject({
  period: Period,
  value: z.number(),
  source: SourceRef,
  /** Arrondissement, EPCI or structure id, when the value is not for the whole scope. */
  area: Id.optional(),
  note: Text.optional(),
});
/** A value stated by a source for a period. */
export type Observation = z.infer<typeof Observation>;

/** A target value for a period. */
export const Target = z.strictObject({
  period: Period,
  value: z.number(),
  note: Text.optional(),
  source: SourceRef.optional(),
});
/** A target value. */
export type Target = z.infer<typeof Target>;

/** A declared indicator with its observations. */
export const Indicator = z.strictObject({
  key: Id,
  label: Text,
  aliases: z.array(Text).default([]),
  unit: IndicatorUnit,
  scope: z.enum(['ptce', 'territory', 'structure']),
  description: Text.optional(),
  observations: z.array(Observation).default([]),
  targets: z.array(Target).default([]),
});
/** A declared indicator. */
export type Indicator = z.infer<typeof Indicator>;
