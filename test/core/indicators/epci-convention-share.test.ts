import { describe, expect, it } from 'vitest';
import { epciConventionShare } from '../../../packages/core/src/indicators/epci-convention-share.js';
import { indicatorDataset } from './fixture.js';

const rapport = { id: 'rapport-2023', title: "Rapport d'activité 2023", date: '2024' };

describe('epciConventionShare', () => {
  it('counts the EPCIs whose conventions cover the period', () => {
    const dataset = indicatorDataset({
      conventions: { cavm: ['2023', '2024'], caph: ['2023'], cac: ['2024-01'] },
    });
    expect(epciConventionShare(dataset, '2023')).toEqual({
      period: '2023',
      withConvention: 2,
      total: 5,
      share: 0.4,
      basis: 'territory',
      epcis: ['cavm', 'caph'],
      sources: [rapport],
    });
    expect(epciConventionShare(dataset, '2024')?.epcis).toEqual(['cavm', 'cac']);
    expect(epciConventionShare(dataset, '2023-06')?.withConvention).toBe(2);
    expect(epciConventionShare(dataset, '2022')?.withConvention).toBe(0);
  });

  it('falls back to the epci-conventions indicator when no EPCI records a convention (4 of 5 in 2023)', () => {
    expect(epciConventionShare(indicatorDataset(), '2023')).toEqual({
      period: '2023',
      withConvention: 4,
      total: 5,
      share: 0.8,
      basis: 'indicator',
      sources: [rapport],
      disagreement: false,
    });
  });

  it('reads the latest observation within the period when none matches it exactly', () => {
    const share = epciConventionShare(indicatorDataset(), '2024');
    expect([share?.withConvention, share?.share, share?.sources]).toEqual([5, 1, [{ id: 'inconnue' }]]);
  });

  it('returns undefined when nothing is known for the period', () => {
    expect(epciConventionShare(indicatorDataset(), '2022')).toBeUndefined();
  });
});
