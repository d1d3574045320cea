import * as z from 'zod';
import { Id, Period, SourceRef, Text, Url } from './common.js';
import { Address } from './ptce.js';

/** The legal kind of a member structure. */
export const StructureKind = z.enum([
  'association',
  'siae',
  'cooperative',
  'mutual',
  'company',
  'foundation',
  'public',
  'other',
]);
/** The legal kind of a member structure. */
export type StructureKind = z.infer<typeof StructureKind>;

/** The type of an SIAE (structure d'insertion par l'activité économique). */
export const SiaeType = z.enum(['ACI', 'EI', 'AI', 'ETTI', 'EITI', 'GEIQ']);
/** The type of an SIAE. */
export type SiaeType = z.infer<typeof SiaeType>;

/** A source attesting that the structure was a member during a period. */
export const MembershipRecord = z.strictObject({
  period: Period,
  source: SourceRef,
  note: Text.optional(),
});
/** A membership attestation. */
export type MembershipRecord = z.infer<typeof MembershipRecord>;

/** A member organisation of the PTCE. */
export const Structure = z.strictObject({
  id: Id,
  name: Text,
  fullName: Text.optional(),
  aliases: z.array(Text).default([]),
  kind: StructureKind,
  siaeType: SiaeType.optional(),
  address: Address.optional(),
  president: Text.optional(),
  director: Text.optional(),
  activities: z.array(Text).default([]),
  description: Text.optional(),
  website: Url.optional(),
  founded: Period.optional(),
  /** When it joined, where a source says so. */
  joined: Period.optional(),
  /** When it left, where a source says so. */
  left: Period.optional(),
  /** Member lists that name it. */
  membership: z.array(MembershipRecord).default([]),
  source: SourceRef,
});
/** A member organisation of the PTCE. */
export type Structure = z.infer<typeof Structure>;

/** A partner organisation that is not a member (public body, company, network). */
export const Partner = z.strictObject({
  id: Id,
  name: Text,
  aliases: z.array(Text).default([]),
  kind: z.enum(['public', 'company', 'network', 'funder', 'research', 'association', 'other']),
  description: Text.optional(),
  source: SourceRef,
});
/** A partner organisation. */
export type Partner = z.infer<typeof Partner>;
