import * as z from 'zod';
import { Email, Id, Period, SourceRef, Text } from './common.js';

/** What kind of role a mandate is. */
export const RoleKind = z.enum(['bureau', 'board', 'staff', 'volunteer', 'representative', 'other']);
/** What kind of role a mandate is. */
export type RoleKind = z.infer<typeof RoleKind>;

/** A role held by a person, with its dates where known. */
export const Mandate = z.strictObject({
  title: Text,
  kind: RoleKind,
  /** The organisation the role is held in (structure, partner or carrier id). */
  organisation: Id.optional(),
  /** The area covered, for territorial roles ("Valenciennois"). */
  area: Text.optional(),
  from: Period.optional(),
  /** The last period the role was held; a role without `to` is current. */
  to: Period.optional(),
  /** What the sources say of its dates, when they do not give them outright. */
  note: Text.optional(),
  source: SourceRef,
});
/** A role held by a person. */
export type Mandate = z.infer<typeof Mandate>;

/** A person named in the sources. Only professional contact details are kept. */
export const Person = z.strictObject({
  id: Id,
  name: Text,
  aliases: z.array(Text).default([]),
  /** The organisation the person belongs to (structure, partner or carrier id). */
  organisation: Id.optional(),
  email: Email.optional(),
  phone: z
    .string()
    .regex(/^0\d(?: \d{2}){4}$/, { message: 'numéro attendu au format « 06 12 34 56 78 »' })
    .optional(),
  roles: z.array(Mandate).default([]),
  source: SourceRef,
});
/** A person named in the sources. */
export type Person = z.infer<typeof Person>;
