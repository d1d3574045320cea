import { describe, expect, it } from 'vitest';
import { targetProgress } from '../../../packages/core/src/indicators/target-progress.js';
import { indicatorDataset } from './fixture.js';

const dataset = indicatorDataset();
const target = {
  period: '2024-05',
  value: 100000,
  note: 'Dépôt du dossier à la Fondation de France',
  source: 'rapport-2023',
};

describe('targetProgress', () => {
  it("measures the foundation's commitments against its 100,000 € target with the latest figure before the deadline", () => {
    const progress = targetProgress(dataset, 'fondation-engagements', { period: '2024-05' });
    expect(progress?.target).toEqual(target);
    expect([progress?.current?.period, progress?.current?.value, progress?.share]).toEqual([
      '2024-04',
      60000,
      0.6,
    ]);
  });

  it('finds the target within a year asked for, and takes the latest target by default', () => {
    expect(targetProgress(dataset, 'fondation-engagements', { period: '2024' })?.target).toEqual(target);
    expect(targetProgress(dataset, 'fondation-engagements')?.share).toBe(0.6);
  });

  it('returns undefined without such an indicator or target', () => {
    expect(targetProgress(dataset, 'jobs')).toBeUndefined();
    expect(targetProgress(dataset, 'inconnu')).toBeUndefined();
    expect(targetProgress(dataset, 'fondation-engagements', { period: '2025' })).toBeUndefined();
  });
});
