import { describe, expect, it } from 'vitest';
import { membersAt } from '../../../packages/core/src/indicators/members-at.js';
import { participationMatrix } from '../../../packages/core/src/indicators/participation-matrix.js';
import { indicatorDataset } from './fixture.js';

const dataset = indicatorDataset();

describe('membersAt', () => {
  it('counts structures attested by a membership record or by joined/left dates in the year', () => {
    const members = membersAt(dataset, '2023');
    expect(members.structures.map((s) => s.id)).toEqual(['espoir', 'atis', 'clef', 'sans-adresse']);
    expect(members.total).toBe(4);
    expect(members.period).toBe('2023');
  });

  it('breaks the members down by arrondissement, EPCI and kind, with unknown addresses apart', () => {
    const members = membersAt(dataset, '2023');
    expect(members.byArrondissement).toEqual({ valenciennes: 2, cambrai: 1, unknown: 1 });
    expect(members.byEpci).toEqual({ cavm: 1, caph: 1, cac: 1, unknown: 1 });
    expect(members.byKind).toEqual({ association: 2, siae: 1, company: 1 });
  });

  it('still counts a structure in the year it left, and no longer after', () => {
    expect(membersAt(dataset, '2022').structures.map((s) => s.id)).toEqual(['espoir', 'clef', 'ancienne']);
    expect(membersAt(dataset, '2021').structures.map((s) => s.id)).toEqual(['espoir', 'ancienne']);
  });

  it('counts a year-long record for one of its months and a month record for its year', () => {
    expect(membersAt(dataset, '2023-06').structures.map((s) => s.id)).toEqual([
      'espoir',
      'atis',
      'clef',
      'sans-adresse',
    ]);
    expect(membersAt(dataset, '2023-02').structures.map((s) => s.id)).toEqual(['espoir', 'atis', 'clef']);
  });

  it('counts a structure from the period it joined', () => {
    expect(membersAt(dataset, '2024').structures.map((s) => s.id)).toEqual(['clef', 'future']);
  });
});

describe('participationMatrix', () => {
  const matrix = participationMatrix(dataset);

  it('has one column per working group, with how many structures each lists', () => {
    expect(matrix.groups).toEqual([
      { id: 'gt1', name: 'Insertion', number: 1, structures: 2 },
      { id: 'gt2', name: 'Financement solidaire', number: 2, structures: 2 },
      { id: 'gt3', name: 'Numérique', structures: 0 },
    ]);
  });

  it('has one row per structure, true where the group lists it, ignoring ids that are not structures', () => {
    expect(matrix.rows.map((r) => [r.structure.id, r.cells, r.count])).toEqual([
      ['espoir', [true, false, false], 1],
      ['atis', [true, true, false], 2],
      ['clef', [false, true, false], 1],
      ['ancienne', [false, false, false], 0],
      ['sans-adresse', [false, false, false], 0],
      ['future', [false, false, false], 0],
    ]);
    expect(matrix.rows[1]?.structure).toEqual({ id: 'atis', name: 'ATIS' });
  });
});
