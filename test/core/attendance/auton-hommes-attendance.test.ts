import { readFileSync } from 'node:fs';
import { buildDataset, convocationDue, DatasetFile, meetingAttendanceRules, membersAt } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const text = readFileSync(new URL('../../../packages/core/data/auton-hommes.yaml', import.meta.url), 'utf8');
const dataset = buildDataset(DatasetFile.parse(parse(text)));
const rulesOf = (meetingId: string) => {
  const meeting = dataset.meetingById.get(meetingId);
  if (!meeting) throw new Error(`no meeting ${meetingId}`);
  return meetingAttendanceRules(dataset, meeting);
};

describe("Auton'Hommes attendance rules (embedded data file)", () => {
  it('marks every rule as a setting of the file, citing no source for it', () => {
    const withRules = dataset.bodies.filter((b) => b.attendance);
    expect(withRules.map((b) => [b.id, b.attendance?.setting, b.attendance?.source])).toEqual([
      ['comite-operationnel', true, undefined],
      ['comite-de-pilotage', true, undefined],
      ['bureau', true, undefined],
      ['conseil-administration', true, undefined],
      ['assemblee-generale', true, undefined],
    ]);
  });

  it('convenes the member structures to the CA, one voice per binôme, half of them for a quorum', () => {
    const rules = rulesOf('2023-04-11-conseil-administration');
    expect(rules?.convened.map((v) => v.id)).toEqual(
      membersAt(dataset, '2023-04-11').structures.map((s) => s.id),
    );
    expect(rules?.convened).toHaveLength(20);
    expect([rules?.rules.voice, rules?.rules.quorum, rules?.rules.proxies]).toEqual([
      'structure',
      '1/2',
      { maxPerHolder: 1 },
    ]);
  });

  it('convenes the bureau members of PHARE whose mandate covers the meeting', () => {
    expect(rulesOf('2023-10-12-bureau')?.convened.map((v) => v.name)).toEqual([
      'Gérard Dechy',
      'Éric Véron',
      'David Cambier',
      'Emilie Barbaut',
      'Marion Cardon',
      'François Wozniack',
    ]);
  });

  it('sends the AG convocation fifteen days ahead', () => {
    const ag = dataset.meetingById.get('2023-06-21-assemblee-generale')!;
    expect(convocationDue(ag, rulesOf(ag.id)!.rules)?.latestDay).toBe('2023-06-06');
  });

  it('leaves the comité de pilotage open to all', () => {
    expect(rulesOf('2023-04-06-comite-de-pilotage')?.open).toBe(true);
  });
});
