import type { SheetRow } from '@ptce/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../packages/bot/src/store/index.js';

const G = '111111111111111111';
const t0 = new Date('2026-12-03T16:00:00.000Z');
const t1 = new Date('2026-12-04T09:00:00.000Z');
const rows: SheetRow[] = [
  {
    id: 'espoir',
    kind: 'structure',
    structure: { id: 'espoir', name: 'Espoir' },
    name: 'Audrey Mouly',
    status: 'present',
  },
  {
    id: 'staj',
    kind: 'structure',
    structure: { id: 'staj', name: 'STAJ' },
    status: 'represented',
    holder: 'espoir',
  },
  { id: 'fabien', kind: 'person', name: 'Fabien Jolly', status: 'absent' },
];

let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

describe('attendance sheets in the store', () => {
  it('keeps a draft, then confirms it: the draft and the meeting’s answers go, in one transaction', () => {
    store.recordAnswer(G, { meetingId: 'ca', userId: 'u1', respondent: 'espoir', answer: 'present' }, t0);
    store.recordAnswer(G, { meetingId: 'ag', userId: 'u1', respondent: 'espoir', answer: 'present' }, t0);
    store.saveSheetDraft(G, 'ca', rows, 'staff', t0);
    expect(store.sheetDraft(G, 'ca')).toEqual(rows);
    const confirmed = store.confirmSheet(G, 'ca', rows, 'staff', t0);
    expect(confirmed).toEqual({ meetingId: 'ca', rows, confirmedBy: 'staff', confirmedAt: t0 });
    expect([
      store.sheetDraft(G, 'ca'),
      store.attendanceAnswers(G, 'ca'),
      store.attendanceAnswers(G, 'ag').length,
    ]).toEqual([undefined, [], 1]);
  });

  it('replaces a sheet confirmed twice, never adds one', () => {
    store.confirmSheet(G, 'ca', rows, 'staff', t0);
    const corrected: SheetRow[] = rows.map((r) => (r.id === 'fabien' ? { ...r, status: 'present' } : r));
    store.confirmSheet(G, 'ca', corrected, 'other', t1);
    expect(store.confirmedSheet(G, 'ca')).toEqual({
      meetingId: 'ca',
      rows: corrected,
      confirmedBy: 'other',
      confirmedAt: t1,
    });
    expect(store.attendanceSheets(G)).toEqual([
      {
        meetingId: 'ca',
        present: [
          { id: 'espoir', structure: 'espoir' },
          { id: 'fabien', name: 'Fabien Jolly' },
        ],
        represented: ['staj'],
        confirmedAt: t1.getTime(),
      },
    ]);
    expect(store.attendanceSheets('222222222222222222')).toEqual([]);
  });

  it('purges a guild’s sheets with the guild', () => {
    store.saveSheetDraft(G, 'ag', rows, 'staff', t0);
    store.confirmSheet(G, 'ca', rows, 'staff', t0);
    expect(store.purgeGuild(G)).toBe(5);
    expect([store.confirmedSheet(G, 'ca'), store.sheetDraft(G, 'ag')]).toEqual([undefined, undefined]);
  });
});
