import { type Dataset, parseDataset } from '@ptce/core';

/**
 * A small made-up PTCE whose meetings straddle both daylight-saving changes of 2024 in Paris
 * (31 March and 27 October), in every precision.
 */
export const CALENDAR_FIXTURE = `
version: 1
ptce:
  id: pole-test
  name: Pôle Test
  carrier:
    id: asso-test
    name: Asso Test
    fullName: Association Pôle Test
    website: https://pole-test.example
    email: contact@pole-test.example
  territory: { name: Territoire test }
sources:
  - { id: fictif, title: Données fictives, date: "2024" }
bodies:
  - { id: ca, name: Conseil d'administration, level: association, kind: board, source: fictif }
  - { id: bureau, name: Bureau, level: association, kind: bureau, source: fictif }
groups:
  - id: gt1
    name: Mobilité
    source: fictif
    subgroups:
      - { id: gt1-velo, name: Vélo }
meetings:
  - id: ca-2024-03-28
    body: ca
    title: CA de mars
    start: "2024-03-28T18:00"
    place: Salle A, Valenciennes
  - id: ca-2024-04-04
    body: ca
    title: CA d'avril
    start: "2024-04-04T18:00"
    end: "2024-04-04T20:30"
    place: Salle B
    link: https://visio.pole-test.example/ca
    agenda:
      - title: Accueil
        time: "18:00"
      - title: Budget
        speaker: La trésorière
        items:
          - title: Comptes 2023
          - title: Prévisions 2024
  - id: velo-2024-04-02
    group: gt1-velo
    title: Atelier vélo
    start: "2024-04-02T09:00"
  - id: gt1-2024-05-14
    group: gt1
    title: Mobilité — journée
    start: "2024-05-14"
  - id: bureau-2024-06
    body: bureau
    title: Bureau de juin
    start: "2024-06"
  - id: bureau-2024
    body: bureau
    title: Bureau (année)
    start: "2024"
  - id: ca-2024-10-31
    body: ca
    title: CA d'automne
    start: "2024-10-31T18:00"
    status: cancelled
series:
  - id: bureau-mensuel
    body: bureau
    title: Bureau mensuel
    frequency: monthly
    weekday: TU
    setPosition: 1
    time: "18:00"
    from: "2024-01-01"
    until: "2024-12-31"
reminders:
  byTarget:
    ca:
      - { id: veille, daysBefore: 1, at: "09:00" }
      - { id: 2h, hoursBefore: 2 }
`;

/** The fixture, parsed. */
export function calendarDataset(): Dataset {
  const result = parseDataset(CALENDAR_FIXTURE, { filename: 'calendar-fixture.yaml' });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.value;
}
