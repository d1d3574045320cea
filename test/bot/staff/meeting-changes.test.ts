import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../packages/bot/src/data/load-data.js';
import {
  agendaFromText,
  changeableMeeting,
  minutesLink,
  plannedMeeting,
  resolveTarget,
} from '../../../packages/bot/src/staff/meeting-changes.js';

const dataset = loadDataset();
const now = new Date('2026-11-23T10:00:00Z');

describe('staff meeting changes', () => {
  it('plans a meeting of a body named as people say it', () => {
    const r = plannedMeeting(
      dataset,
      { target: 'comité op', day: 'mardi 15 décembre', time: '14h', place: 'Wallers' },
      now,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        id: '2026-12-15-comite-operationnel',
        body: 'comite-operationnel',
        title: 'Comité opérationnel',
        kind: 'meeting',
        start: '2026-12-15T14:00',
        place: 'Wallers',
        agenda: [],
        status: 'planned',
      },
    });
  });

  it('plans a working-group meeting by its number', () => {
    const r = plannedMeeting(dataset, { target: 'GT5', day: '2027-01-12', time: '09:30' }, now);
    expect(r.ok && r.value.group).toBe('gt5');
  });

  it('refuses a date in the past', () => {
    expect(plannedMeeting(dataset, { target: 'bureau', day: '20/11/2026', time: '14:00' }, now)).toEqual({
      ok: false,
      error: 'Cette date est passée : vendredi 20 novembre 2026 à 14 h.',
    });
  });

  it('refuses an unknown body', () => {
    expect(resolveTarget(dataset, 'conseil des sages')).toEqual({
      ok: false,
      error: 'Instance ou groupe inconnu : « conseil des sages ».',
    });
  });

  it('refuses a link that is not a web address', () => {
    expect(
      plannedMeeting(
        dataset,
        { target: 'bureau', day: '2026-12-01', time: '18h', link: 'javascript:alert(1)' },
        now,
      ),
    ).toEqual({
      ok: false,
      error: 'Lien invalide : « javascript:alert(1) » (une adresse commençant par https:// est attendue).',
    });
  });

  it('splits an agenda on semicolons', () => {
    expect(agendaFromText(' Accueil ; Bilan 2026;; Questions diverses ')).toEqual({
      ok: true,
      value: [{ title: 'Accueil' }, { title: 'Bilan 2026' }, { title: 'Questions diverses' }],
    });
    expect(agendaFromText(' ; ')).toEqual({
      ok: false,
      error: 'Ordre du jour vide : séparez les points par des « ; ».',
    });
  });

  it('refuses to change a past meeting', () => {
    expect(changeableMeeting(dataset, '2023-06-21-assemblee-generale', now).ok).toBe(false);
  });

  it('checks the minutes link', () => {
    expect(minutesLink('https://example.org/cr.pdf')).toEqual({
      ok: true,
      value: 'https://example.org/cr.pdf',
    });
  });
});
