import * as z from 'zod';
import { AttendanceRules } from './attendance-rules.js';
import { Cadence } from './body.js';
import { Email, Id, Period, SourceRef, Text } from './common.js';
import { Offer } from './offer.js';
import { Project } from './project.js';

/** The lifecycle state of a working group. */
export const GroupStatus = z.strictObject({
  state: z.enum(['active', 'split', 'closed']),
  since: Period.optional(),
  /** Groups that continue its work after a split or a closure. */
  successors: z.array(Id).default([]),
  note: Text.optional(),
  source: SourceRef.optional(),
});
/** The lifecycle state of a working group. */
export type GroupStatus = z.infer<typeof GroupStatus>;

/** A sub-group of a working group. */
export const SubGroup = z.strictObject({
  id: Id,
  name: Text,
  aliases: z.array(Text).default([]),
  /** Person ids. */
  copilots: z.array(Id).default([]),
  /** Person ids. */
  facilitators: z.array(Id).default([]),
  objective: Text.optional(),
  /** What is done. Planned or ongoing work goes in `projects`. */
  achievements: z.array(Text).default([]),
  /** Projects with their progress. */
  projects: z.array(Project).default([]),
});
/** A sub-group of a working group. */
export type SubGroup = z.infer<typeof SubGroup>;

/** A working group (groupe de travail) of the PTCE. */
export const WorkingGroup = z.strictObject({
  id: Id,
  /** The group's number (GT5 → 5). Two groups may share a number. */
  number: z.number().int().positive().optional(),
  name: Text,
  aliases: z.array(Text).default([]),
  subgroups: z.array(SubGroup).default([]),
  /** Person ids. */
  copilots: z.array(Id).default([]),
  /** Person ids. */
  facilitators: z.array(Id).default([]),
  objective: Text.optional(),
  /** What is done. Planned or ongoing work goes in `projects`. */
  achievements: z.array(Text).default([]),
  /** Projects with their progress. */
  projects: z.array(Project).default([]),
  description: Text.optional(),
  /** Structure ids. */
  structures: z.array(Id).default([]),
  /** Partner ids. */
  partners: z.array(Id).default([]),
  cadence: Cadence.optional(),
  /** Who is convened to the group's meetings (its sub-groups' too), the quorum and proxies. */
  attendance: AttendanceRules.optional(),
  status: GroupStatus.default({ state: 'active', successors: [] }),
  /** Organisations (carrier, structure or partner ids) that animate the group. */
  facilitatingOrganisations: z.array(Id).default([]),
  /** The group's own contact address. */
  email: Email.optional(),
  /** Ways to take part ("Devenez fondateur", "Devenez donateur"). */
  offers: z.array(Offer).default([]),
  source: SourceRef,
});
/** A working group. */
export type WorkingGroup = z.infer<typeof WorkingGroup>;
