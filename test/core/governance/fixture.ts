import { buildDataset, type Dataset, DatasetFile } from '@ptce/core';

/**
 * A small PTCE: three committees with yearly cadences, a bureau meeting monthly, a board without
 * cadence, a working group with a sub-group, a group closed in 2022, a monthly group started in
 * October 2023 and one split in March 2023.
 */
export function governanceDataset(): Dataset {
  return buildDataset(
    DatasetFile.parse({
      version: 1,
      ptce: { id: 'demo', name: 'PTCE Démo', territory: { name: 'Démo' } },
      sources: [{ id: 'doc', title: 'Document', date: '2023' }],
      bodies: [
        {
          id: 'strat',
          name: 'Comité stratégique',
          level: 'ptce',
          kind: 'committee',
          cadence: { per: 'year', min: 1, max: 2 },
          source: 'doc',
        },
        {
          id: 'ops',
          name: 'Comité opérationnel',
          level: 'ptce',
          kind: 'committee',
          cadence: { per: 'year', min: 3, max: 4 },
          source: 'doc',
        },
        {
          id: 'copil',
          name: 'Comité de pilotage',
          level: 'ptce',
          kind: 'committee',
          cadence: { per: 'year', min: 1, max: 1 },
          source: 'doc',
        },
        {
          id: 'bureau',
          name: 'Bureau',
          level: 'association',
          kind: 'bureau',
          cadence: { per: 'month', min: 1, max: 2 },
          source: 'doc',
        },
        { id: 'ca', name: "Conseil d'administration", level: 'association', kind: 'board', source: 'doc' },
      ],
      groups: [
        {
          id: 'gt1',
          number: 1,
          name: 'Mobilité',
          cadence: { per: 'year', min: 4, max: 6 },
          subgroups: [{ id: 'gt1-velo', name: 'Vélo' }],
          source: 'doc',
        },
        {
          id: 'gt9',
          number: 9,
          name: 'Ancien groupe',
          cadence: { per: 'year', min: 2, max: 4 },
          status: { state: 'closed', since: '2022-06' },
          source: 'doc',
        },
        { id: 'gt2', number: 2, name: 'Sans cadence', source: 'doc' },
        {
          id: 'fondation',
          name: 'Fondation territoriale',
          cadence: { per: 'month', min: 1, max: 1 },
          status: { state: 'active', since: '2023-10' },
          source: 'doc',
        },
        {
          id: 'gt-split',
          name: 'Groupe scindé',
          cadence: { per: 'month', min: 1, max: 2 },
          status: { state: 'split', since: '2023-03', successors: ['fondation'] },
          source: 'doc',
        },
      ],
      meetings: [
        {
          id: 'strat-1',
          body: 'strat',
          title: 'Comité stratégique',
          start: '2023-12-12T14:00',
          status: 'held',
        },
        { id: 'ops-1', body: 'ops', title: 'Comité opérationnel', start: '2023-11-14T14:00', status: 'held' },
        {
          id: 'ops-2',
          body: 'ops',
          title: 'Comité opérationnel',
          start: '2023-12-05T14:00',
          status: 'cancelled',
        },
        { id: 'copil-1', body: 'copil', title: 'Copil', start: '2023-04-06', status: 'held' },
        { id: 'copil-2', body: 'copil', title: 'Copil', start: '2023-10-10', status: 'planned' },
        { id: 'bureau-01', body: 'bureau', title: 'Bureau', start: '2023-01', status: 'held' },
        { id: 'bureau-02', body: 'bureau', title: 'Bureau', start: '2023-02', status: 'held' },
        { id: 'bureau-03', body: 'bureau', title: 'Bureau', start: '2023-03', status: 'held' },
        { id: 'bureau-04', body: 'bureau', title: 'Bureau', start: '2023-04', status: 'held' },
        { id: 'bureau-05', body: 'bureau', title: 'Bureau', start: '2023-05', status: 'held' },
        { id: 'bureau-09', body: 'bureau', title: 'Bureau', start: '2023-09-18', status: 'held' },
        { id: 'bureau-10', body: 'bureau', title: 'Bureau', start: '2023-10-12', status: 'held' },
        { id: 'bureau-11a', body: 'bureau', title: 'Bureau', start: '2023-11-07', status: 'held' },
        { id: 'bureau-11b', body: 'bureau', title: 'Bureau', start: '2023-11-30', status: 'held' },
        { id: 'bureau-year', body: 'bureau', title: 'Bureau élargi', start: '2023', status: 'held' },
        { id: 'ca-1', body: 'ca', title: 'CA', start: '2023-02-07', status: 'held' },
        { id: 'ca-2', body: 'ca', title: 'CA', start: '2023-04-11', status: 'held' },
        { id: 'ca-3', body: 'ca', title: 'CA', start: '2023-11-09', status: 'held' },
        { id: 'gt1-1', group: 'gt1', title: 'GT1', start: '2023-02-02T09:30', status: 'held' },
        { id: 'gt1-velo-1', group: 'gt1-velo', title: 'Vélo', start: '2023-05-15T09:30', status: 'held' },
        { id: 'gt1-2', group: 'gt1', title: 'GT1', start: '2023-09-21T09:30', status: 'planned' },
        { id: 'gt1-2024', group: 'gt1', title: 'GT1', start: '2024-01-18T09:30', status: 'planned' },
        { id: 'fondation-1', group: 'fondation', title: 'Cocktail', start: '2023-12-14', status: 'held' },
        { id: 'split-1', group: 'gt-split', title: 'Groupe scindé', start: '2023-01-10', status: 'held' },
      ],
    }),
  );
}
