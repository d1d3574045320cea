import { describe, expect, it } from 'vitest';
import { meetingsPerYear } from '../../../packages/core/src/indicators/meetings-per-year.js';
import { indicatorDataset } from './fixture.js';

const dataset = indicatorDataset();

describe('meetingsPerYear', () => {
  it('counts held, planned and cancelled meetings of every body and group against its cadence', () => {
    expect(meetingsPerYear(dataset, { year: 2023 })).toEqual([
      {
        target: { kind: 'body', id: 'copil', name: 'Comité de pilotage' },
        held: 1,
        planned: 0,
        cancelled: 0,
        cadence: { per: 'year', min: 1, max: 1 },
        expected: { min: 1, max: 1 },
        withinCadence: true,
      },
      {
        target: { kind: 'body', id: 'bureau', name: 'Bureau' },
        held: 2,
        planned: 0,
        cancelled: 0,
        cadence: { per: 'month', min: 1, max: 2 },
        expected: { min: 12, max: 24 },
        withinCadence: false,
      },
      {
        target: { kind: 'body', id: 'ca', name: "Conseil d'administration" },
        held: 3,
        planned: 0,
        cancelled: 1,
      },
      { target: { kind: 'group', id: 'gt1', name: 'Insertion' }, held: 0, planned: 0, cancelled: 0 },
      {
        target: { kind: 'group', id: 'gt2', name: 'Financement solidaire' },
        held: 2,
        planned: 0,
        cancelled: 0,
        cadence: { per: 'year', min: 2, max: 6 },
        expected: { min: 2, max: 6 },
        withinCadence: true,
      },
      { target: { kind: 'group', id: 'gt3', name: 'Numérique' }, held: 0, planned: 0, cancelled: 0 },
    ]);
  });

  it('judges only held meetings: planned ones do not make a year within cadence', () => {
    const gt2 = meetingsPerYear(dataset, { year: 2024 }).find((r) => r.target.id === 'gt2');
    expect([gt2?.held, gt2?.planned, gt2?.withinCadence]).toEqual([0, 1, false]);
  });
});
