import * as z from 'zod';
import { Id, SourceRef, Text } from './common.js';

/**
 * Who is convened to a body's meetings: every member structure (`members`), the carrier's
 * bureau (`bureau`) or board (`board`, the bureau included), the co-pilots and animateurs of
 * working groups (`group-leads`), or anyone who comes (`open`).
 */
export const ConvenedScope = z.enum(['members', 'bureau', 'board', 'group-leads', 'open']);
/** Who is convened to a body's meetings. */
export type ConvenedScope = z.infer<typeof ConvenedScope>;

/**
 * Whether a member structure has one voice that its people share (a binôme administrateur-
 * salarié is one voice), or each person counts.
 */
export const VoiceUnit = z.enum(['structure', 'person']);
/** Whether a structure or each person has a voice. */
export type VoiceUnit = z.infer<typeof VoiceUnit>;

/**
 * A quorum as a fraction of those convened, `numérateur/dénominateur` (`1/4`, `1/2`, `2/3`):
 * present plus represented must reach at least that share.
 */
export const QuorumFraction = z
  .string()
  .regex(/^[1-9]\d*\/[1-9]\d*$/, {
    message: 'fraction attendue, par exemple « 1/4 » ou « 1/2 »',
    abort: true,
  })
  .refine(
    (text) => {
      const [numerator, denominator] = text.split('/').map(Number) as [number, number];
      return numerator <= denominator;
    },
    { message: 'le quorum ne peut pas dépasser la totalité des convoqués (fraction ≤ 1 attendue)' },
  );
/** A quorum as a fraction text (`1/4`). */
export type QuorumFraction = z.infer<typeof QuorumFraction>;

/** Whether proxies (pouvoirs) are allowed, and how many one holder may carry. */
export const ProxyRules = z.strictObject({
  maxPerHolder: z.number().int().min(1),
});
/** Proxy rules. */
export type ProxyRules = z.infer<typeof ProxyRules>;

/**
 * The attendance rules of a body or working group: who is convened, who has a voice, the quorum,
 * proxies and the convocation notice. Rules come either from a source (the statutes: `source`)
 * or are a setting chosen by whoever keeps the file (`setting: true`), never both.
 */
export const AttendanceRules = z
  .strictObject({
    convened: ConvenedScope,
    /** For `group-leads`: the groups whose leads are convened; all groups when left out. */
    groups: z.array(Id).optional(),
    voice: VoiceUnit.default('structure'),
    quorum: QuorumFraction.optional(),
    /** Absent: proxies are not allowed. */
    proxies: ProxyRules.optional(),
    /** Days between the convocation and the meeting, at least. */
    noticeDays: z.number().int().min(0).max(366).optional(),
    /** `true`: a choice of the file's keepers, not a fact from a source. */
    setting: z.literal(true).optional(),
    /** The document that states these rules (statutes, rules of procedure). */
    source: SourceRef.optional(),
    note: Text.optional(),
  })
  .refine((r) => (r.setting === true) !== (r.source !== undefined), {
    message:
      'règles attendues soit tirées d’une source (« source »), soit choisies par le fichier (« setting: true »)',
    path: ['setting'],
  })
  .refine((r) => r.groups === undefined || r.convened === 'group-leads', {
    message: '« groups » ne va qu’avec « convened: group-leads »',
    path: ['groups'],
  })
  .refine((r) => r.convened !== 'open' || (r.quorum === undefined && r.proxies === undefined), {
    message: 'une réunion ouverte à tous n’a ni quorum ni pouvoirs',
    path: ['convened'],
  });
/** The attendance rules of a body or working group. */
export type AttendanceRules = z.infer<typeof AttendanceRules>;
