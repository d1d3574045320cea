import { buildDataset, DatasetFile, type Meeting } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { missingMinutes } from '../../../packages/core/src/meetings/missing-minutes.js';

function dataset(meetings: Partial<Meeting>[]) {
  return buildDataset(
    DatasetFile.parse({
      version: 1,
      ptce: { id: 'essai', name: 'PTCE d’essai', territory: { name: 'Hainaut' } },
      meetings: meetings.map((m) => ({
        body: 'ca',
        title: 'Conseil d’administration',
        status: 'held',
        ...m,
      })),
    }),
  );
}

const overdue = (d: ReturnType<typeof dataset>, now: string, afterDays: number) =>
  missingMinutes(d, new Date(now), { afterDays }).map((m) => [
    m.meeting.id,
    new Date(m.dueAt).toISOString(),
    m.daysOverdue,
  ]);

describe('missingMinutes', () => {
  const d = dataset([
    { id: 'ca-2023-12-12', start: '2023-12-12T14:00', end: '2023-12-12T16:00' },
    { id: 'ca-2023-11-07', start: '2023-11-07' },
    { id: 'bureau-2023-01', start: '2023-01' },
    { id: 'avec-lien', start: '2023-10-03T18:00', minutes: { url: 'https://example.org/cr.pdf' } },
    { id: 'avec-resume', start: '2023-10-10T18:00', minutes: { summary: 'Budget adopté.' } },
    { id: 'cr-vide', start: '2023-10-17T18:00', minutes: {} },
    { id: 'prevue', start: '2023-10-24T18:00', status: 'planned' },
    { id: 'annulee', start: '2023-10-31T18:00', status: 'cancelled' },
  ]);

  it('lists held meetings without minutes, oldest first, with the days overdue', () => {
    expect(overdue(d, '2024-01-20T12:00:00Z', 15)).toEqual([
      ['bureau-2023-01', '2023-02-15T23:00:00.000Z', 338],
      ['cr-vide', '2023-11-01T17:00:00.000Z', 79],
      ['ca-2023-11-07', '2023-11-22T23:00:00.000Z', 58],
      ['ca-2023-12-12', '2023-12-27T15:00:00.000Z', 23],
    ]);
  });

  it('waits until the deadline has passed', () => {
    // ca-2023-12-12 ends at 16:00 Paris (15:00 UTC); 15 days later is 2023-12-27T15:00Z.
    expect(overdue(d, '2023-12-27T15:00:00.000Z', 15).map(([id]) => id)).not.toContain('ca-2023-12-12');
    expect(overdue(d, '2023-12-27T15:00:00.001Z', 15)).toContainEqual([
      'ca-2023-12-12',
      '2023-12-27T15:00:00.000Z',
      0,
    ]);
  });

  it('counts the deadline in calendar days, keeping the local time across a DST change', () => {
    const spring = dataset([{ id: 'ca-2024-03-26', start: '2024-03-26T18:00' }]);
    // Ends at 18:00 CET on 2024-03-26; 7 days later is 18:00 CEST on 2024-04-02, i.e. 16:00 UTC.
    expect(overdue(spring, '2024-04-04T17:00:00Z', 7)).toEqual([
      ['ca-2024-03-26', '2024-04-02T16:00:00.000Z', 2],
    ]);
  });

  it('lists nothing when every held meeting has minutes', () => {
    expect(
      overdue(
        dataset([{ id: 'ok', start: '2023-10-03T18:00', minutes: { summary: 'Fait.' } }]),
        '2024-01-01T00:00:00Z',
        0,
      ),
    ).toEqual([]);
  });
});
