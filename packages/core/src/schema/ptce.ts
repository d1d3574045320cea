import * as z from 'zod';
import { Email, Id, Period, SourceRef, Text, Url } from './common.js';
import { ProjectStatus } from './project.js';

/** A postal address. `arrondissement` and `epci` refer to the territory's ids. */
export const Address = z.strictObject({
  street: Text.optional(),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, { message: 'code postal à 5 chiffres attendu' })
    .optional(),
  commune: Text,
  arrondissement: Id.optional(),
  epci: Id.optional(),
});
/** A postal address. */
export type Address = z.infer<typeof Address>;

/** An arrondissement of the territory. */
export const Arrondissement = z.strictObject({
  id: Id,
  name: Text,
  /** The names members give the area (« Cambrésis » for the arrondissement of Cambrai). */
  aliases: z.array(Text).default([]),
});
/** An arrondissement of the territory. */
export type Arrondissement = z.infer<typeof Arrondissement>;

/** An EPCI (intercommunality) of the territory. */
export const Epci = z.strictObject({
  id: Id,
  shortName: Text,
  name: Text,
  arrondissement: Id.optional(),
  siren: z
    .string()
    .regex(/^\d{9}$/, { message: 'SIREN à 9 chiffres attendu' })
    .optional(),
  /** Periods in which the EPCI had a support agreement (convention) with the PTCE. */
  conventions: z
    .array(z.strictObject({ period: Period, source: SourceRef, note: Text.optional() }))
    .default([]),
});
/** An EPCI of the territory. */
export type Epci = z.infer<typeof Epci>;

/** The territory a PTCE covers. */
export const Territory = z.strictObject({
  name: Text,
  region: Text.optional(),
  departments: z.array(Text).default([]),
  arrondissements: z.array(Arrondissement).default([]),
  epcis: z.array(Epci).default([]),
});
/** The territory a PTCE covers. */
export type Territory = z.infer<typeof Territory>;

/**
 * An address an organisation no longer uses. `from` is the earliest period a source places it
 * there (not necessarily when it moved in); `to` is when it left, where a source says so.
 */
export const FormerAddress = z.strictObject({
  address: Address,
  from: Period.optional(),
  to: Period.optional(),
  /** What the sources say of the period, and which other sources give the address. */
  note: Text.optional(),
  source: SourceRef,
});
/** An address an organisation no longer uses. */
export type FormerAddress = z.infer<typeof FormerAddress>;

/** One heading of an organisation's stated values ("Coopérer pour…"), with its points. */
export const ValueStatement = z.strictObject({
  title: Text,
  items: z.array(Text).default([]),
  source: SourceRef,
});
/** One heading of an organisation's stated values. */
export type ValueStatement = z.infer<typeof ValueStatement>;

/** The association that carries the PTCE. */
export const Carrier = z.strictObject({
  id: Id,
  name: Text,
  fullName: Text.optional(),
  founded: Period.optional(),
  address: Address.optional(),
  /** Earlier addresses, oldest first. */
  formerAddresses: z.array(FormerAddress).default([]),
  website: Url.optional(),
  email: Email.optional(),
  /** Its values, as its documents list them. */
  values: z.array(ValueStatement).default([]),
});
/** The association that carries the PTCE. */
export type Carrier = z.infer<typeof Carrier>;

/** One commitment of the national PTCE charter. */
export const CharterCommitment = z.strictObject({
  number: z.number().int().positive(),
  title: Text,
  detail: Text.optional(),
});
/** One commitment of the national PTCE charter. */
export type CharterCommitment = z.infer<typeof CharterCommitment>;

/** What a milestone is about. */
export const MilestoneKind = z.enum([
  /** Creation, founding members, territory. */
  'history',
  /** A label, an award, a call for projects won. */
  'award',
  /** Funding obtained or ending. */
  'funding',
  /** Bodies, team, mandates, agreements with public bodies. */
  'governance',
  /** Premises and addresses. */
  'premises',
  /** An accompaniment (DLA, consultancy, support by a network). */
  'support',
  /** Logo, website, social networks, newsletters, communication plans. */
  'communication',
  /** A project or an action of the PTCE or its carrier. */
  'project',
  'other',
]);
/** What a milestone is about. */
export type MilestoneKind = z.infer<typeof MilestoneKind>;

/**
 * A milestone in the PTCE's history (creation, label, move, logo, roadmap…), possibly planned.
 */
export const Milestone = z.strictObject({
  period: Period,
  title: Text,
  kind: MilestoneKind.default('history'),
  /** `planned` for a milestone the sources announce but do not report as done. */
  status: ProjectStatus.default('done'),
  /** Structure ids of the members involved. */
  structures: z.array(Id).default([]),
  /** The body it belongs to (a commission that ran it, for instance). */
  body: Id.optional(),
  /** The working group (or sub-group) it belongs to. */
  group: Id.optional(),
  /** The points of a roadmap or a plan, in the source's order. */
  items: z.array(Text).default([]),
  note: Text.optional(),
  source: SourceRef,
});
/** A milestone in the PTCE's history. */
export type Milestone = z.infer<typeof Milestone>;

/** The PTCE itself. */
export const Ptce = z.strictObject({
  id: Id,
  name: Text,
  /** Other names the sources give it ("Auton'Homme"). */
  aliases: z.array(Text).default([]),
  carrier: Carrier.optional(),
  motto: Text.optional(),
  description: Text.optional(),
  timeZone: z.string().default('Europe/Paris'),
  territory: Territory,
  charter: z.array(CharterCommitment).default([]),
  legalDefinition: z.strictObject({ reference: Text, text: Text }).optional(),
  milestones: z.array(Milestone).default([]),
  /** How the PTCE names its working groups before their number (« GT » for « GT5 »). */
  groupPrefix: Text.default('GT'),
  source: SourceRef.optional(),
});
/** The PTCE itself. */
export type Ptce = z.infer<typeof Ptce>;
