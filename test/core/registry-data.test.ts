import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDataset, DatasetFile, RegistryFile } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { LineCounter, parse, parseDocument } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const registryPath = `${root}packages/core/data/hauts-de-france.yaml`;
const secondPath = `${root}test/fixtures/second-ptce.yaml`;
const brokenPath = `${root}test/fixtures/broken-three-faults.yaml`;

const read = (path: string): string => readFileSync(path, 'utf8');

describe('hauts-de-france.yaml (regional registry)', () => {
  const text = read(registryPath);
  const registry = RegistryFile.parse(parse(text));
  const entry = (id: string) => {
    const found = registry.ptces.find((p) => p.id === id);
    if (!found) throw new Error(`missing ${id}`);
    return found;
  };

  it('starts with the yaml-language-server schema line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./ptce.schema.json');
  });

  it('describes the Hauts-de-France registry from the regional map', () => {
    expect(registry.registry).toEqual({
      id: 'hauts-de-france',
      name: 'Pôles territoriaux de coopération économique des Hauts-de-France',
      region: 'Hauts-de-France',
      source: 'carte-ptce-hdf',
    });
    expect(registry.sources.map((s) => s.id)).toEqual([
      'carte-ptce-hdf',
      'dossier-presse-2021',
      'comite-strategique-2023',
      'rapport-activite-2023',
    ]);
  });

  it('lists the 15 PTCEs of the map in its order', () => {
    expect(registry.ptces.map((p) => p.name)).toEqual([
      "Auton'Hommes",
      'COTESS Sambre-Avesnois',
      'Anima Grand Calais',
      'CoHose',
      "Eco-Pôle Alimentaire d'Audruicq",
      'Emergence Hénin-Carvin',
      'Noeux Environnement',
      'Pôle Ressources',
      'Quai des Initiatives Solidaires',
      'Transition Plurielle Montreuillois Termois 7 Vallées',
      'Emergence Sud Oise',
      'Partage Travail',
      'Pôle de Coopération Oise Ouest',
      'Amiens Métropole « Une Ville Idéale »',
      'Valorizons',
    ]);
    expect(new Set(registry.ptces.map((p) => p.id)).size).toBe(15);
  });

  it('counts 2 PTCEs in the Nord, 8 in the Pas-de-Calais, 3 in the Oise, 2 in the Somme and none in the Aisne', () => {
    const perDepartment: Record<string, number> = {};
    for (const p of registry.ptces) perDepartment[p.department] = (perDepartment[p.department] ?? 0) + 1;
    expect(perDepartment).toEqual({ Nord: 2, 'Pas-de-Calais': 8, Oise: 3, Somme: 2 });
  });

  it('gives each department its official code', () => {
    const codes = new Set(registry.ptces.map((p) => `${p.department}=${p.departmentCode}`));
    expect([...codes]).toEqual(['Nord=59', 'Pas-de-Calais=62', 'Oise=60', 'Somme=80']);
  });

  it('records Auton’Hommes, carried by PHARE, as the 2021 laureate', () => {
    const auton = entry('auton-hommes');
    expect(auton.carrier).toBe('PHARE');
    expect(auton.laureate).toBe('2021-12');
    expect(auton.aims).toHaveLength(4);
    expect(auton.aims[1]).toBe(
      "« Faire avec » les habitants pour permettre à chacun de gagner en autonomie, de monter en compétences, de se réapproprier son environnement et d'être acteur de sa vie.",
    );
  });

  it('records a laureate period only where a source dates it', () => {
    const laureates = registry.ptces.filter((p) => p.laureate !== undefined).map((p) => [p.id, p.laureate]);
    expect(laureates).toEqual([
      ['auton-hommes', '2021-12'],
      ['eco-pole-alimentaire-audruicq', '2015'],
    ]);
  });

  it('keeps the communes and carriers the sources name', () => {
    const withCommunes = registry.ptces.filter((p) => p.communes.length > 0).map((p) => [p.id, p.communes]);
    expect(withCommunes).toEqual([
      ['anima-grand-calais', ['Calais']],
      ['eco-pole-alimentaire-audruicq', ['Audruicq']],
      ['emergence-henin-carvin', ['Carvin']],
      ['noeux-environnement', ['Noeux-les-Mines']],
      ['pole-ressources', ['Le Touquet-Paris-Plage']],
    ]);
    const withCarrier = registry.ptces.filter((p) => p.carrier !== undefined).map((p) => [p.id, p.carrier]);
    expect(withCarrier).toEqual([
      ['auton-hommes', 'PHARE'],
      ['noeux-environnement', 'Noeux Environnement'],
    ]);
  });

  it('transcribes the aims of the map as short sentences', () => {
    expect(entry('cotess-sambre-avesnois').aims[3]).toBe(
      "Évaluer l'impact social des initiatives conduites.",
    );
    expect(entry('cohose').aims).toEqual([
      "Permettre l'accès à une alimentation saine et de proximité pour tous.",
      'Soutenir les acteurs économiques.',
      'Préserver la biodiversité.',
      'Renforcer la résilience du territoire.',
    ]);
    expect(entry('pole-cooperation-oise-ouest').aims[0]).toBe(
      "Rechercher des opportunités de créations d'activités et d'emplois sur le Beauvaisis.",
    );
    expect(entry('valorizons').aims).toHaveLength(3);
    for (const p of registry.ptces) {
      expect(p.aims.length, p.id).toBeGreaterThanOrEqual(2);
      for (const aim of p.aims) expect(aim, p.id).toMatch(/\.$/);
    }
  });

  it('cites only declared sources', () => {
    const declared = new Set(registry.sources.map((s) => s.id));
    expect(registry.ptces.every((p) => declared.has(p.source))).toBe(true);
  });
});

describe('second-ptce.yaml (a second, fictional PTCE)', () => {
  const file = DatasetFile.parse(parse(read(secondPath)));
  const registry = RegistryFile.parse(parse(read(registryPath)));

  it('validates as a DatasetFile for Pôle Ressources in Europe/Paris', () => {
    expect(file.ptce.id).toBe('pole-ressources');
    expect(file.ptce.name).toBe('Pôle Ressources');
    expect(file.ptce.timeZone).toBe('Europe/Paris');
    expect(file.ptce.territory.arrondissements.map((a) => a.id)).toEqual(['montreuil', 'boulogne']);
    expect(file.ptce.territory.epcis.map((e) => e.shortName)).toEqual(['CABO', 'CCVC']);
  });

  it('takes its name and its group objectives from the registry entry', () => {
    const entry = registry.ptces.find((p) => p.id === file.ptce.id);
    expect(entry?.name).toBe(file.ptce.name);
    for (const group of file.groups) expect(entry?.aims).toContain(group.objective);
  });

  it('holds 4 structures, 3 people, 3 bodies, 3 numbered groups, 9 meetings and 3 indicators', () => {
    expect(file.structures.map((s) => s.id)).toEqual([
      'fil-d-opale',
      'panier-des-dunes',
      'repare-et-vous',
      'cooperative-canche',
    ]);
    expect(file.people).toHaveLength(3);
    expect(file.bodies.map((b) => [b.name, b.cadence])).toEqual([
      ['Conseil de coopération', { per: 'year', min: 2, max: 3 }],
      ['Assemblée des membres', { per: 'year', min: 1, max: 1 }],
      ['Bureau', { per: 'year', min: 4, max: 6 }],
    ]);
    expect(file.groups.map((g) => [g.number, g.name])).toEqual([
      [1, 'Filière textile'],
      [2, "Accès à l'alimentation"],
      [3, 'Réemploi et réparation'],
    ]);
    expect(file.meetings).toHaveLength(9);
    expect(file.indicators.map((i) => [i.key, i.observations.map((o) => o.period)])).toEqual([
      ['membres', ['2025', '2026']],
      ['emplois', ['2025', '2026']],
      ['benevoles-structure', ['2025', '2026']],
    ]);
  });

  it('spreads its meetings over 2026 and 2027 with every status and a month-only date', () => {
    const statuses: Record<string, number> = {};
    for (const m of file.meetings) statuses[m.status] = (statuses[m.status] ?? 0) + 1;
    expect(statuses).toEqual({ held: 5, cancelled: 1, planned: 3 });
    expect(new Set(file.meetings.map((m) => m.start.slice(0, 4)))).toEqual(new Set(['2026', '2027']));
    expect(file.meetings.filter((m) => /^\d{4}-\d{2}$/.test(m.start)).map((m) => m.id)).toEqual([
      'bureau-2026-01',
    ]);
  });

  it('resolves every reference it makes', () => {
    const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
    const bodies = ids(file.bodies);
    const groups = ids(file.groups);
    const people = ids(file.people);
    const structures = ids(file.structures);
    const sources = ids(file.sources);
    const arrondissements = ids(file.ptce.territory.arrondissements);
    const epcis = ids(file.ptce.territory.epcis);
    for (const m of file.meetings) {
      expect(Number(m.body !== undefined) + Number(m.group !== undefined), m.id).toBe(1);
      if (m.body) expect(bodies.has(m.body), m.id).toBe(true);
      if (m.group) expect(groups.has(m.group), m.id).toBe(true);
      if (m.source) expect(sources.has(m.source), m.id).toBe(true);
    }
    for (const g of file.groups) {
      for (const p of [...g.copilots, ...g.facilitators]) expect(people.has(p), g.id).toBe(true);
      for (const s of g.structures) expect(structures.has(s), g.id).toBe(true);
    }
    for (const s of file.structures) {
      expect(arrondissements.has(s.address?.arrondissement ?? ''), s.id).toBe(true);
      expect(epcis.has(s.address?.epci ?? ''), s.id).toBe(true);
    }
    for (const target of Object.keys(file.reminders.byTarget)) expect(bodies.has(target)).toBe(true);
  });

  it('keeps the default reminder rules and adds its own for the Conseil de coopération', () => {
    expect(file.reminders.default.map((r) => r.id)).toEqual(['j-7', 'veille']);
    expect(file.reminders.byTarget['conseil-cooperation']?.map((r) => r.id)).toEqual(['j-14', 'deux-heures']);
  });

  it('builds into a dataset with its meetings sorted and indexed by body', () => {
    const dataset = buildDataset(file);
    expect(dataset.timeZone).toBe('Europe/Paris');
    expect(dataset.meetings.map((m) => m.id)).toEqual([
      'bureau-2026-01',
      'cocoop-2026-02',
      'ag-2026',
      'gt1-2026-04',
      'cocoop-2026-06',
      'gt3-2026-09',
      'cocoop-2026-12',
      'gt2-2027-01',
      'ag-2027',
    ]);
    expect(dataset.meetingsByTarget.get('conseil-cooperation')?.map((m) => m.id)).toEqual([
      'cocoop-2026-02',
      'cocoop-2026-06',
      'cocoop-2026-12',
    ]);
  });
});

describe('broken-three-faults.yaml (three injected faults)', () => {
  const text = read(brokenPath);

  it('fails the zod parse only on the wrong type, at bodies[0].cadence.min', () => {
    const result = DatasetFile.safeParse(parse(text));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['bodies', 0, 'cadence', 'min']],
    ]);
  });

  it('passes the zod parse once the wrong type is repaired, leaving the date and reference to cross-checks', () => {
    const repaired = DatasetFile.parse(
      parse(text.replace('{ per: year, min: "deux"', '{ per: year, min: 2')),
    );
    const bodies = new Set(repaired.bodies.map((b) => b.id));
    expect(repaired.meetings.find((m) => m.id === 'gt3-2026-09')?.start).toBe('2026-02-30');
    const orphan = repaired.meetings.find((m) => m.id === 'ag-2027');
    expect(orphan?.body).toBe('assemblee-generale');
    expect(bodies.has('assemblee-generale')).toBe(false);
  });

  it('states the true line of each fault in its header comment', () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const lineOf = (path: (string | number)[]): number => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      if (!node?.range) throw new Error(`no node at ${path.join('.')}`);
      return lineCounter.linePos(node.range[0]).line;
    };
    const header = text.split('\n').slice(0, 5).join('\n');
    const stated = [...header.matchAll(/line (\d+):/g)].map((m) => Number(m[1]));
    expect(stated).toEqual([
      lineOf(['bodies', 0, 'cadence', 'min']),
      lineOf(['meetings', 5, 'start']),
      lineOf(['meetings', 8, 'body']),
    ]);
    expect(stated).toEqual([164, 255, 279]);
  });

  it('differs from second-ptce.yaml only in its header and the three faulty lines', () => {
    const broken = text.split('\n').slice(5);
    const second = read(secondPath).split('\n').slice(3);
    expect(broken).toHaveLength(second.length);
    const changed = broken.flatMap((line, i) => (line === second[i] ? [] : [line.trim()]));
    expect(changed).toEqual([
      'cadence: { per: year, min: "deux", max: 3 }',
      'start: "2026-02-30"',
      'body: assemblee-generale',
    ]);
  });
});
