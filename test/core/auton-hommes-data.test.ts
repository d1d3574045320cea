import { readFileSync } from 'node:fs';
import { DatasetFile, RegistryFile } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const text = readFileSync(new URL('../../packages/core/data/auton-hommes.yaml', import.meta.url), 'utf8');
const data = DatasetFile.parse(parse(text));
const registryText = readFileSync(
  new URL('../../packages/core/data/hauts-de-france.yaml', import.meta.url),
  'utf8',
);
const registry = RegistryFile.parse(parse(registryText));

const meeting = (id: string) => {
  const found = data.meetings.find((m) => m.id === id);
  if (!found) throw new Error(`missing meeting ${id}`);
  return found;
};
const indicator = (key: string) => {
  const found = data.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`missing indicator ${key}`);
  return found;
};
const membersIn = (period: string) =>
  data.structures.filter((s) => s.membership.some((m) => m.period === period)).map((s) => s.id);
const ofBody = (body: string, year: string) =>
  data.meetings.filter((m) => m.body === body && m.start.startsWith(year)).map((m) => m.start);

describe('auton-hommes.yaml: file', () => {
  it('starts with the yaml-language-server schema line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./ptce.schema.json');
  });

  it('declares the five source documents', () => {
    expect(data.sources.map((s) => s.id).sort()).toEqual([
      'article-2022',
      'carte-ptce-hdf',
      'comite-strategique-2023',
      'dossier-presse-2021',
      'rapport-activite-2023',
    ]);
  });

  it('cites only declared sources', () => {
    const declared = new Set(data.sources.map((s) => s.id));
    const cited = [...text.matchAll(/\bsource: ([a-z0-9-]+)/g)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((id) => !declared.has(id as string))).toEqual([]);
  });

  it('contains no e-mail address outside @associationphare.fr', () => {
    const emails = [...text.matchAll(/[^\s@<>()"'[\]]+@[^\s@<>()"'[\]]+/g)].map((m) => m[0]);
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.filter((e) => !e.endsWith('@associationphare.fr'))).toEqual([]);
  });

  it('keeps ids unique within each collection', () => {
    const collections = {
      structures: data.structures.map((s) => s.id),
      partners: data.partners.map((p) => p.id),
      people: data.people.map((p) => p.id),
      bodies: data.bodies.map((b) => b.id),
      groups: [...data.groups.map((g) => g.id), ...data.groups.flatMap((g) => g.subgroups.map((s) => s.id))],
      meetings: data.meetings.map((m) => m.id),
      indicators: data.indicators.map((i) => i.key),
    };
    for (const ids of Object.values(collections)) expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('auton-hommes.yaml: PTCE and territory', () => {
  it('is the PTCE Auton’Hommes carried by PHARE in Wallers', () => {
    expect(data.ptce.id).toBe('auton-hommes');
    expect(data.ptce.carrier?.id).toBe('phare');
    expect(data.ptce.carrier?.address?.commune).toBe('Wallers');
    expect(data.ptce.charter.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(data.ptce.legalDefinition?.reference).toContain('31 juillet 2014');
  });

  it('covers five EPCIs over the Valenciennes and Cambrai arrondissements', () => {
    expect(data.ptce.territory.epcis.map((e) => [e.id, e.arrondissement])).toEqual([
      ['cavm', 'valenciennes'],
      ['caph', 'valenciennes'],
      ['cac', 'cambrai'],
      ['ca2c', 'cambrai'],
      ['ccps', 'cambrai'],
    ]);
  });

  it('records the 2023 EPCI conventions as a figure since the sources do not name the four EPCIs', () => {
    expect(data.ptce.territory.epcis.flatMap((e) => e.conventions)).toEqual([]);
    const [observation] = indicator('epci-conventions').observations;
    expect(observation).toMatchObject({ period: '2023', value: 4, source: 'rapport-activite-2023' });
    expect(observation?.note).toContain('ne disent pas lesquels');
  });
});

describe('auton-hommes.yaml: structures', () => {
  it('has 20 structures with a 2023 membership record', () => {
    expect(membersIn('2023')).toHaveLength(20);
  });

  it('has the 17 structures of the 2022 list, including AJAR and Actif CNT', () => {
    const members2022 = membersIn('2022');
    expect(members2022).toHaveLength(17);
    expect(members2022).toEqual(expect.arrayContaining(['ajar', 'actif-cnt', 'espoir', 'vlh']));
    expect(members2022).not.toContain('la-pose');
  });

  it('gives every structure with an address an arrondissement and an EPCI of the territory', () => {
    const epcis = new Set(data.ptce.territory.epcis.map((e) => e.id));
    for (const s of data.structures.filter((x) => x.address)) {
      expect(['valenciennes', 'cambrai']).toContain(s.address?.arrondissement);
      expect(epcis.has(s.address?.epci ?? '')).toBe(true);
    }
    expect(data.structures.filter((s) => !s.address).map((s) => s.id)).toEqual(['actif-cnt', 'ajar']);
  });

  it('maps communes to their EPCI', () => {
    const epciOf = (id: string) => data.structures.find((s) => s.id === id)?.address?.epci;
    expect(epciOf('aciae')).toBe('cac');
    expect(epciOf('action')).toBe('ca2c');
    expect(epciOf('capep')).toBe('cavm');
    expect(epciOf('espoir')).toBe('caph');
    expect(epciOf('atis')).toBe('caph');
    expect(epciOf('iris-environnement')).toBe('caph');
  });

  it('records SIAE types only where a source states them', () => {
    const typed = data.structures.filter((s) => s.siaeType).map((s) => [s.id, s.siaeType]);
    expect(typed).toEqual([
      ['la-maison-du-velo', 'ACI'],
      ['la-pose', 'ACI'],
      ['poinfor', 'ACI'],
      ['vlh', 'EI'],
    ]);
  });
});

describe('auton-hommes.yaml: governance', () => {
  it('lists the PTCE and PHARE bodies', () => {
    expect(data.bodies.map((b) => b.id)).toEqual([
      'comite-strategique',
      'comite-operationnel',
      'comite-de-pilotage',
      'bureau',
      'conseil-administration',
      'assemblee-generale',
      'seminaire',
      'commission-mutualisation',
      'commission-communication',
      'commission-animation-territoriale',
    ]);
  });

  it('gives the three PTCE committees their cadence per year', () => {
    const cadence = (id: string) => data.bodies.find((b) => b.id === id)?.cadence;
    expect(cadence('comite-strategique')).toEqual({ per: 'year', min: 1, max: 2 });
    expect(cadence('comite-operationnel')).toEqual({ per: 'year', min: 3, max: 4 });
    expect(cadence('comite-de-pilotage')).toEqual({ per: 'year', min: 1, max: 1 });
    expect(cadence('assemblee-generale')).toBeUndefined();
  });

  it('knows the aliases people type for the committees', () => {
    const aliases = data.bodies.flatMap((b) => b.aliases);
    expect(aliases).toEqual(
      expect.arrayContaining(['copil', 'CoPil', 'comité strat', 'costrat', 'comité op', 'CA', 'AG']),
    );
  });
});

describe('auton-hommes.yaml: working groups', () => {
  it('numbers the groups GT1 to GT8, with two groups numbered 7', () => {
    const numbered = data.groups.filter((g) => g.number !== undefined).map((g) => [g.id, g.number]);
    expect(numbered).toEqual([
      ['gt1', 1],
      ['gt2', 2],
      ['gt3', 3],
      ['gt4', 4],
      ['gt5', 5],
      ['gt6', 6],
      ['gt7-dechets', 7],
      ['gt7-alimentation', 7],
      ['gt8', 8],
    ]);
  });

  it('splits GT2 into its sub-groups and a new Fondation territoriale group', () => {
    const gt2 = data.groups.find((g) => g.id === 'gt2');
    expect(gt2?.subgroups.map((s) => s.name)).toEqual(['Entreprenariat collectif', 'Financement solidaire']);
    expect(gt2?.status).toMatchObject({
      // « décidé fin 2023 »: the year only.
      state: 'split',
      since: '2023',
      successors: ['fondation-territoriale'],
    });
    expect(data.groups.some((g) => g.id === 'fondation-territoriale')).toBe(true);
  });

  it('refers only to known people, structures and partners', () => {
    const people = new Set(data.people.map((p) => p.id));
    const structures = new Set(data.structures.map((s) => s.id));
    const partners = new Set(data.partners.map((p) => p.id));
    for (const g of data.groups) {
      const persons = [
        ...g.copilots,
        ...g.facilitators,
        ...g.subgroups.flatMap((s) => [...s.copilots, ...s.facilitators]),
      ];
      expect(persons.filter((id) => !people.has(id))).toEqual([]);
      expect(g.structures.filter((id) => !structures.has(id))).toEqual([]);
      expect(g.partners.filter((id) => !partners.has(id))).toEqual([]);
    }
  });

  it('keeps short names as written and uses full names the report gives', () => {
    const person = (id: string) => data.people.find((p) => p.id === id);
    expect(person('l-demain')?.name).toBe('L. Demain');
    expect(person('audrey-mouly')?.aliases).toContain('A. Mouly');
    expect(data.groups.find((g) => g.id === 'gt7-dechets')?.copilots).toEqual(['audrey-mouly', 'o-senechal']);
  });

  it('lists the PHARE staff with their professional contacts', () => {
    const boitel = data.people.find((p) => p.id === 'sylvain-boitel');
    expect(boitel).toMatchObject({ email: 'sylvain.boitel@associationphare.fr', phone: '06 43 37 51 12' });
    expect(boitel?.roles[0]).toMatchObject({
      title: 'Chargé de développement',
      area: 'Valenciennois',
      kind: 'staff',
    });
    expect(data.people.find((p) => p.id === 'isabelle-hary')?.roles[0]?.area).toBe('Cambrésis');
  });
});

describe('auton-hommes.yaml: meetings', () => {
  it('holds the AG on 21 June 2023 and three CA meetings in 2023', () => {
    expect(ofBody('assemblee-generale', '2023')).toEqual(['2023-06-21']);
    expect(ofBody('conseil-administration', '2023')).toEqual(['2023-02-07', '2023-04-11', '2023-11-09']);
  });

  it('keeps month-only bureau meetings without inventing a day', () => {
    expect(ofBody('bureau', '2023')).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-09-18',
      '2023-10-12',
      '2023-11-07',
      '2023-11-30',
    ]);
  });

  it('dates the three 2023 committees with their agenda', () => {
    const copil = meeting('2023-04-06-comite-de-pilotage');
    expect([copil.start, copil.end, copil.place]).toEqual([
      '2023-04-06T13:30',
      '2023-04-06T17:45',
      'Site minier de Wallers',
    ]);
    expect(copil.agenda.map((a) => a.time)).toEqual(['13:30', '14:00', '14:30', '16:00']);
    expect(meeting('2023-11-14-comite-operationnel').agenda).toHaveLength(5);
    const costrat = meeting('2023-12-12-comite-strategique');
    expect(costrat.start).toBe('2023-12-12');
    expect(costrat.agenda.map((a) => a.items?.length ?? 0)).toEqual([0, 3, 2]);
  });

  it('records the December 2023 events of the working groups', () => {
    expect(meeting('2023-11-08-commission-mutualisation').body).toBe('commission-mutualisation');
    expect(meeting('2023-12-13-mobilisation-citoyenne')).toMatchObject({
      group: 'gt8',
      attendance: { count: 23 },
    });
    expect(meeting('2023-12-14-cocktail-fondation-territoriale').group).toBe('fondation-territoriale');
  });

  it('marks the 2024 working sessions as planned', () => {
    const upcoming = data.meetings.filter((m) => m.start >= '2024').map((m) => [m.start, m.status]);
    expect(upcoming).toEqual([
      ['2024-03', 'planned'],
      ['2024-03-19', 'planned'],
      ['2024-04-22', 'planned'],
    ]);
  });

  it('records the seven member visits of autumn 2023', () => {
    const visits = data.meetings.filter((m) => m.kind === 'visit' && m.status === 'held');
    expect(visits).toHaveLength(7);
    expect(visits.every((v) => v.start === '2023-10' || v.start === '2023-11')).toBe(true);
  });
});

describe('auton-hommes.yaml: indicators', () => {
  it('keeps every members figure with its source', () => {
    expect(indicator('members').observations.map((o) => [o.period, o.value, o.source])).toEqual([
      ['2021', 18, 'dossier-presse-2021'],
      ['2022', 17, 'article-2022'],
      ['2023', 20, 'rapport-activite-2023'],
    ]);
  });

  it('records jobs, turnover and people supported in 2021', () => {
    const in2021 = (key: string) => indicator(key).observations.find((o) => o.period === '2021')?.value;
    expect(in2021('jobs')).toBe(1200);
    expect(in2021('turnover')).toBe(25000000);
    expect(in2021('people-supported')).toBe(25000);
    expect(in2021('epcis')).toBe(5);
  });

  it('sets the Fondation territoriale target for 2024', () => {
    expect(indicator('fondation-territoriale-fonds').targets).toMatchObject([
      { period: '2024', value: 100000 },
    ]);
  });

  it('splits the territory statistics by arrondissement', () => {
    expect(indicator('population').observations.map((o) => [o.area, o.value])).toEqual([
      ['valenciennes', 351624],
      ['cambrai', 161111],
    ]);
    expect(indicator('unemployment-rate').observations.map((o) => o.value)).toEqual([20.3, 19.5]);
  });
});

const milestone = (title: string) => {
  const found = data.ptce.milestones.filter((m) => m.title.includes(title));
  if (found.length !== 1) throw new Error(`${found.length} milestones match ${title}`);
  return found[0]!;
};
const group = (id: string) => {
  const found = data.groups.find((g) => g.id === id);
  if (!found) throw new Error(`missing group ${id}`);
  return found;
};
const person = (id: string) => {
  const found = data.people.find((p) => p.id === id);
  if (!found) throw new Error(`missing person ${id}`);
  return found;
};

describe('auton-hommes.yaml and hauts-de-france.yaml: sources', () => {
  it('gives each source document one date and one title across both data files', () => {
    const datasetSources = new Map(data.sources.map((s) => [s.id, [s.date, s.title]]));
    const shared = registry.sources.map((s) => [s.id, [s.date, s.title], datasetSources.get(s.id)]);
    expect(shared).toHaveLength(4);
    for (const [, inRegistry, inDataset] of shared) expect(inRegistry).toEqual(inDataset);
    expect(Object.fromEntries(data.sources.map((s) => [s.id, s.date]))).toEqual({
      'comite-strategique-2023': '2023',
      'rapport-activite-2023': '2024',
      'dossier-presse-2021': '2021-12-07',
      'article-2022': '2022',
      'carte-ptce-hdf': '2023',
    });
  });

  it('keeps at year precision what the sources date only « fin 2023 »', () => {
    expect(milestone('Le GT2 Accompagnement de projets est scindé').period).toBe('2023');
    expect(milestone('Fin du soutien de l’État'.replace('’', "'")).period).toBe('2023');
    expect(group('gt2').status.since).toBe('2023');
    // The Fondation territoriale group is launched on a given day, the 14 December 2023 cocktail.
    expect(group('fondation-territoriale').status.since).toBe('2023-12');
  });
});

describe('auton-hommes.yaml: names and addresses', () => {
  it('knows the PTCE as « Auton’Homme » too, in both data files', () => {
    expect(data.ptce.aliases).toEqual(["Auton'Homme", "PTCE Auton'Homme", "Auton'Hommes"]);
    expect(registry.ptces.find((p) => p.id === 'auton-hommes')?.aliases).toEqual(["Auton'Homme"]);
  });

  it('keeps PHARE’s former address in Valenciennes, until the move of September 2023', () => {
    expect(data.ptce.carrier?.formerAddresses).toEqual([
      {
        address: {
          street: '84 rue du Faubourg de Paris',
          postalCode: '59300',
          commune: 'Valenciennes',
          arrondissement: 'valenciennes',
          epci: 'cavm',
        },
        from: '2021-12',
        to: '2023-09',
        note: expect.stringContaining('MDA de Valenciennes'),
        source: 'dossier-presse-2021',
      },
    ]);
    expect(data.ptce.carrier?.address?.commune).toBe('Wallers');
    expect(data.ptce.carrier?.website).toBe('https://associationphare.fr');
  });

  it('lists PHARE’s values under their three headings', () => {
    expect(data.ptce.carrier?.values.map((v) => [v.title, v.items.length, v.source])).toEqual([
      ['Coopérer pour…', 4, 'comite-strategique-2023'],
      ["Valoriser l'économie sociale et solidaire", 3, 'comite-strategique-2023'],
      ['Décloisonner les acteurs locaux', 3, 'comite-strategique-2023'],
    ]);
  });
});

describe('auton-hommes.yaml: milestones', () => {
  it('dates the history: 2017, 2019, the Cambrésis in 2020, the label in December 2021', () => {
    const history = data.ptce.milestones.filter((m) => m.kind === 'history');
    expect(history.map((m) => [m.period, m.source])).toEqual([
      ['2017', 'comite-strategique-2023'],
      ['2019', 'comite-strategique-2023'],
      ['2020', 'comite-strategique-2023'],
    ]);
    expect(history[2]?.title).toBe('Des acteurs du Cambrésis rejoignent la dynamique');
    expect(history[0]?.structures).toEqual(['ajar', 'capep', 'espoir']);
    expect(milestone('lauréat de la phase 2').period).toBe('2021-12');
  });

  it('records the move out of the MDA de Valenciennes in September 2023', () => {
    expect(data.ptce.milestones.filter((m) => m.kind === 'premises')).toEqual([
      {
        period: '2023-09',
        title: "L'équipe de PHARE quitte les locaux de la MDA de Valenciennes pour le Site minier d'Arenberg",
        kind: 'premises',
        status: 'done',
        structures: [],
        items: [],
        source: 'rapport-activite-2023',
      },
    ]);
  });

  it('records the DLA Fiscalité signed in September 2022 with its 9 structures', () => {
    const dla = milestone('DLA Fiscalité');
    expect([dla.period, dla.kind, dla.status, dla.body, dla.source]).toEqual([
      '2022-09',
      'support',
      'done',
      'commission-mutualisation',
      'rapport-activite-2023',
    ]);
    expect(dla.structures).toEqual([
      'la-pose',
      'espoir',
      'la-maison-du-velo',
      'atis',
      'poinfor',
      'action',
      'capep',
      'arpe',
      'iris-environnement',
    ]);
  });

  it('records the communication milestones of 2023 with their month where the report gives it', () => {
    const communication = data.ptce.milestones
      .filter((m) => m.body === 'commission-communication')
      .map((m) => [m.period, m.title.split(/[,:;]/)[0]?.trim()]);
    expect(communication).toEqual([
      ['2023-09', 'Toilettage du logo de PHARE'],
      ['2023-10', 'Toilettage de la page LinkedIn'],
      ['2023', 'Au premier semestre 2023'],
      ['2023-10', 'Depuis octobre'],
      ['2023', 'Une newsletter mensuelle du PTCE envoyée à tous les partenaires'],
      ['2023', 'Plaquettes créées pour le PTCE'],
      ['2023', "Recrutement d'une nouvelle chargée de communication"],
      ['2023-11', 'Feuille de route de la communication de PHARE établie par la commission communication'],
    ]);
    expect(milestone('newsletter hebdomadaire').title).toContain('Stéphane Tartare');
    expect(milestone('newsletter mensuelle envoyée à tous les adhérents').period).toBe('2023-10');
  });

  it('keeps the 5 points of the November 2023 communication roadmap in order', () => {
    expect(milestone('Feuille de route de la communication').items).toEqual([
      "Création d'un espace partagé pour accéder aux comptes rendus",
      'Création de plaquettes ou flyers par groupe de travail',
      'Toilettage du site internet de PHARE',
      'Changement du rythme des newsletters : 2 par mois',
      'Changement des photos mises en avant sur les réseaux',
    ]);
  });

  it('marks the milestones announced for 2024 as planned', () => {
    const planned = data.ptce.milestones.filter((m) => m.status === 'planned').map((m) => [m.period, m.kind]);
    expect(planned).toEqual([
      ['2021-12', 'project'],
      ['2024', 'project'],
      ['2024', 'project'],
      ['2024', 'support'],
      ['2024', 'support'],
      ['2024-05', 'project'],
    ]);
    expect(milestone('Perspectives 2024').items).toHaveLength(5);
  });

  it('refers only to known structures, bodies and groups', () => {
    const structures = new Set(data.structures.map((s) => s.id));
    const bodies = new Set(data.bodies.map((b) => b.id));
    const groups = new Set(data.groups.map((g) => g.id));
    for (const m of data.ptce.milestones) {
      expect(m.structures.filter((id) => !structures.has(id))).toEqual([]);
      if (m.body) expect(bodies.has(m.body)).toBe(true);
      if (m.group) expect(groups.has(m.group)).toBe(true);
    }
  });
});

describe('auton-hommes.yaml: the Fondation territoriale', () => {
  it('has its own e-mail address and two ways to take part', () => {
    const fondation = group('fondation-territoriale');
    expect(fondation.email).toBe('fondation@associationphare.fr');
    expect(fondation.offers).toEqual([
      {
        title: 'Devenez fondateur',
        detail:
          'Un engagement de 5 ans auprès de la Fondation Grand Hainaut pour soutenir durablement le territoire.',
        source: 'rapport-activite-2023',
      },
      {
        title: 'Devenez donateur',
        detail: 'Un don à la Fondation Territoriale pour augmenter les moyens mis à disposition des projets.',
        source: 'rapport-activite-2023',
      },
    ]);
  });

  it('is animated by PHARE with the Fondation de France', () => {
    expect(group('fondation-territoriale').facilitatingOrganisations).toEqual([
      'phare',
      'fondation-de-france',
    ]);
  });
});

describe('auton-hommes.yaml: bodies described differently by two sources', () => {
  it('keeps « co-animateurs » (booklet) and « co-pilotes » (report) for the comité opérationnel', () => {
    const ops = data.bodies.find((b) => b.id === 'comite-operationnel');
    expect(
      ops?.descriptions.map((d) => [d.period, d.source, /co-animateurs|co-pilotes/.exec(d.text)?.[0]]),
    ).toEqual([
      ['2023', 'comite-strategique-2023', 'co-animateurs'],
      ['2024', 'rapport-activite-2023', 'co-pilotes'],
    ]);
    const dates = new Map(data.sources.map((s) => [s.id, s.date]));
    for (const d of ops?.descriptions ?? []) expect(d.period).toBe(dates.get(d.source));
  });
});

describe('auton-hommes.yaml: projects and achievements', () => {
  const projects = () =>
    data.groups.flatMap((g) => [
      ...g.projects.map((p) => [g.id, p.title, p.status]),
      ...g.subgroups.flatMap((s) => s.projects.map((p) => [s.id, p.title, p.status])),
    ]);

  it('keeps planned and ongoing projects out of the achievements', () => {
    expect(projects()).toEqual([
      ['gt1', "Création d'une Société Coopérative d'Intérêt Collectif (SCIC)", 'in-progress'],
      ['gt2-entreprenariat-collectif', "Coopérative d'Activités et d'Emploi", 'in-progress'],
      ['gt2-financement-solidaire', 'Fondation territoriale Horizon Grand Hainaut', 'in-progress'],
      ['fondation-territoriale', 'Dépôt du dossier auprès de la Fondation de France', 'planned'],
      ['gt3', 'Crèche ESS sur la zone des Dix Muids', 'planned'],
      ['gt5', 'Plateformes SOLIMOB', 'planned'],
      ['gt6', 'Médiation numérique', 'planned'],
      ['gt6', 'Filière de reconditionnement', 'planned'],
      ['gt7-dechets', 'Études et diagnostic territorial', 'in-progress'],
      ['gt7-alimentation', 'Études de filières sur la production et la transformation', 'planned'],
      ['gt8', 'Open Badges', 'planned'],
    ]);
    const achievements = data.groups.flatMap((g) => [
      ...g.achievements.map((a) => [g.id, a]),
      ...g.subgroups.flatMap((s) => s.achievements.map((a) => [s.id, a])),
    ]);
    expect(achievements).toEqual([
      ['gt2-entreprenariat-collectif', 'Incubateur ProcESseurs'],
      ['gt4', "VAE au sein des parcours d'insertion"],
      ['gt4', 'Groupe de pairs conseillers en insertion professionnelle'],
      ['gt8', 'Ateliers théâtre'],
    ]);
  });
});

describe('auton-hommes.yaml: people and their periods', () => {
  const currentStaff = () =>
    data.people
      .filter((p) =>
        p.roles.some((r) => r.kind === 'staff' && r.organisation === 'phare' && r.to === undefined),
      )
      .map((p) => p.id);

  it('shows only the late-2023 team as current PHARE staff', () => {
    expect(currentStaff()).toEqual([
      'amelie-lefebvre-chombart',
      'sylvain-boitel',
      'isabelle-hary',
      'margaux-guibert',
      'yasmina-zenasni',
    ]);
  });

  it('ends the roles of former staff with the last period a source gives them', () => {
    const ends = (id: string) => person(id).roles.map((r) => r.to);
    expect(ends('charles-eric-granier')).toEqual(['2022']);
    expect(ends('stephane-tartare')).toEqual(['2023']);
    expect(ends('theo-catty')).toEqual(['2023-09']);
    expect(ends('tanguy-diouri')).toEqual(['2023-09']);
    expect(person('francois-wozniack').roles[0]).toMatchObject({ title: 'Co-président', to: '2023' });
  });

  it('dates Olivia Grégoire’s two national roles', () => {
    expect(person('olivia-gregoire').roles.map((r) => [r.title.split(' chargée')[0], r.from, r.to])).toEqual([
      ["Secrétaire d'État", '2021', '2022'],
      ['Ministre déléguée', '2023-10', undefined],
    ]);
  });

  it('keeps Gérard Dechy’s two titles in the 2023 report as separate roles', () => {
    expect(person('gerard-dechy').roles.map((r) => [r.title, r.source])).toEqual([
      ['Co-président mandataire', 'comite-strategique-2023'],
      ['Vice-président', 'rapport-activite-2023'],
      ['Co-fondateur de PHARE', 'article-2022'],
      ["Fondateur d'ESPOIR", 'rapport-activite-2023'],
    ]);
  });

  it('gives structures the activities their visit adds', () => {
    const activities = (id: string) => data.structures.find((s) => s.id === id)?.activities;
    expect(activities('espoir')).toEqual([
      'Réinsertion professionnelle par le bâtiment et les espaces verts',
      'Éco-pâturage',
      'Coupe de bois (bûcheronnage) revendue aux particuliers',
    ]);
    expect(activities('la-maison-du-velo')).toContain('Livraison de colis à vélo (cyclologistique)');
  });
});
