import type { Dataset } from '../dataset/dataset.js';
import type { SourcedObservation } from '../indicators/indicator.js';
import type { AttendanceSheet } from './attendance-sheet.js';
import { BOT_SOURCE } from './bot-source.js';
import { meetingAttendanceRules } from './meeting-attendance-rules.js';
import { latestSheets } from './participants-per-meeting.js';
import { sheetAttendance } from './sheet-attendance.js';

/** How often a member structure came to the meetings it was convened to, in a year. */
export interface StructureAttendanceRate {
  readonly structure: { readonly id: string; readonly name: string };
  /** Meetings with a confirmed sheet that convened the structure (itself or one of its people). */
  readonly convened: number;
  /** Of those, meetings where it was present. */
  readonly present: number;
  /** Of those, meetings where it was represented by proxy. */
  readonly represented: number;
  /** `present / convened` as a percentage, source `bot`, `area` the structure. */
  readonly observation: SourcedObservation;
}

/**
 * The attendance rate of each member structure in a year: of the meetings held that year with a
 * confirmed sheet and that convened it, how many it came to. Meetings open to all convene nobody
 * and are left out. A structure convened through one of its people (a bureau member, a
 * co-pilot) counts as convened too.
 *
 * @param dataset - The dataset.
 * @param sheets - Confirmed attendance sheets (the latest per meeting counts).
 * @param year - The year of the meetings' local start.
 * @returns One row per structure convened at least once, in dataset order.
 * @example
 * const sheet = {
 *   meetingId: '2023-11-09-conseil-administration',
 *   present: [{ id: 'marion-cardon', structure: 'aril' }],
 *   represented: ['aciae'],
 *   confirmedAt: 0,
 * };
 * const rates = structureAttendanceRates(dataset, [sheet], 2023);
 * [rates.length, rates.filter((r) => r.observation.value > 0).map((r) => [r.structure.id, r.observation.value])]
 * //=> [20, [['aril', 100]]]
 */
export function structureAttendanceRates(
  dataset: Dataset,
  sheets: readonly AttendanceSheet[],
  year: number,
): StructureAttendanceRate[] {
  const tally = new Map<string, { convened: number; present: number; represented: number }>();
  const bump = (id: string, key: 'convened' | 'present' | 'represented') => {
    const row = tally.get(id) ?? { convened: 0, present: 0, represented: 0 };
    row[key] += 1;
    tally.set(id, row);
  };
  for (const sheet of latestSheets(sheets).values()) {
    const meeting = dataset.meetingById.get(sheet.meetingId);
    if (!meeting || meeting.when.start.year !== year) continue;
    const rules = meetingAttendanceRules(dataset, meeting);
    if (!rules || rules.open) continue;
    const structureOf = (v: { id: string; kind: string; structure?: string }) =>
      v.kind === 'structure' ? v.id : v.structure;
    const states = sheetAttendance(rules.convened, sheet);
    // A structure with two convened people is convened once, and present if either came.
    const seen = new Map<string, 'present' | 'represented' | 'missing'>();
    const rank = { missing: 0, represented: 1, present: 2 } as const;
    const mark = (list: typeof states.present, state: 'present' | 'represented' | 'missing') => {
      for (const voter of list) {
        const id = structureOf(voter);
        if (id === undefined) continue;
        const previous = seen.get(id);
        if (previous === undefined || rank[state] > rank[previous]) seen.set(id, state);
      }
    };
    mark(states.present, 'present');
    mark(states.represented, 'represented');
    mark(states.missing, 'missing');
    for (const [id, state] of seen) {
      bump(id, 'convened');
      if (state !== 'missing') bump(id, state);
    }
  }
  return dataset.structures.flatMap((s) => {
    const row = tally.get(s.id);
    if (!row) return [];
    return [
      {
        structure: { id: s.id, name: s.name },
        ...row,
        observation: {
          period: String(year),
          value: Math.round((1000 * row.present) / row.convened) / 10,
          area: s.id,
          source: BOT_SOURCE,
          disagreement: false,
        },
      },
    ];
  });
}
