import { buildDataset, type Dataset, DatasetFile } from '@ptce/core';

const EPCIS = [
  { id: 'cavm', shortName: 'CAVM', name: 'Valenciennes Métropole', arrondissement: 'valenciennes' },
  { id: 'caph', shortName: 'CAPH', name: 'Porte du Hainaut', arrondissement: 'valenciennes' },
  { id: 'cac', shortName: 'CAC', name: 'Cambrai', arrondissement: 'cambrai' },
  { id: 'ca2c', shortName: 'CA2C', name: 'Caudrésis-Catésis', arrondissement: 'cambrai' },
  { id: 'ccps', shortName: 'CCPS', name: 'Pays Solesmois', arrondissement: 'cambrai' },
];

/**
 * A small PTCE with sourced, partly conflicting figures. `conventions` are recorded on the EPCIs
 * only when asked, so both ways of counting them can be tested.
 */
export function indicatorDataset(options: { conventions?: Record<string, string[]> } = {}): Dataset {
  const epcis = EPCIS.map((e) => ({
    ...e,
    conventions: (options.conventions?.[e.id] ?? []).map((period) => ({ period, source: 'rapport-2023' })),
  }));
  return buildDataset(
    DatasetFile.parse({
      version: 1,
      ptce: {
        id: 'demo',
        name: 'PTCE Démo',
        territory: {
          name: 'Hainaut-Cambrésis',
          arrondissements: [
            { id: 'valenciennes', name: 'Valenciennes' },
            { id: 'cambrai', name: 'Cambrai' },
          ],
          epcis,
        },
      },
      sources: [
        { id: 'dossier-2021', title: 'Dossier de presse 2021', date: '2021' },
        { id: 'article-2022', title: 'Article 2022', date: '2022' },
        { id: 'rapport-2023', title: "Rapport d'activité 2023", date: '2024' },
        { id: 'livret-2023', title: 'Livret du comité stratégique', date: '2023-12' },
      ],
      structures: [
        {
          id: 'espoir',
          name: 'Espoir',
          kind: 'association',
          address: { commune: 'Valenciennes', arrondissement: 'valenciennes', epci: 'cavm' },
          membership: [
            { period: '2021', source: 'dossier-2021' },
            { period: '2022', source: 'article-2022' },
            { period: '2023', source: 'rapport-2023' },
          ],
          source: 'rapport-2023',
        },
        {
          id: 'atis',
          name: 'ATIS',
          kind: 'siae',
          siaeType: 'ACI',
          address: { commune: 'Denain', arrondissement: 'valenciennes', epci: 'caph' },
          membership: [{ period: '2023', source: 'rapport-2023' }],
          source: 'rapport-2023',
        },
        {
          id: 'clef',
          name: 'La Clef du Permis',
          kind: 'association',
          address: { commune: 'Cambrai', arrondissement: 'cambrai', epci: 'cac' },
          joined: '2022',
          source: 'rapport-2023',
        },
        {
          id: 'ancienne',
          name: 'Ancienne coopérative',
          kind: 'cooperative',
          address: { commune: 'Caudry', arrondissement: 'cambrai', epci: 'ca2c' },
          joined: '2021',
          left: '2022',
          source: 'dossier-2021',
        },
        {
          id: 'sans-adresse',
          name: 'Sans adresse',
          kind: 'company',
          membership: [{ period: '2023-06', source: 'livret-2023' }],
          source: 'livret-2023',
        },
        { id: 'future', name: 'Future', kind: 'association', joined: '2024', source: 'rapport-2023' },
      ],
      bodies: [
        {
          id: 'copil',
          name: 'Comité de pilotage',
          level: 'ptce',
          kind: 'committee',
          cadence: { per: 'year', min: 1, max: 1 },
          source: 'livret-2023',
        },
        {
          id: 'bureau',
          name: 'Bureau',
          level: 'association',
          kind: 'bureau',
          cadence: { per: 'month', min: 1, max: 2 },
          source: 'rapport-2023',
        },
        {
          id: 'ca',
          name: "Conseil d'administration",
          level: 'association',
          kind: 'board',
          source: 'rapport-2023',
        },
      ],
      groups: [
        {
          id: 'gt1',
          number: 1,
          name: 'Insertion',
          structures: ['espoir', 'atis', 'partenaire-x'],
          source: 'livret-2023',
        },
        {
          id: 'gt2',
          number: 2,
          name: 'Financement solidaire',
          structures: ['atis', 'clef'],
          subgroups: [{ id: 'gt2-fondation', name: 'Fondation' }],
          cadence: { per: 'year', min: 2, max: 6 },
          source: 'livret-2023',
        },
        { id: 'gt3', name: 'Numérique', source: 'livret-2023' },
      ],
      meetings: [
        { id: 'copil-2023', body: 'copil', title: 'Copil', start: '2023-04-06', status: 'held' },
        { id: 'ca-1', body: 'ca', title: 'CA', start: '2023-02-07', status: 'held' },
        { id: 'ca-2', body: 'ca', title: 'CA', start: '2023-04-11', status: 'held' },
        { id: 'ca-3', body: 'ca', title: 'CA', start: '2023-11-09', status: 'held' },
        { id: 'ca-4', body: 'ca', title: 'CA', start: '2023-12-14', status: 'cancelled' },
        { id: 'bureau-1', body: 'bureau', title: 'Bureau', start: '2023-01', status: 'held' },
        { id: 'bureau-2', body: 'bureau', title: 'Bureau', start: '2023-09-18', status: 'held' },
        {
          id: 'fondation-1',
          group: 'gt2-fondation',
          title: 'Fondation',
          start: '2023-12-14',
          status: 'held',
        },
        { id: 'gt2-1', group: 'gt2', title: 'GT2', start: '2023-06-20', status: 'held' },
        { id: 'gt2-2', group: 'gt2', title: 'GT2', start: '2024-04-22', status: 'planned' },
      ],
      indicators: [
        {
          key: 'member-structures',
          label: 'Structures adhérentes',
          unit: 'count',
          scope: 'ptce',
          observations: [
            { period: '2023', value: 20, source: 'rapport-2023' },
            { period: '2021', value: 18, source: 'dossier-2021' },
            { period: '2022', value: 17, source: 'article-2022' },
            { period: '2023', value: 20, source: 'livret-2023' },
          ],
        },
        {
          key: 'jobs',
          label: 'Emplois',
          unit: 'jobs',
          scope: 'ptce',
          observations: [
            { period: '2021', value: 1200, source: 'dossier-2021' },
            { period: '2023', value: 1200, source: 'rapport-2023' },
            { period: '2023', value: 1250, source: 'livret-2023', note: 'Arrondi' },
            { period: '2024', value: 1300, source: 'rapport-2023' },
          ],
        },
        {
          key: 'people-supported',
          label: 'Personnes accompagnées',
          unit: 'people',
          scope: 'territory',
          observations: [
            { period: '2023', value: 150, source: 'rapport-2023' },
            { period: '2023', value: 100, source: 'rapport-2023', area: 'valenciennes' },
            { period: '2023', value: 50, source: 'rapport-2023', area: 'cambrai' },
            { period: '2023-06', value: 70, source: 'livret-2023' },
            { period: '2022', value: 0, source: 'article-2022', area: 'cambrai' },
          ],
        },
        {
          key: 'fondation-engagements',
          label: 'Engagements des fondateurs',
          unit: 'eur',
          scope: 'ptce',
          observations: [
            { period: '2023-12', value: 20000, source: 'rapport-2023' },
            { period: '2024-04', value: 60000, source: 'rapport-2023' },
            { period: '2024-06', value: 110000, source: 'rapport-2023' },
          ],
          targets: [
            {
              period: '2024-05',
              value: 100000,
              note: 'Dépôt du dossier à la Fondation de France',
              source: 'rapport-2023',
            },
          ],
        },
        {
          key: 'epci-conventions',
          label: 'EPCI ayant conventionné',
          unit: 'count',
          scope: 'territory',
          observations: [
            { period: '2023', value: 4, source: 'rapport-2023' },
            { period: '2024-03', value: 5, source: 'inconnue' },
          ],
        },
      ],
    }),
  );
}
