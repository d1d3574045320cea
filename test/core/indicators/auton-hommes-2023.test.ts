import { readFileSync } from 'node:fs';
import { buildDataset, DatasetFile } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { epciConventionShare } from '../../../packages/core/src/indicators/epci-convention-share.js';
import { indicatorSeries } from '../../../packages/core/src/indicators/indicator-series.js';
import { membersAt } from '../../../packages/core/src/indicators/members-at.js';
import { targetProgress } from '../../../packages/core/src/indicators/target-progress.js';

const text = readFileSync(new URL('../../../packages/core/data/auton-hommes.yaml', import.meta.url), 'utf8');
const dataset = buildDataset(DatasetFile.parse(parse(text)));

describe("Auton'Hommes indicators (embedded data file)", () => {
  it('has 4 of the 5 EPCIs under convention in 2023', () => {
    const share = epciConventionShare(dataset, '2023');
    expect([share?.withConvention, share?.total, share?.share]).toEqual([4, 5, 0.8]);
    expect(share?.sources.map((s) => s.id)).toEqual(['rapport-activite-2023']);
  });

  it('counts 20 member structures in 2023, in the arrondissements of Valenciennes and Cambrai', () => {
    const members = membersAt(dataset, '2023');
    expect(members.total).toBe(20);
    expect(Object.keys(members.byArrondissement).sort()).toEqual(['cambrai', 'valenciennes']);
  });

  it('keeps the member count of each source: 18 in 2021, 17 in 2022, 20 in 2023', () => {
    expect(indicatorSeries(dataset, 'members').map((p) => [p.period, p.value])).toEqual([
      ['2021', 18],
      ['2022', 17],
      ['2023', 20],
    ]);
  });

  it("sets the Fondation territoriale's target at 100,000 €", () => {
    const progress = targetProgress(dataset, 'fondation-territoriale-fonds');
    expect([progress?.target.period, progress?.target.value]).toEqual(['2024', 100000]);
    // No amount raised is recorded yet: the target stands alone, without current value or share.
    expect([progress?.current, progress?.share]).toEqual([undefined, undefined]);
  });
});
