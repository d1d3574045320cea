import { formatDataFileError, parseDataset } from '@ptce/core';
import { describe, expect, it } from 'vitest';

const file = (attendance: string) => `version: 1
ptce:
  id: demo
  name: PTCE Démo
  territory:
    name: Démo
sources:
  - { id: statuts, title: Statuts, date: "2024" }
bodies:
  - id: ag
    name: Assemblée générale
    level: association
    kind: general-assembly
    attendance: ${attendance}
    source: statuts
`;

function messages(attendance: string): string[] {
  const result = parseDataset(file(attendance), { filename: 'demo.yaml' });
  return result.ok ? [] : result.errors.map(formatDataFileError);
}

describe('attendance rules in the data file', () => {
  it('accepts rules cited from the statutes, or set by the file', () => {
    expect(
      messages(
        '{ convened: members, quorum: 1/4, proxies: { maxPerHolder: 2 }, noticeDays: 15, source: statuts }',
      ),
    ).toEqual([]);
    const result = parseDataset(file('{ convened: members, quorum: 1/4, setting: true }'));
    expect(result.ok && result.value.bodyById.get('ag')?.attendance).toEqual({
      convened: 'members',
      voice: 'structure',
      quorum: '1/4',
      setting: true,
    });
  });

  it('rejects rules that say neither where they come from, or both', () => {
    expect(messages('{ convened: members }')).toEqual([
      'demo.yaml:14:17 bodies[0].attendance.setting: règles attendues soit tirées d’une source (« source »), soit choisies par le fichier (« setting: true »)',
    ]);
    expect(messages('{ convened: members, setting: true, source: statuts }')).toHaveLength(1);
  });

  it('rejects a quorum that is not a fraction of at most one', () => {
    expect(messages('{ convened: members, quorum: "25%", setting: true }')).toEqual([
      'demo.yaml:14:46 bodies[0].attendance.quorum: fraction attendue, par exemple « 1/4 » ou « 1/2 »',
    ]);
    expect(messages('{ convened: members, quorum: 3/2, setting: true }')).toEqual([
      'demo.yaml:14:46 bodies[0].attendance.quorum: le quorum ne peut pas dépasser la totalité des convoqués (fraction ≤ 1 attendue)',
    ]);
  });

  it('rejects a quorum or proxies at an open meeting, and groups for anyone but group leads', () => {
    expect(messages('{ convened: open, quorum: 1/4, setting: true }')).toEqual([
      'demo.yaml:14:29 bodies[0].attendance.convened: une réunion ouverte à tous n’a ni quorum ni pouvoirs',
    ]);
    expect(messages('{ convened: bureau, groups: [gt1], setting: true }')).toEqual([
      'demo.yaml:14:45 bodies[0].attendance.groups: « groups » ne va qu’avec « convened: group-leads »',
    ]);
  });

  it('rejects a group of leads that does not exist, and a source that is not declared', () => {
    expect(messages('{ convened: group-leads, groups: [gt9], source: reglement }')).toEqual([
      'demo.yaml:14:51 bodies[0].attendance.groups[0]: groupe de travail « gt9 » introuvable',
      'demo.yaml:14:65 bodies[0].attendance.source: source « reglement » introuvable',
    ]);
  });
});
