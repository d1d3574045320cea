import { readFileSync } from 'node:fs';
import { buildDataset, DatasetFile } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cadenceReport } from '../../../packages/core/src/governance/cadence-report.js';
import { meetingsPerYear } from '../../../packages/core/src/indicators/meetings-per-year.js';

const text = readFileSync(new URL('../../../packages/core/data/auton-hommes.yaml', import.meta.url), 'utf8');
const dataset = buildDataset(DatasetFile.parse(parse(text)));
const afterYear = new Date('2024-01-15T10:00:00Z');

describe("Auton'Hommes governance in 2023 (embedded data file)", () => {
  const report = cadenceReport(dataset, { year: 2023, now: afterYear });

  it('finds the comité opérationnel met once against 3 to 4: missed, two short', () => {
    const ops = report.find((e) => e.target.id === 'comite-operationnel');
    expect([ops?.held, ops?.planned, ops?.expected, ops?.status, ops?.shortfall]).toEqual([
      1,
      0,
      { min: 3, max: 4 },
      'missed',
      2,
    ]);
    expect(ops?.meetings.held.map((m) => m.start.slice(0, 10))).toEqual(['2023-11-14']);
  });

  it('finds the comité stratégique (1–2 a year) and the comité de pilotage (once a year) on track', () => {
    const strat = report.find((e) => e.target.id === 'comite-strategique');
    const copil = report.find((e) => e.target.id === 'comite-de-pilotage');
    expect([strat?.held, strat?.status]).toEqual([1, 'on-track']);
    expect([copil?.held, copil?.status]).toEqual([1, 'on-track']);
    expect(copil?.meetings.held.map((m) => m.start.slice(0, 10))).toEqual(['2023-04-06']);
  });

  it('judges the Fondation territoriale group, monthly since December 2023, on December only', () => {
    const fondation = report.find((e) => e.target.id === 'fondation-territoriale');
    expect(fondation?.months?.map((m) => [m.month, m.held, m.status])).toEqual([[12, 1, 'on-track']]);
    expect(fondation?.status).toBe('on-track');
  });

  it("counts three meetings of PHARE's conseil d'administration in 2023", () => {
    const ca = meetingsPerYear(dataset, { year: 2023 }).find((r) => r.target.id === 'conseil-administration');
    expect(ca?.held).toBe(3);
    const days = dataset.meetingsByTarget
      .get('conseil-administration')
      ?.filter((m) => m.when.start.year === 2023)
      .map((m) => m.start.slice(0, 10));
    expect(days).toEqual(['2023-02-07', '2023-04-11', '2023-11-09']);
  });

  it("dates PHARE's assemblée générale on 21 June 2023", () => {
    const ag = meetingsPerYear(dataset, { year: 2023 }).find((r) => r.target.id === 'assemblee-generale');
    expect(ag?.held).toBe(1);
    const days = dataset.meetingsByTarget.get('assemblee-generale')?.map((m) => m.start.slice(0, 10));
    expect(days).toContain('2023-06-21');
  });
});
