import { describe, expect, it } from 'vitest';
import { indicator } from '../../../packages/core/src/indicators/indicator.js';
import { indicatorSeries } from '../../../packages/core/src/indicators/indicator-series.js';
import { sourceInfo } from '../../../packages/core/src/indicators/source-info.js';
import { indicatorDataset } from './fixture.js';

const dataset = indicatorDataset();
const rapport = { id: 'rapport-2023', title: "Rapport d'activité 2023", date: '2024' };
const livret = { id: 'livret-2023', title: 'Livret du comité stratégique', date: '2023-12' };

describe('indicator', () => {
  it('returns every observation sorted by period, each with its source', () => {
    expect(indicator(dataset, 'member-structures')?.observations).toEqual([
      {
        period: '2021',
        value: 18,
        source: { id: 'dossier-2021', title: 'Dossier de presse 2021', date: '2021' },
        disagreement: false,
      },
      {
        period: '2022',
        value: 17,
        source: { id: 'article-2022', title: 'Article 2022', date: '2022' },
        disagreement: false,
      },
      { period: '2023', value: 20, source: rapport, disagreement: false },
      { period: '2023', value: 20, source: livret, disagreement: false },
    ]);
  });

  it('flags every observation of a period on which the sources disagree', () => {
    expect(indicator(dataset, 'jobs', { period: '2023' })?.observations).toEqual([
      { period: '2023', value: 1200, source: rapport, disagreement: true },
      { period: '2023', value: 1250, note: 'Arrondi', source: livret, disagreement: true },
    ]);
  });

  it('does not see a disagreement between different areas of the same period', () => {
    const observations = indicator(dataset, 'people-supported', { period: '2023' })?.observations;
    expect(observations?.map((o) => [o.period, o.area, o.value, o.disagreement])).toEqual([
      ['2023', undefined, 150, false],
      ['2023', 'valenciennes', 100, false],
      ['2023', 'cambrai', 50, false],
      ['2023-06', undefined, 70, false],
    ]);
  });

  it('keeps the months of a year asked for, and only the exact month when a month is asked for', () => {
    expect(
      indicator(dataset, 'people-supported', { period: '2023-06' })?.observations.map((o) => o.value),
    ).toEqual([70]);
    expect(indicator(dataset, 'jobs', { period: '2020' })?.observations).toEqual([]);
  });

  it('returns the declared indicator with its label and unit', () => {
    const reading = indicator(dataset, 'jobs');
    expect([reading?.indicator.label, reading?.indicator.unit]).toEqual(['Emplois', 'jobs']);
  });

  it('returns undefined for an unknown key', () => {
    expect(indicator(dataset, 'inconnu')).toBeUndefined();
  });
});

describe('sourceInfo', () => {
  it('resolves a known source and keeps only the id of an unknown one', () => {
    expect(sourceInfo(dataset, 'rapport-2023')).toEqual(rapport);
    expect(sourceInfo(dataset, 'inconnue')).toEqual({ id: 'inconnue' });
  });
});

describe('indicatorSeries', () => {
  it('gives one point per period with the change from the previous one', () => {
    const points = indicatorSeries(dataset, 'member-structures');
    expect(points.map((p) => [p.period, p.value, p.values, p.change, p.observations.length])).toEqual([
      ['2021', 18, undefined, undefined, 1],
      ['2022', 17, undefined, { absolute: -1, percent: (-1 / 18) * 100 }, 1],
      ['2023', 20, undefined, { absolute: 3, percent: (3 / 17) * 100 }, 2],
    ]);
  });

  it('gives all values where sources disagree, and no change across that point', () => {
    const points = indicatorSeries(dataset, 'jobs');
    expect(points.map((p) => [p.period, p.value, p.values, p.change])).toEqual([
      ['2021', 1200, undefined, undefined],
      ['2023', undefined, [1200, 1250], undefined],
      ['2024', 1300, undefined, undefined],
    ]);
  });

  it('follows the whole scope by default and an area when asked', () => {
    expect(indicatorSeries(dataset, 'people-supported').map((p) => [p.period, p.value])).toEqual([
      ['2023', 150],
      ['2023-06', 70],
    ]);
    expect(
      indicatorSeries(dataset, 'people-supported', { area: 'cambrai' }).map((p) => [
        p.period,
        p.value,
        p.change,
      ]),
    ).toEqual([
      ['2022', 0, undefined],
      ['2023', 50, { absolute: 50 }],
    ]);
  });

  it('is empty for an unknown key', () => {
    expect(indicatorSeries(dataset, 'inconnu')).toEqual([]);
  });
});
