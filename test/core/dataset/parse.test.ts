import { formatDataFileError, parseDataset, parseRegistry } from '@ptce/core';
import { describe, expect, it } from 'vitest';

const base = `version: 1
ptce:
  id: demo
  name: PTCE Démo
  territory:
    name: Démo
    arrondissements:
      - { id: nord, name: Nord }
    epcis:
      - { id: cc1, shortName: CC1, name: Communauté de communes 1, arrondissement: nord }
sources:
  - { id: doc, title: Document, date: "2024" }
bodies:
  - id: copil
    name: Comité de pilotage
    level: ptce
    kind: committee
    cadence: { per: year, min: 1, max: 1 }
    source: doc
meetings:
  - id: m1
    body: copil
    title: Copil
    start: "2024-03-12T14:00"
    end: "2024-03-12T16:00"
    status: held
    source: doc
  - id: m2
    body: copil
    title: Copil de janvier
    start: "2024-01"
    status: held
`;

function messages(text: string): string[] {
  const result = parseDataset(text, { filename: 'demo.yaml' });
  return result.ok ? [] : result.errors.map(formatDataFileError);
}

describe('parseDataset', () => {
  it('builds an indexed dataset from a valid file', () => {
    const result = parseDataset(base, { filename: 'demo.yaml' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ds = result.value;
    expect(ds.bodyById.get('copil')?.name).toBe('Comité de pilotage');
    expect(ds.meetings.map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(ds.meetingsByTarget.get('copil')?.length).toBe(2);
    expect(ds.meetingById.get('m1')?.when.startsAt).toBe(Date.parse('2024-03-12T13:00:00Z'));
    expect(ds.meetingById.get('m2')?.when.start.precision).toBe('month');
    expect(ds.timeZone).toBe('Europe/Paris');
    expect(ds.reminders.default.map((r) => r.id)).toEqual(['j-7', 'veille']);
  });

  it('returns a frozen dataset', () => {
    const result = parseDataset(base);
    if (!result.ok) throw new Error('invalid');
    expect(Object.isFrozen(result.value.meetings[0])).toBe(true);
    expect(() => {
      (result.value.bodies as unknown as { name: string }[])[0]!.name = 'x';
    }).toThrow(TypeError);
  });

  it('locates a wrong type at its line and column', () => {
    const text = base.replace('min: 1, max: 1', 'min: deux, max: 1');
    expect(messages(text)).toEqual([
      'demo.yaml:18:32 bodies[0].cadence.min: Entrée invalide : nombre attendu, chaîne de caractères reçu',
    ]);
  });

  it('reports a dangling reference where it is written', () => {
    const text = base.replace('    body: copil\n    title: Copil\n', '    body: costrat\n    title: Copil\n');
    expect(messages(text)).toEqual(['demo.yaml:22:11 meetings[0].body: instance « costrat » introuvable']);
  });

  it('checks the references of milestones, former addresses, projects and offers', () => {
    const text = base
      .replace(
        '  territory:\n',
        `  carrier:
    id: asso
    name: Asso
    formerAddresses:
      - { address: { commune: Ailleurs, epci: cc9 }, to: "2023-13", source: doc }
  milestones:
    - { period: "2022-09", title: DLA, structures: [inconnue], body: costrat, source: doc }
  territory:\n`,
      )
      .replace(
        'meetings:\n',
        `groups:
  - id: gt1
    name: Groupe 1
    facilitatingOrganisations: [asso, fondation]
    offers: [{ title: Devenez donateur, source: brochure }]
    projects: [{ title: Crèche, status: planned, source: doc }]
    source: doc
meetings:\n`,
      );
    expect(messages(text)).toEqual([
      'demo.yaml:9:47 ptce.carrier.formerAddresses[0].address.epci: EPCI « cc9 » introuvable',
      'demo.yaml:9:58 ptce.carrier.formerAddresses[0].to: date impossible : « 2023-13 »',
      'demo.yaml:11:53 ptce.milestones[0].structures[0]: structure « inconnue » introuvable',
      'demo.yaml:11:70 ptce.milestones[0].body: instance « costrat » introuvable',
      'demo.yaml:30:39 groups[0].facilitatingOrganisations[1]: organisation « fondation » introuvable',
      'demo.yaml:31:49 groups[0].offers[0].source: source « brochure » introuvable',
    ]);
  });

  it('rejects an impossible date', () => {
    const text = base.replace('"2024-03-12T14:00"', '"2024-02-30T14:00"');
    expect(messages(text)).toEqual([
      'demo.yaml:24:12 meetings[0].start: date impossible : « 2024-02-30T14:00 »',
    ]);
  });

  it('rejects an end before the start', () => {
    const text = base.replace('end: "2024-03-12T16:00"', 'end: "2024-03-12T10:00"');
    expect(messages(text)).toEqual([
      'demo.yaml:25:10 meetings[0].end: la fin (« 2024-03-12T10:00 ») précède le début (« 2024-03-12T14:00 »)',
    ]);
  });

  it('names an unknown key and where it is', () => {
    const text = base.replace('    status: held\n    source: doc', '    statut: held\n    source: doc');
    expect(messages(text)).toEqual(['demo.yaml:26:5 meetings[0].statut: Clé non reconnue : "statut"']);
  });

  it('says a required field is missing', () => {
    const text = base.replace('    title: Copil de janvier\n', '');
    expect(messages(text)).toEqual([
      'demo.yaml:28:5 meetings[1].title: champ obligatoire manquant (chaîne de caractères attendu)',
    ]);
  });

  it('reports duplicate ids', () => {
    const text = base.replace('  - id: m2', '  - id: m1');
    expect(messages(text)).toEqual([
      'demo.yaml:28:9 meetings[1].id: identifiant « m1 » en double (déjà utilisé par meetings[0])',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const result = parseDataset('version: 1\nptce: [unclosed\n', { filename: 'x.yaml' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.file).toBe('x.yaml');
    expect(result.errors[0]?.line).toBe(3);
    expect(result.errors[0]?.message.startsWith('YAML illisible')).toBe(true);
  });

  it('rejects a meeting with neither body nor group', () => {
    const text = base.replace('    body: copil\n    title: Copil de janvier', '    title: Copil de janvier');
    expect(messages(text)).toEqual([
      'demo.yaml:28:5 meetings[1]: instance (« body ») ou groupe (« group ») attendu',
    ]);
  });
});

describe('parseRegistry', () => {
  it('accepts a registry of PTCEs with very little data', () => {
    const text = `version: 1
registry: { id: r, name: Registre, region: Hauts-de-France, source: carte }
sources:
  - { id: carte, title: Carte, date: "2024" }
ptces:
  - { id: p1, name: PTCE Un, department: Nord, source: carte }
`;
    const result = parseRegistry(text);
    expect(result.ok && result.value.ptces.map((p) => p.name)).toEqual(['PTCE Un']);
  });
});
