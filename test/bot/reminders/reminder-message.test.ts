import { buildDataset, type Dataset } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import {
  cancellationMessage,
  reminderMessage,
} from '../../../packages/bot/src/reminders/reminder-message.js';
import { demoDataset, ROLE } from './scheduler-fixture.js';

const CALENDAR = 'https://ptce.example.org/calendar.ics';
const base = demoDataset();

/** The demo's comité with this agenda, and its reminder (role and calendar configured). */
function reminderWith(titles: readonly string[], options: { calendarUrl?: string; title?: string } = {}) {
  const meetings = base.file.meetings.map((m) =>
    m.id === 'comite-mars'
      ? {
          ...m,
          ...(options.title ? { title: options.title } : {}),
          agenda: titles.map((title) => ({ title })),
        }
      : m,
  );
  const dataset: Dataset = buildDataset({ ...base.file, meetings });
  const meeting = dataset.meetingById.get('comite-mars')!;
  return reminderMessage(dataset, meeting, {
    label: '7 jours avant',
    late: false,
    includeAgenda: true,
    roleId: ROLE,
    ...('calendarUrl' in options
      ? options.calendarUrl
        ? { calendarUrl: options.calendarUrl }
        : {}
      : { calendarUrl: CALENDAR }),
  }).content;
}

const HEAD = [
  '🔔 **Rappel — Comité de coopération**',
  '📅 lundi 30 mars 2026 à 18 h (<t:1774886400:F>, <t:1774886400:R>)',
  '📍 Salle des fêtes, Arras',
];
const TAIL = [`Calendrier : ${CALENDAR}`, `<@&${ROLE}>`];
/** What the message is without an agenda item: head, "Ordre du jour :", tail, and their line breaks. */
const FRAME = [...HEAD, 'Ordre du jour :', ...TAIL].join('\n').length;

/** Agenda items of 100 characters each ("• " + 98), the last one sized so the whole message is `total` long. */
function agendaFor(total: number): string[] {
  const titles: string[] = [];
  let size = FRAME;
  while (size + 101 < total) {
    titles.push(`Point ${titles.length + 1} `.padEnd(98, 'x'));
    size += 101;
  }
  titles.push(`Point ${titles.length + 1} `.padEnd(total - size - 3, 'y'));
  return titles;
}

describe('reminderMessage within Discord’s 2,000 characters', () => {
  it('sends a message of 1,999 and of 2,000 characters whole', () => {
    for (const total of [1999, 2000]) {
      const titles = agendaFor(total);
      const content = reminderWith(titles);
      expect([content.length, content]).toEqual([
        total,
        [...HEAD, 'Ordre du jour :', ...titles.map((t) => `• ${t}`), ...TAIL].join('\n'),
      ]);
    }
  });

  it('clips the agenda of a 2,001- or 4,000-character message, says where the full agenda is, and keeps the role ping last', () => {
    const marker = `… (ordre du jour complet : ${CALENDAR})`;
    // Room for whole 101-character items once the frame and the marker line are counted.
    const fits = Math.floor((2000 - FRAME - (marker.length + 1)) / 101);
    for (const total of [2001, 4000]) {
      const titles = agendaFor(total);
      expect(reminderWith(titles.slice(0, -1).concat('')).length).toBeLessThan(total);
      const content = reminderWith(titles);
      expect(content.split('\n')).toEqual([
        ...HEAD,
        'Ordre du jour :',
        ...titles.slice(0, fits).map((t) => `• ${t}`),
        marker,
        ...TAIL,
      ]);
      expect(content.length).toBe(FRAME + fits * 101 + marker.length + 1);
      expect(content.length).toBeLessThanOrEqual(2000);
      expect(2000 - content.length).toBeLessThan(101);
    }
  });

  it('says how many points are left out when there is no calendar to link to', () => {
    const titles = agendaFor(4000);
    const content = reminderWith(titles, { calendarUrl: '' });
    const lines = content.split('\n');
    expect(lines.slice(-2)).toEqual([
      `… (ordre du jour complet : ${titles.length} points, trop long pour un message)`,
      `<@&${ROLE}>`,
    ]);
    expect(content.length).toBeLessThanOrEqual(2000);
  });

  it('cuts an overlong title between graphemes and still pings the role', () => {
    const title = `Comité ${'👩‍👩‍👧'.repeat(400)}`;
    const content = reminderWith(['Accueil'], { title });
    const lines = content.split('\n');
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(lines.at(-1)).toBe(`<@&${ROLE}>`);
    expect(lines.at(-3)).toBe(`… (ordre du jour complet : ${CALENDAR})`);
    expect(lines[0]!.startsWith('🔔 **Rappel — Comité de coopération** : Comité 👩‍👩‍👧')).toBe(true);
    expect(lines[0]!.endsWith('👩‍👩‍👧…')).toBe(true);
  });
});

describe('cancellationMessage', () => {
  it('keeps the role ping of a notice whose body name is too long', () => {
    const bodies = base.file.bodies.map((b) => (b.id === 'comite' ? { ...b, name: 'é'.repeat(3000) } : b));
    const dataset = buildDataset({ ...base.file, bodies });
    const content = cancellationMessage(dataset, dataset.meetingById.get('comite-mars')!, ROLE).content;
    expect([content.length, content.split('\n').at(-1), content.split('\n').at(-2)!.endsWith('é…')]).toEqual([
      2000,
      `<@&${ROLE}>`,
      true,
    ]);
  });
});
