import type { AttendanceSheet } from './attendance-sheet.js';
import type { ConvenedVoter } from './meeting-attendance-rules.js';

/** How each convened voice stood on a confirmed sheet. */
export interface SheetAttendance {
  /** In the order of those convened. */
  readonly present: readonly ConvenedVoter[];
  readonly represented: readonly ConvenedVoter[];
  readonly missing: readonly ConvenedVoter[];
}

/**
 * Which convened voices a confirmed sheet shows present (one of its people, or the structure
 * itself, signed), represented by proxy, or missing. A voice both present and listed as
 * represented is present.
 *
 * @param convened - Those convened (`meetingAttendanceRules(…).convened`).
 * @param sheet - The confirmed sheet.
 * @returns The voices by state.
 * @example
 * const ca = dataset.meetingById.get('2023-11-09-conseil-administration')!;
 * const convened = meetingAttendanceRules(dataset, ca)!.convened;
 * const sheet = sheetAttendance(convened, {
 *   meetingId: ca.id,
 *   present: [{ id: 'marion-cardon', structure: 'aril' }],
 *   represented: ['aciae'],
 *   confirmedAt: 0,
 * });
 * [sheet.present.map((v) => v.id), sheet.represented.map((v) => v.id), sheet.missing.length]
 * //=> [['aril'], ['aciae'], 18]
 */
export function sheetAttendance(convened: readonly ConvenedVoter[], sheet: AttendanceSheet): SheetAttendance {
  const signed = new Set<string>();
  for (const attendee of sheet.present) {
    signed.add(attendee.id);
    if (attendee.structure !== undefined) signed.add(attendee.structure);
  }
  const represented = new Set(sheet.represented);
  const result = {
    present: [] as ConvenedVoter[],
    represented: [] as ConvenedVoter[],
    missing: [] as ConvenedVoter[],
  };
  for (const voter of convened) {
    const here =
      signed.has(voter.id) || (voter.kind === 'structure' && voter.people.some((p) => signed.has(p)));
    if (here) result.present.push(voter);
    else if (represented.has(voter.id) || voter.people.some((p) => represented.has(p)))
      result.represented.push(voter);
    else result.missing.push(voter);
  }
  return result;
}
