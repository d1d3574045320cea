import * as z from 'zod';
import { Body } from './body.js';
import { Id, Period, SourceRef, Text, Url } from './common.js';
import { Indicator } from './indicator.js';
import { Meeting, Series } from './meeting.js';
import { Person } from './person.js';
import { Ptce } from './ptce.js';
import { ReminderPolicies } from './reminder.js';
import { Source } from './source.js';
import { Partner, Structure } from './structure.js';
import { WorkingGroup } from './working-group.js';

/** The content of a PTCE data file (`auton-hommes.yaml`). */
export const DatasetFile = z.strictObject({
  version: z.literal(1),
  ptce: Ptce,
  sources: z.array(Source).default([]),
  structures: z.array(Structure).default([]),
  partners: z.array(Partner).default([]),
  people: z.array(Person).default([]),
  bodies: z.array(Body).default([]),
  groups: z.array(WorkingGroup).default([]),
  meetings: z.array(Meeting).default([]),
  series: z.array(Series).default([]),
  indicators: z.array(Indicator).default([]),
  reminders: ReminderPolicies.prefault({}),
});
/** The content of a PTCE data file. */
export type DatasetFile = z.infer<typeof DatasetFile>;

/** A PTCE as listed in a regional registry: little more than its name, place and aims. */
export const RegistryEntry = z.strictObject({
  id: Id,
  name: Text,
  /** Other names the sources give it. */
  aliases: z.array(Text).default([]),
  department: Text,
  departmentCode: z
    .string()
    .regex(/^\d{2,3}$/, { message: 'numéro de département attendu' })
    .optional(),
  communes: z.array(Text).default([]),
  carrier: Text.optional(),
  aims: z.array(Text).default([]),
  laureate: Period.optional(),
  website: Url.optional(),
  source: SourceRef,
});
/** A PTCE as listed in a regional registry. */
export type RegistryEntry = z.infer<typeof RegistryEntry>;

/** A regional registry of PTCEs (`hauts-de-france.yaml`). */
export const RegistryFile = z.strictObject({
  version: z.literal(1),
  registry: z.strictObject({ id: Id, name: Text, region: Text, source: SourceRef }),
  sources: z.array(Source).default([]),
  ptces: z.array(RegistryEntry).min(1),
});
/** A regional registry of PTCEs. */
export type RegistryFile = z.infer<typeof RegistryFile>;
