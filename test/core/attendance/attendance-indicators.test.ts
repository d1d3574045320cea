import {
  type AttendanceSheet,
  bodyParticipation,
  buildDataset,
  DatasetFile,
  participantsPerMeeting,
  sheetAttendance,
  structureAttendanceRates,
} from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { attendanceDataset, rulesOf } from './fixture.js';

const dataset = attendanceDataset();
const caMarch: AttendanceSheet = {
  meetingId: 'ca-2025-03',
  present: [
    { id: 'audrey', structure: 'espoir' },
    { id: 'bernard', structure: 'espoir' },
    { id: 'david', structure: 'atis' },
  ],
  represented: ['staj'],
  confirmedAt: 2,
};
const caJune: AttendanceSheet = {
  meetingId: 'ca-2025-06',
  present: [{ id: 'chloe', structure: 'staj' }],
  represented: [],
  confirmedAt: 3,
};
const copil: AttendanceSheet = {
  meetingId: 'copil-2025',
  present: [{ id: 'zoe' }, { id: 'yann' }, { id: 'audrey', structure: 'espoir' }],
  represented: [],
  confirmedAt: 4,
};
const gtVelo: AttendanceSheet = {
  meetingId: 'gt1-velo-2025',
  present: [{ id: 'emma', structure: 'clef' }],
  represented: [],
  confirmedAt: 5,
};

describe('sheetAttendance', () => {
  it('shows a structure present when one of its people signed, represented when listed', () => {
    const states = sheetAttendance(rulesOf(dataset, 'ca-2025-03').convened, caMarch);
    expect([states.present, states.represented, states.missing].map((l) => l.map((v) => v.id))).toEqual([
      ['espoir', 'atis'],
      ['staj'],
      ['clef'],
    ]);
  });
});

describe('participantsPerMeeting', () => {
  it("gives the bot's count beside the sourced one and flags them when they differ", () => {
    const file = DatasetFile.parse({
      ...dataset.file,
      meetings: dataset.file.meetings.map((m) =>
        m.id === 'copil-2025' ? { ...m, attendance: { count: 80, structures: [] }, source: 'fictif' } : m,
      ),
    });
    const withSourced = buildDataset(file);
    expect(participantsPerMeeting(withSourced, [caMarch, copil])).toEqual([
      {
        meetingId: 'ca-2025-03',
        period: '2025-03-11',
        value: 3,
        source: { id: 'bot', title: 'Feuilles d’émargement confirmées dans le bot' },
        disagreement: false,
      },
      {
        meetingId: 'copil-2025',
        period: '2025-04-10',
        value: 80,
        source: { id: 'fictif', title: 'Données fictives', date: '2025' },
        disagreement: true,
      },
      {
        meetingId: 'copil-2025',
        period: '2025-04-10',
        value: 3,
        source: { id: 'bot', title: 'Feuilles d’émargement confirmées dans le bot' },
        disagreement: true,
      },
    ]);
  });

  it('counts the latest confirmed sheet of a meeting, and ignores sheets of unknown meetings', () => {
    const corrected = { ...caMarch, present: caMarch.present.slice(0, 2), confirmedAt: 9 };
    const ghost = { ...caJune, meetingId: 'inconnue' };
    expect(
      participantsPerMeeting(dataset, [corrected, caMarch, ghost]).map((o) => [o.meetingId, o.value]),
    ).toEqual([['ca-2025-03', 2]]);
  });
});

describe('structureAttendanceRates', () => {
  it('rates each structure over the meetings of the year that convened it', () => {
    expect(
      structureAttendanceRates(dataset, [caMarch, caJune, copil, gtVelo], 2025).map((r) => [
        r.structure.id,
        r.convened,
        r.present,
        r.represented,
        r.observation.value,
        r.observation.area,
        r.observation.source.id,
      ]),
    ).toEqual([
      ['espoir', 2, 1, 0, 50, 'espoir', 'bot'],
      ['staj', 2, 1, 1, 50, 'staj', 'bot'],
      ['atis', 2, 1, 0, 50, 'atis', 'bot'],
      ['clef', 3, 1, 0, 33.3, 'clef', 'bot'],
    ]);
  });

  it('has nothing for a year without sheets', () => {
    expect(structureAttendanceRates(dataset, [caMarch], 2024)).toEqual([]);
  });
});

describe('bodyParticipation', () => {
  it('sums participants per body and group, with the share of convened voices there', () => {
    expect(
      bodyParticipation(dataset, [caMarch, caJune, copil, gtVelo], 2025).map((r) => [
        r.target.id,
        r.meetings,
        r.participants,
        r.attendanceRate,
        r.observation.value,
      ]),
    ).toEqual([
      ['ca', 2, 4, 50, 2],
      ['copil', 1, 3, undefined, 3],
      ['gt1', 1, 1, 50, 1],
    ]);
  });
});
