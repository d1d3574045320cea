import type { Dataset } from '../dataset/dataset.js';
import type { SourcedObservation } from '../indicators/indicator.js';
import { sourceInfo } from '../indicators/source-info.js';
import type { AttendanceSheet } from './attendance-sheet.js';
import { BOT_SOURCE } from './bot-source.js';

/** A participant count for one meeting, from a source document or from the bot. */
export interface MeetingParticipants extends SourcedObservation {
  readonly meetingId: string;
}

/**
 * Participants per meeting: the count the data file gives (`attendance.count`, cited with the
 * meeting's source) and the count of the confirmed attendance sheet (source `bot`), side by side.
 * The two are never reconciled: when both exist and differ, both carry `disagreement: true`.
 *
 * @param dataset - The dataset.
 * @param sheets - Confirmed attendance sheets; those of unknown meetings are ignored, and the
 *   latest confirmed sheet of a meeting counts.
 * @returns One or two observations per meeting with a figure, by meeting start, the sourced one first.
 * @example
 * participantsPerMeeting(dataset, []).find((o) => o.meetingId === '2023-04-06-comite-de-pilotage')?.value
 * //=> 80 // the sourced figure
 */
export function participantsPerMeeting(
  dataset: Dataset,
  sheets: readonly AttendanceSheet[],
): MeetingParticipants[] {
  const sheetOf = latestSheets(sheets);
  const observations: MeetingParticipants[] = [];
  for (const meeting of dataset.meetings) {
    const sourced = meeting.attendance?.count;
    const sheet = sheetOf.get(meeting.id);
    if (sourced === undefined && sheet === undefined) continue;
    const counted = sheet?.present.length;
    const disagreement = sourced !== undefined && counted !== undefined && sourced !== counted;
    const period = meeting.start.slice(0, 10);
    if (sourced !== undefined) {
      observations.push({
        meetingId: meeting.id,
        period,
        value: sourced,
        source: meeting.source === undefined ? { id: 'fichier' } : sourceInfo(dataset, meeting.source),
        disagreement,
      });
    }
    if (counted !== undefined) {
      observations.push({ meetingId: meeting.id, period, value: counted, source: BOT_SOURCE, disagreement });
    }
  }
  return observations;
}

/**
 * The latest confirmed sheet of each meeting.
 *
 * @param sheets - Confirmed sheets, in any order.
 * @returns The sheet per meeting id.
 * @example
 * latestSheets([
 *   { meetingId: 'ca', present: [], represented: [], confirmedAt: 1 },
 *   { meetingId: 'ca', present: [], represented: [], confirmedAt: 2 },
 * ]).get('ca')?.confirmedAt
 * //=> 2
 */
export function latestSheets(sheets: readonly AttendanceSheet[]): Map<string, AttendanceSheet> {
  const byMeeting = new Map<string, AttendanceSheet>();
  for (const sheet of sheets) {
    const previous = byMeeting.get(sheet.meetingId);
    if (previous === undefined || sheet.confirmedAt > previous.confirmedAt)
      byMeeting.set(sheet.meetingId, sheet);
  }
  return byMeeting;
}
