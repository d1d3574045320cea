import type { Dataset } from '../dataset/dataset.js';
import type { SourcedObservation } from '../indicators/indicator.js';
import type { AttendanceSheet } from './attendance-sheet.js';
import { BOT_SOURCE } from './bot-source.js';
import { meetingAttendanceRules } from './meeting-attendance-rules.js';
import { latestSheets } from './participants-per-meeting.js';
import { sheetAttendance } from './sheet-attendance.js';

/** Participation in one body's or working group's meetings over a year. */
export interface BodyParticipation {
  readonly target: { readonly kind: 'body' | 'group'; readonly id: string; readonly name: string };
  /** Meetings of the year with a confirmed sheet. */
  readonly meetings: number;
  /** People who signed, over those meetings. */
  readonly participants: number;
  /**
   * Present plus represented voices over convened voices, as a percentage, for meetings that
   * convene someone; absent when every meeting was open to all.
   */
  readonly attendanceRate?: number;
  /** Mean participants per meeting (one decimal), source `bot`. */
  readonly observation: SourcedObservation;
}

/**
 * Participation per body and working group in a year, from the confirmed attendance sheets: how
 * many meetings, how many participants in all and per meeting, and the share of convened voices
 * that were present or represented. A sub-group's meetings count with its group's.
 *
 * @param dataset - The dataset.
 * @param sheets - Confirmed attendance sheets (the latest per meeting counts).
 * @param year - The year of the meetings' local start.
 * @returns One row per body, then per group, that has a sheet that year, in dataset order.
 * @example
 * const sheet = {
 *   meetingId: '2023-11-09-conseil-administration',
 *   present: [{ id: 'marion-cardon', structure: 'aril' }],
 *   represented: ['aciae'],
 *   confirmedAt: 0,
 * };
 * bodyParticipation(dataset, [sheet], 2023).map((r) => [r.target.id, r.meetings, r.participants, r.attendanceRate])
 * //=> [['conseil-administration', 1, 1, 10]] // 2 voices of 20
 */
export function bodyParticipation(
  dataset: Dataset,
  sheets: readonly AttendanceSheet[],
  year: number,
): BodyParticipation[] {
  const tally = new Map<
    string,
    { meetings: number; participants: number; convened: number; voices: number }
  >();
  for (const sheet of latestSheets(sheets).values()) {
    const meeting = dataset.meetingById.get(sheet.meetingId);
    if (!meeting || meeting.when.start.year !== year) continue;
    const target =
      meeting.body ??
      (meeting.group === undefined
        ? undefined
        : (dataset.subgroupById.get(meeting.group)?.group.id ?? meeting.group));
    if (target === undefined) continue;
    const row = tally.get(target) ?? { meetings: 0, participants: 0, convened: 0, voices: 0 };
    row.meetings += 1;
    row.participants += sheet.present.length;
    const rules = meetingAttendanceRules(dataset, meeting);
    if (rules && !rules.open) {
      const states = sheetAttendance(rules.convened, sheet);
      row.convened += rules.convened.length;
      row.voices += states.present.length + states.represented.length;
    }
    tally.set(target, row);
  }
  const targets = [
    ...dataset.bodies.map((b) => ({ kind: 'body' as const, id: b.id, name: b.name })),
    ...dataset.groups.map((g) => ({ kind: 'group' as const, id: g.id, name: g.name })),
  ];
  return targets.flatMap((target) => {
    const row = tally.get(target.id);
    if (!row) return [];
    return [
      {
        target,
        meetings: row.meetings,
        participants: row.participants,
        ...(row.convened > 0 ? { attendanceRate: Math.round((1000 * row.voices) / row.convened) / 10 } : {}),
        observation: {
          period: String(year),
          value: Math.round((10 * row.participants) / row.meetings) / 10,
          source: BOT_SOURCE,
          disagreement: false,
        },
      },
    ];
  });
}
