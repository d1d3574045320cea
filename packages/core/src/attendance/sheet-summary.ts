import type { AttendanceRules } from '../schema/index.js';
import type { AttendanceSheet } from './attendance-sheet.js';
import { quorumRequired } from './quorum-required.js';
import type { SheetRow, SheetStatus } from './sheet-rows.js';

/** The counts at the foot of a sheet, and whether the quorum was reached. */
export interface SheetSummary {
  /** Voices on the sheet, and how many in each status. */
  readonly counts: { readonly convened: number } & Readonly<Record<SheetStatus, number>>;
  /** Absent when the rules set no quorum, or the meeting was open to all. */
  readonly quorum?: {
    readonly fraction: string;
    readonly required: number;
    /** Present plus represented. */
    readonly counted: number;
    readonly reached: boolean;
    readonly missing: number;
  };
}

/**
 * The counts of a sheet and its quorum, counted as the attendance report counts it: present plus
 * represented voices, against the fraction of the voices convened.
 *
 * @param rows - The sheet.
 * @param rules - The body's rules (its quorum).
 * @param open - Whether the meeting was open to all (then it has no quorum).
 * @returns The summary.
 * @example
 * sheetSummary(
 *   [
 *     { id: 'espoir', kind: 'structure', status: 'present' },
 *     { id: 'staj', kind: 'structure', status: 'represented', holder: 'espoir' },
 *     { id: 'atis', kind: 'structure', status: 'absent' },
 *   ],
 *   { quorum: '1/2' },
 *   false,
 * )
 * //=> { counts: { convened: 3, present: 1, represented: 1, excused: 0, absent: 1 },
 * //     quorum: { fraction: '1/2', required: 2, counted: 2, reached: true, missing: 0 } }
 */
export function sheetSummary(
  rows: readonly SheetRow[],
  rules: Pick<AttendanceRules, 'quorum'>,
  open: boolean,
): SheetSummary {
  const counts = { convened: rows.length, present: 0, represented: 0, excused: 0, absent: 0 };
  for (const row of rows) counts[row.status] += 1;
  if (rules.quorum === undefined || open) return { counts };
  const required = quorumRequired(counts.convened, rules.quorum);
  const counted = counts.present + counts.represented;
  return {
    counts,
    quorum: {
      fraction: rules.quorum,
      required,
      counted,
      reached: counted >= required,
      missing: Math.max(0, required - counted),
    },
  };
}

/**
 * The confirmed sheet as the indicators read it: who was present, which voices were represented.
 *
 * @param meetingId - The meeting.
 * @param rows - The confirmed rows.
 * @param confirmedAt - When staff confirmed it, in epoch milliseconds.
 * @returns The sheet, whose present count is the meeting's participant figure (source `bot`).
 * @example
 * attendanceSheetOf('ca', [
 *   { id: 'espoir', kind: 'structure', structure: { id: 'espoir', name: 'Espoir' }, status: 'present' },
 *   { id: 'staj', kind: 'structure', status: 'represented', holder: 'espoir' },
 * ], 0)
 * //=> { meetingId: 'ca', present: [{ id: 'espoir', structure: 'espoir' }], represented: ['staj'], confirmedAt: 0 }
 */
export function attendanceSheetOf(
  meetingId: string,
  rows: readonly SheetRow[],
  confirmedAt: number,
): AttendanceSheet {
  return {
    meetingId,
    present: rows
      .filter((r) => r.status === 'present')
      .map((r) => ({
        id: r.id,
        ...(r.kind === 'person' && r.name !== undefined ? { name: r.name } : {}),
        ...(r.structure ? { structure: r.structure.id } : {}),
      })),
    represented: rows.filter((r) => r.status === 'represented').map((r) => r.id),
    confirmedAt,
  };
}
