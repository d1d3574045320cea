import {
  attendanceReport,
  attendanceSheetOf,
  correctSheet,
  participantsPerMeeting,
  type SheetRow,
  sheetCsv,
  sheetRows,
  sheetSummary,
} from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { attendanceDataset, meetingOf, rulesOf } from './fixture.js';

const dataset = attendanceDataset();
const ca = meetingOf(dataset, 'ca-2025-03');
const rules = rulesOf(dataset, 'ca-2025-03');
const before = ca.when.startsAt - 86_400_000;
const after = new Date(ca.when.startsAt + 3 * 3_600_000);

/** Espoir present (by Audrey), STAJ gives its proxy to Espoir, ATIS excused, La Clef silent. */
function answeredRows(): SheetRow[] {
  const report = attendanceReport(
    ca,
    [
      { respondent: 'audrey', answer: 'present', at: before },
      { respondent: 'staj', answer: 'proxy', holder: 'espoir', at: before },
      { respondent: 'atis', answer: 'excused', at: before },
    ],
    rules,
    after,
  );
  return sheetRows(dataset, report);
}

describe('sheetRows', () => {
  it('pre-fills one row per convened voice from the answers, silence as absent', () => {
    expect(answeredRows()).toEqual([
      {
        id: 'espoir',
        kind: 'structure',
        structure: { id: 'espoir', name: 'Espoir' },
        name: 'Audrey Mouly, Bernard Roy',
        status: 'present',
      },
      {
        id: 'staj',
        kind: 'structure',
        structure: { id: 'staj', name: 'STAJ' },
        name: 'Chloé Nord',
        status: 'represented',
        holder: 'espoir',
      },
      {
        id: 'atis',
        kind: 'structure',
        structure: { id: 'atis', name: 'ATIS' },
        name: 'David Caron',
        status: 'excused',
      },
      {
        id: 'clef',
        kind: 'structure',
        structure: { id: 'clef', name: 'La Clef' },
        name: 'Emma Lenoir',
        status: 'absent',
      },
    ]);
  });

  it('names a person voice with their structure', () => {
    const bureau = meetingOf(dataset, 'bureau-2025-02');
    const report = attendanceReport(
      bureau,
      [{ respondent: 'audrey', answer: 'present', at: bureau.when.startsAt - 1 }],
      rulesOf(dataset, 'bureau-2025-02'),
      new Date(bureau.when.startsAt),
    );
    expect(sheetRows(dataset, report).map((r) => [r.id, r.name, r.structure?.name, r.status])).toEqual([
      ['audrey', 'Audrey Mouly', 'Espoir', 'present'],
      ['fabien', 'Fabien Jolly', undefined, 'absent'],
    ]);
  });
});

describe('correctSheet', () => {
  it('marks a silent voice present without touching the others', () => {
    const rows = answeredRows();
    const corrected = correctSheet(rows, { id: 'clef', status: 'present' }, rules.rules);
    expect(corrected.ok && corrected.rows.map((r) => [r.id, r.status, r.holder])).toEqual([
      ['espoir', 'present', undefined],
      ['staj', 'represented', 'espoir'],
      ['atis', 'excused', undefined],
      ['clef', 'present', undefined],
    ]);
    expect(rows[3]?.status).toBe('absent');
  });

  it('drops the proxies of a holder marked absent: their givers are excused', () => {
    const corrected = correctSheet(answeredRows(), { id: 'espoir', status: 'absent' }, rules.rules);
    expect(corrected.ok && [corrected.rows.map((r) => r.status), corrected.dropped.map((r) => r.id)]).toEqual(
      [['absent', 'excused', 'excused', 'absent'], ['staj']],
    );
  });

  it('refuses a proxy to oneself, to someone not present, over the cap, or where none are allowed', () => {
    const rows = answeredRows();
    const reasons = [
      correctSheet(rows, { id: 'atis', status: 'represented', holder: 'atis' }, rules.rules),
      correctSheet(rows, { id: 'atis', status: 'represented', holder: 'clef' }, rules.rules),
      correctSheet(rows, { id: 'atis', status: 'represented', holder: 'espoir' }, rules.rules),
      correctSheet(rows, { id: 'atis', status: 'represented', holder: 'espoir' }, {}),
      correctSheet(rows, { id: 'nobody', status: 'present' }, rules.rules),
    ].map((c) => (c.ok ? 'ok' : c.reason));
    expect(reasons).toEqual(['self', 'holder-not-present', 'over-cap', 'not-allowed', 'unknown']);
  });

  it('moves a proxy from one holder to another within the cap', () => {
    const withClef = correctSheet(answeredRows(), { id: 'clef', status: 'present' }, rules.rules);
    if (!withClef.ok) throw new Error('refused');
    const moved = correctSheet(
      withClef.rows,
      { id: 'staj', status: 'represented', holder: 'clef' },
      rules.rules,
    );
    expect(moved.ok && moved.rows.find((r) => r.id === 'staj')?.holder).toBe('clef');
  });
});

describe('sheetSummary and attendanceSheetOf', () => {
  it('counts the sheet and its quorum as the report does', () => {
    expect(sheetSummary(answeredRows(), rules.rules, false)).toEqual({
      counts: { convened: 4, present: 1, represented: 1, excused: 1, absent: 1 },
      quorum: { fraction: '1/2', required: 2, counted: 2, reached: true, missing: 0 },
    });
    expect(sheetSummary(answeredRows(), rules.rules, true).quorum).toBeUndefined();
  });

  it('gives the meeting its participant figure, source bot', () => {
    const sheet = attendanceSheetOf(ca.id, answeredRows(), 5);
    expect(sheet).toEqual({
      meetingId: 'ca-2025-03',
      present: [{ id: 'espoir', structure: 'espoir' }],
      represented: ['staj'],
      confirmedAt: 5,
    });
    expect(participantsPerMeeting(dataset, [sheet]).map((o) => [o.meetingId, o.value, o.source.id])).toEqual([
      ['ca-2025-03', 1, 'bot'],
    ]);
  });
});

describe('sheetCsv', () => {
  it('writes a BOM, semicolons, CRLF and the holder of each proxy', () => {
    expect(sheetCsv(answeredRows())).toBe(
      '\uFEFFStructure;Nom;Statut;Représenté·e par\r\n' +
        'Espoir;Audrey Mouly, Bernard Roy;présent·e;\r\n' +
        'STAJ;Chloé Nord;représenté·e;Espoir\r\n' +
        'ATIS;David Caron;excusé·e;\r\n' +
        'La Clef;Emma Lenoir;absent·e;\r\n',
    );
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    const rows: SheetRow[] = [
      { id: 'a', kind: 'person', name: 'Dupont; "Jo"\nbis', status: 'present' },
      { id: 'b', kind: 'person', name: '=HYPERLINK("x")', status: 'absent' },
      { id: 'c', kind: 'person', name: '@Zoé', status: 'represented', holder: 'a' },
    ];
    expect(sheetCsv(rows).split('\r\n').slice(1)).toEqual([
      ';"Dupont; ""Jo""\nbis";présent·e;',
      ';"\'=HYPERLINK(""x"")";absent·e;',
      ';\'@Zoé;représenté·e;"Dupont; ""Jo""\nbis"',
      '',
    ]);
  });
});
