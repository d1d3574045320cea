import { meetingAttendanceRules } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { attendanceDataset, meetingOf, rulesOf } from './fixture.js';

const dataset = attendanceDataset();
const ids = (id: string) => rulesOf(dataset, id).convened.map((v) => v.id);

describe('meetingAttendanceRules', () => {
  it('convenes every structure that is a member on the day, one voice each shared by its people', () => {
    const rules = rulesOf(dataset, 'ca-2025-03');
    expect(rules.target).toEqual({ kind: 'body', id: 'ca', name: "Conseil d'administration" });
    expect(rules.open).toBe(false);
    expect(rules.convened).toEqual([
      { id: 'espoir', kind: 'structure', name: 'Espoir', people: ['audrey', 'bernard'] },
      { id: 'staj', kind: 'structure', name: 'STAJ', people: ['chloe'] },
      { id: 'atis', kind: 'structure', name: 'ATIS', people: ['david'] },
      { id: 'clef', kind: 'structure', name: 'La Clef', people: ['emma'] },
    ]);
  });

  it('convenes the bureau members whose mandate covers the day, each with a voice', () => {
    expect(rulesOf(dataset, 'bureau-2025-02').convened).toEqual([
      { id: 'audrey', kind: 'person', name: 'Audrey Mouly', people: ['audrey'], structure: 'espoir' },
      { id: 'fabien', kind: 'person', name: 'Fabien Jolly', people: ['fabien'] },
    ]);
    expect(ids('bureau-2023-05')).toEqual(['david', 'fabien']);
  });

  it('convenes the board (bureau included) of the carrier only, grouped by structure', () => {
    expect(rulesOf(dataset, 'board-2025').convened).toEqual([
      { id: 'espoir', kind: 'structure', name: 'Espoir', people: ['audrey'] },
      { id: 'clef', kind: 'structure', name: 'La Clef', people: ['emma'] },
      { id: 'fabien', kind: 'person', name: 'Fabien Jolly', people: ['fabien'] },
    ]);
  });

  it('convenes the co-pilots and animateurs of the groups still active, sub-groups included', () => {
    expect(ids('comop-2025-01')).toEqual(['audrey', 'chloe', 'fabien', 'emma']);
    expect(ids('comop-2023-11')).toEqual(['audrey', 'chloe', 'fabien', 'emma', 'david']);
  });

  it("convenes a group's own leads, and a sub-group's meeting its own leads under the group's rules", () => {
    expect(ids('gt1-2025')).toEqual(['audrey', 'chloe', 'fabien', 'emma']);
    const velo = rulesOf(dataset, 'gt1-velo-2025');
    expect(velo.target).toEqual({ kind: 'group', id: 'gt1', name: 'Mobilité' });
    expect(velo.convened.map((v) => v.id)).toEqual(['emma', 'fabien']);
  });

  it('convenes nobody in particular for an open meeting', () => {
    const rules = rulesOf(dataset, 'copil-2025');
    expect([rules.open, rules.convened]).toEqual([true, []]);
  });

  it('gives nothing for a body without rules', () => {
    expect(meetingAttendanceRules(dataset, meetingOf(dataset, 'seminaire-2025'))).toBeUndefined();
  });

  it('gives one voice per person of the member structures with voice: person', () => {
    const perPerson = attendanceDataset({ ca: { voice: 'person' } });
    expect(rulesOf(perPerson, 'ca-2025-03').convened.map((v) => [v.id, v.structure])).toEqual([
      ['audrey', 'espoir'],
      ['bernard', 'espoir'],
      ['chloe', 'staj'],
      ['david', 'atis'],
      ['emma', 'clef'],
    ]);
  });
});
