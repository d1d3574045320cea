import type { Dataset } from '../dataset/dataset.js';
import type { AttendanceReport } from './attendance-report.js';
import type { ConvenedVoter } from './meeting-attendance-rules.js';

/** How a convened voice stood at a held meeting, on its feuille d'émargement. */
export type SheetStatus = 'present' | 'represented' | 'excused' | 'absent';

/** One line of a feuille d'émargement: a convened voice and how it stood. */
export interface SheetRow {
  /** The voice's id: a structure, or a person. */
  readonly id: string;
  readonly kind: 'structure' | 'person';
  /** The member structure: the voice itself, or the person's structure. */
  readonly structure?: { readonly id: string; readonly name: string };
  /** The person; for a structure, the people the data file gives it, comma-separated. */
  readonly name?: string;
  readonly status: SheetStatus;
  /** For `represented`: the id of the row (present) that carries the proxy. */
  readonly holder?: string;
}

/**
 * The feuille d'émargement of a meeting as the answers left it, for staff to correct: one row per
 * convened voice, in the order of those convened. Present stays present, a counted proxy is
 * represented by its holder, excused stays excused (so do the givers of proxies that do not
 * count), and absent or silent is absent.
 *
 * @param dataset - The data the meeting belongs to (for the names of structures and people).
 * @param report - The meeting's attendance report, from its start on (`final`).
 * @returns The rows.
 * @example
 * const ca = dataset.meetingById.get('2023-11-09-conseil-administration')!;
 * const rules = meetingAttendanceRules(dataset, ca)!;
 * const report = attendanceReport(ca, [{ respondent: 'aril', answer: 'present', at: 0 }], rules, new Date('2024-01-01'));
 * sheetRows(dataset, report).filter((r) => r.status === 'present').map((r) => r.structure?.name)
 * //=> ['ARIL']
 */
export function sheetRows(dataset: Dataset, report: AttendanceReport): SheetRow[] {
  const status = new Map<string, SheetStatus>();
  const holderOf = new Map<string, string>();
  for (const voter of report.present) status.set(voter.id, 'present');
  for (const group of report.represented) {
    for (const giver of group.givers) {
      status.set(giver.id, 'represented');
      holderOf.set(giver.id, group.holder.id);
    }
  }
  // Before the start, a proxy whose holder has not answered is not yet a representation.
  for (const group of report.awaitingHolder)
    for (const giver of group.givers) status.set(giver.id, 'excused');
  for (const voter of report.excused) status.set(voter.id, 'excused');
  return report.convened.map((voter) => {
    const holder = holderOf.get(voter.id);
    return {
      ...voterColumns(dataset, voter),
      status: status.get(voter.id) ?? 'absent',
      ...(holder === undefined ? {} : { holder }),
    };
  });
}

function voterColumns(
  dataset: Dataset,
  voter: ConvenedVoter,
): Pick<SheetRow, 'id' | 'kind' | 'structure' | 'name'> {
  if (voter.kind === 'structure') {
    const people = voter.people.flatMap((id) => dataset.personById.get(id)?.name ?? []).join(', ');
    return {
      id: voter.id,
      kind: 'structure',
      structure: { id: voter.id, name: voter.name },
      ...(people === '' ? {} : { name: people }),
    };
  }
  const structure = voter.structure === undefined ? undefined : dataset.structureById.get(voter.structure);
  return {
    id: voter.id,
    kind: 'person',
    ...(structure ? { structure: { id: structure.id, name: structure.name } } : {}),
    name: voter.name,
  };
}

/**
 * How a row's voice is named on the sheet and in a "représenté·e par" column: the structure for a
 * structure's voice, the person (and their structure) for a person's.
 *
 * @param row - A sheet row.
 * @returns The label.
 * @example
 * sheetVoiceLabel({ id: 'audrey', kind: 'person', name: 'Audrey Mouly', structure: { id: 'espoir', name: 'Espoir' }, status: 'present' })
 * //=> 'Audrey Mouly (Espoir)'
 */
export function sheetVoiceLabel(row: SheetRow): string {
  if (row.kind === 'structure') return row.structure?.name ?? row.id;
  const name = row.name ?? row.id;
  return row.structure ? `${name} (${row.structure.name})` : name;
}
