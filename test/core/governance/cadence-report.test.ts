import { describe, expect, it } from 'vitest';
import { cadenceReport } from '../../../packages/core/src/governance/cadence-report.js';
import { governanceDataset } from './fixture.js';

const dataset = governanceDataset();

function summary(year: number, now: string, timeZone?: string) {
  return cadenceReport(dataset, { year, now: new Date(now), ...(timeZone ? { timeZone } : {}) }).map((e) => ({
    id: e.target.id,
    held: e.held,
    planned: e.planned,
    cancelled: e.cancelled,
    status: e.status,
    shortfall: e.shortfall,
    nextDueBy: e.nextDueBy,
  }));
}

describe('cadenceReport after the year is over', () => {
  const report = cadenceReport(dataset, { year: 2023, now: new Date('2024-01-15T10:00:00Z') });

  it('lists every body, then every working group, that declares a cadence, skipping groups closed before the year', () => {
    expect(report.map((e) => [e.target.kind, e.target.id, e.target.name])).toEqual([
      ['body', 'strat', 'Comité stratégique'],
      ['body', 'ops', 'Comité opérationnel'],
      ['body', 'copil', 'Comité de pilotage'],
      ['body', 'bureau', 'Bureau'],
      ['group', 'gt1', 'Mobilité'],
      ['group', 'fondation', 'Fondation territoriale'],
      ['group', 'gt-split', 'Groupe scindé'],
    ]);
  });

  it('judges each yearly cadence on held + planned meetings', () => {
    expect(summary(2023, '2024-01-15T10:00:00Z')).toEqual([
      {
        id: 'strat',
        held: 1,
        planned: 0,
        cancelled: 0,
        status: 'on-track',
        shortfall: 0,
        nextDueBy: undefined,
      },
      { id: 'ops', held: 1, planned: 0, cancelled: 1, status: 'missed', shortfall: 2, nextDueBy: undefined },
      { id: 'copil', held: 1, planned: 1, cancelled: 0, status: 'over', shortfall: 0, nextDueBy: undefined },
      {
        id: 'bureau',
        held: 10,
        planned: 0,
        cancelled: 0,
        status: 'missed',
        shortfall: 4,
        nextDueBy: undefined,
      },
      { id: 'gt1', held: 2, planned: 1, cancelled: 0, status: 'missed', shortfall: 1, nextDueBy: undefined },
      {
        id: 'fondation',
        held: 1,
        planned: 0,
        cancelled: 0,
        status: 'missed',
        shortfall: 2,
        nextDueBy: undefined,
      },
      {
        id: 'gt-split',
        held: 1,
        planned: 0,
        cancelled: 0,
        status: 'missed',
        shortfall: 1,
        nextDueBy: undefined,
      },
    ]);
  });

  it('returns the meetings behind the counts, cancelled ones apart', () => {
    const ops = report.find((e) => e.target.id === 'ops');
    expect(ops?.meetings.held.map((m) => m.id)).toEqual(['ops-1']);
    expect(ops?.meetings.cancelled.map((m) => m.id)).toEqual(['ops-2']);
    expect(ops?.expected).toEqual({ min: 3, max: 4 });
    expect(ops?.cadence).toEqual({ per: 'year', min: 3, max: 4 });
    expect(ops?.year).toBe(2023);
  });

  it("counts a working group's sub-group meetings with the group", () => {
    const gt1 = report.find((e) => e.target.id === 'gt1');
    expect(gt1?.meetings.held.map((m) => m.id)).toEqual(['gt1-1', 'gt1-velo-1']);
    expect(gt1?.meetings.planned.map((m) => m.id)).toEqual(['gt1-2']);
  });

  it('judges a monthly cadence month by month, month-only dates in their month, year-only dates in no month', () => {
    const bureau = report.find((e) => e.target.id === 'bureau');
    expect(bureau?.expected).toEqual({ min: 12, max: 24 });
    expect(bureau?.months?.map((m) => [m.month, m.held, m.status])).toEqual([
      [1, 1, 'on-track'],
      [2, 1, 'on-track'],
      [3, 1, 'on-track'],
      [4, 1, 'on-track'],
      [5, 1, 'on-track'],
      [6, 0, 'missed'],
      [7, 0, 'missed'],
      [8, 0, 'missed'],
      [9, 1, 'on-track'],
      [10, 1, 'on-track'],
      [11, 2, 'on-track'],
      [12, 0, 'missed'],
    ]);
  });
});

describe('cadenceReport and the life of a group', () => {
  const report = cadenceReport(dataset, { year: 2023, now: new Date('2024-01-15T10:00:00Z') });

  it('judges a monthly group only from the month it started', () => {
    const fondation = report.find((e) => e.target.id === 'fondation');
    expect(fondation?.months?.map((m) => [m.month, m.held, m.status])).toEqual([
      [10, 0, 'missed'],
      [11, 0, 'missed'],
      [12, 1, 'on-track'],
    ]);
    expect(fondation?.expected).toEqual({ min: 3, max: 3 });
  });

  it('judges a monthly group only until the month before it was split', () => {
    const split = report.find((e) => e.target.id === 'gt-split');
    expect(split?.months?.map((m) => [m.month, m.held, m.status])).toEqual([
      [1, 1, 'on-track'],
      [2, 0, 'missed'],
    ]);
    expect(split?.expected).toEqual({ min: 2, max: 4 });
  });

  it('leaves out a group in the years before it started and after it was split', () => {
    const ids2022 = cadenceReport(dataset, { year: 2022, now: new Date('2024-01-15T10:00:00Z') }).map(
      (e) => e.target.id,
    );
    expect(ids2022).toEqual(['strat', 'ops', 'copil', 'bureau', 'gt1', 'gt9', 'gt-split']);
  });
});

describe('cadenceReport during the year', () => {
  it('gives the evenly spaced due date of the next meeting (k-th of N by the end of month ⌈12k/N⌉)', () => {
    expect(summary(2024, '2024-06-15T10:00:00Z')).toEqual([
      {
        id: 'strat',
        held: 0,
        planned: 0,
        cancelled: 0,
        status: 'on-track',
        shortfall: 1,
        nextDueBy: '2024-12-31',
      },
      {
        id: 'ops',
        held: 0,
        planned: 0,
        cancelled: 0,
        status: 'behind',
        shortfall: 3,
        nextDueBy: '2024-04-30',
      },
      {
        id: 'copil',
        held: 0,
        planned: 0,
        cancelled: 0,
        status: 'on-track',
        shortfall: 1,
        nextDueBy: '2024-12-31',
      },
      {
        id: 'bureau',
        held: 0,
        planned: 0,
        cancelled: 0,
        status: 'missed',
        shortfall: 12,
        nextDueBy: '2024-06-30',
      },
      {
        id: 'gt1',
        held: 0,
        planned: 1,
        cancelled: 0,
        status: 'on-track',
        shortfall: 3,
        nextDueBy: '2024-06-30',
      },
      {
        id: 'fondation',
        held: 0,
        planned: 0,
        cancelled: 0,
        status: 'missed',
        shortfall: 12,
        nextDueBy: '2024-06-30',
      },
    ]);
  });

  it('turns on-track into behind the day after a due date passes', () => {
    const july = summary(2024, '2024-07-01T10:00:00Z').find((e) => e.id === 'gt1');
    expect(july).toEqual({
      id: 'gt1',
      held: 0,
      planned: 1,
      cancelled: 0,
      status: 'behind',
      shortfall: 3,
      nextDueBy: '2024-06-30',
    });
  });

  it('lets a monthly cadence run on time within the current month', () => {
    const report = cadenceReport(dataset, { year: 2023, now: new Date('2023-06-10T10:00:00Z') });
    const bureau = report.find((e) => e.target.id === 'bureau');
    expect([bureau?.status, bureau?.nextDueBy]).toEqual(['on-track', '2023-06-30']);
    expect(bureau?.months?.[5]).toEqual({
      month: 6,
      held: 0,
      planned: 0,
      cancelled: 0,
      status: 'on-track',
      shortfall: 1,
      nextDueBy: '2023-06-30',
    });
  });

  it('marks a monthly cadence missed as soon as one past month had no meeting', () => {
    const bureau = summary(2023, '2023-07-10T10:00:00Z').find((e) => e.id === 'bureau');
    expect([bureau?.status, bureau?.nextDueBy]).toEqual(['missed', '2023-07-31']);
  });

  it('treats a future year as not begun', () => {
    const ops = summary(2025, '2024-06-15T10:00:00Z').find((e) => e.id === 'ops');
    expect([ops?.status, ops?.nextDueBy]).toEqual(['on-track', '2025-04-30']);
  });

  it("decides today in the dataset's time zone unless told otherwise", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris: the year is over there.
    const paris = summary(2023, '2023-12-31T23:30:00Z').find((e) => e.id === 'gt1');
    const utc = summary(2023, '2023-12-31T23:30:00Z', 'UTC').find((e) => e.id === 'gt1');
    expect([paris?.status, paris?.nextDueBy]).toEqual(['missed', undefined]);
    expect([utc?.status, utc?.nextDueBy]).toEqual(['on-track', '2023-12-31']);
  });
});
