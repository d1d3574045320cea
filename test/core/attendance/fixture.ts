import {
  type AttendanceRules,
  buildDataset,
  type Dataset,
  DatasetFile,
  type DatedMeeting,
  type MeetingAttendanceRules,
  meetingAttendanceRules,
} from '@ptce/core';

const member2025 = [{ period: '2025', source: 'fictif' }];

/**
 * A small made-up PTCE: four member structures in 2025 (and one that left in 2024), a carrier
 * with a bureau, and one body for each way of convening.
 */
export function attendanceDataset(overrides: { ca?: Partial<AttendanceRules> } = {}): Dataset {
  return buildDataset(
    DatasetFile.parse({
      version: 1,
      ptce: {
        id: 'demo',
        name: 'PTCE Démo',
        carrier: { id: 'asso', name: 'Association Démo' },
        territory: { name: 'Démo' },
      },
      sources: [{ id: 'fictif', title: 'Données fictives', date: '2025' }],
      structures: [
        { id: 'espoir', name: 'Espoir', kind: 'association', membership: member2025, source: 'fictif' },
        { id: 'staj', name: 'STAJ', kind: 'siae', membership: member2025, source: 'fictif' },
        { id: 'atis', name: 'ATIS', kind: 'siae', membership: member2025, source: 'fictif' },
        { id: 'clef', name: 'La Clef', kind: 'association', membership: member2025, source: 'fictif' },
        {
          id: 'ancienne',
          name: 'Ancienne',
          kind: 'cooperative',
          joined: '2020',
          left: '2024',
          source: 'fictif',
        },
      ],
      people: [
        {
          id: 'audrey',
          name: 'Audrey Mouly',
          organisation: 'espoir',
          roles: [
            { title: 'Présidente', kind: 'bureau', organisation: 'asso', from: '2024', source: 'fictif' },
          ],
          source: 'fictif',
        },
        { id: 'bernard', name: 'Bernard Roy', organisation: 'espoir', source: 'fictif' },
        { id: 'chloe', name: 'Chloé Nord', organisation: 'staj', source: 'fictif' },
        {
          id: 'david',
          name: 'David Caron',
          organisation: 'atis',
          roles: [{ title: 'Trésorier', kind: 'bureau', organisation: 'asso', to: '2024', source: 'fictif' }],
          source: 'fictif',
        },
        {
          id: 'emma',
          name: 'Emma Lenoir',
          organisation: 'clef',
          roles: [
            { title: 'Administratrice', kind: 'board', organisation: 'asso', source: 'fictif' },
            { title: 'Présidente', kind: 'board', organisation: 'clef', source: 'fictif' },
          ],
          source: 'fictif',
        },
        {
          id: 'fabien',
          name: 'Fabien Jolly',
          roles: [{ title: 'Secrétaire', kind: 'bureau', organisation: 'asso', source: 'fictif' }],
          source: 'fictif',
        },
      ],
      bodies: [
        {
          id: 'ca',
          name: "Conseil d'administration",
          level: 'association',
          kind: 'board',
          attendance: {
            convened: 'members',
            voice: 'structure',
            quorum: '1/2',
            proxies: { maxPerHolder: 1 },
            noticeDays: 8,
            setting: true,
            ...overrides.ca,
          },
          source: 'fictif',
        },
        {
          id: 'bureau',
          name: 'Bureau',
          level: 'association',
          kind: 'bureau',
          attendance: { convened: 'bureau', voice: 'person', quorum: '1/2', setting: true },
          source: 'fictif',
        },
        {
          id: 'board-structures',
          name: 'Administrateurs par structure',
          level: 'association',
          kind: 'other',
          attendance: { convened: 'board', voice: 'structure', source: 'fictif' },
          source: 'fictif',
        },
        {
          id: 'comop',
          name: 'Comité opérationnel',
          level: 'ptce',
          kind: 'committee',
          attendance: { convened: 'group-leads', voice: 'person', noticeDays: 7, setting: true },
          source: 'fictif',
        },
        {
          id: 'copil',
          name: 'Comité de pilotage',
          level: 'ptce',
          kind: 'committee',
          attendance: { convened: 'open', voice: 'person', noticeDays: 15, setting: true },
          source: 'fictif',
        },
        { id: 'seminaire', name: 'Séminaire', level: 'association', kind: 'seminar', source: 'fictif' },
      ],
      groups: [
        {
          id: 'gt1',
          number: 1,
          name: 'Mobilité',
          copilots: ['audrey', 'chloe'],
          facilitators: ['fabien'],
          subgroups: [{ id: 'gt1-velo', name: 'Vélo', copilots: ['emma'], facilitators: ['fabien'] }],
          attendance: { convened: 'group-leads', voice: 'person', setting: true },
          source: 'fictif',
        },
        {
          id: 'gt2',
          number: 2,
          name: 'Ancien groupe',
          copilots: ['david'],
          status: { state: 'closed', since: '2024' },
          source: 'fictif',
        },
      ],
      meetings: [
        { id: 'ca-2025-03', body: 'ca', title: 'CA', start: '2025-03-11T18:00' },
        { id: 'bureau-2025-02', body: 'bureau', title: 'Bureau', start: '2025-02-04T10:00' },
        { id: 'bureau-2023-05', body: 'bureau', title: 'Bureau', start: '2023-05-09', status: 'held' },
        { id: 'board-2025', body: 'board-structures', title: 'Administrateurs', start: '2025-05-06T18:00' },
        { id: 'comop-2025-01', body: 'comop', title: 'Comop', start: '2025-01-15T09:30' },
        { id: 'comop-2023-11', body: 'comop', title: 'Comop', start: '2023-11-14' },
        { id: 'copil-2025', body: 'copil', title: 'COPIL', start: '2025-04-10T13:30' },
        { id: 'gt1-2025', group: 'gt1', title: 'GT1', start: '2025-02-20T14:00' },
        { id: 'gt1-velo-2025', group: 'gt1-velo', title: 'Vélo', start: '2025-02-27T14:00' },
        { id: 'seminaire-2025', body: 'seminaire', title: 'Séminaire', start: '2025-09' },
        { id: 'ca-2025-06', body: 'ca', title: 'CA', start: '2025-06', status: 'held' },
      ],
    }),
  );
}

/** A meeting of the fixture, by id. */
export function meetingOf(dataset: Dataset, id: string): DatedMeeting {
  const meeting = dataset.meetingById.get(id);
  if (!meeting) throw new Error(`no meeting ${id}`);
  return meeting;
}

/** The resolved rules of a meeting of the fixture. */
export function rulesOf(dataset: Dataset, id: string): MeetingAttendanceRules {
  const rules = meetingAttendanceRules(dataset, meetingOf(dataset, id));
  if (!rules) throw new Error(`no rules for ${id}`);
  return rules;
}
