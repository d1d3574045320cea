import { z } from 'zod';
import { Email, Id, Period, SourceRef, Text, Url } from './common.js';

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
export const Arrondissement = z.strictObject({ id: Id, name: Text });
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

/** The association that carries the PTCE. */
export const Carrier = z.strictObject({
  id: Id,
  name: Text,
  fullName: Text.optional(),
  founded: Period.optional(),
  address: Address.optional(),
  website: Url.optional(),
  email: Email.optional(),
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

/** A milestone in the PTCE's history (label, award, creation). */
export const Milestone = z.strictObject({ period: Period, title: Text, source: SourceRef });
/** A milestone in the PTCE's history. */
export type Milestone = z.infer<typeof Milestone>;

/** The PTCE itself. */
export const Ptce = z.strictObject({
  id: Id,
  name: Text,
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
