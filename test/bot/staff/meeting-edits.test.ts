import type { Meeting } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import {
  cancelled,
  movedTo,
  withAgenda,
  withMinutesUrl,
} from '../../../packages/bot/src/staff/meeting-edits.js';

const ca: Meeting = {
  id: 'ca-2024-03',
  body: 'ca',
  title: 'Conseil d’administration',
  kind: 'meeting',
  start: '2024-03-12T18:00',
  end: '2024-03-12T20:00',
  timeZone: 'Europe/Paris',
  status: 'planned',
  agenda: [{ title: 'Budget' }],
  minutes: { summary: 'Budget voté.' },
} as Meeting;

describe('meeting edits', () => {
  it('cancels, moves, sets the agenda and the minutes without touching their input', () => {
    const before = structuredClone(ca);
    expect(cancelled(ca)).toEqual({ ...ca, status: 'cancelled' });
    expect(movedTo('2024-03-19T18:00', '2024-03-19T19:30')(ca)).toEqual({
      ...ca,
      start: '2024-03-19T18:00',
      end: '2024-03-19T19:30',
    });
    const { end: _end, ...withoutEnd } = ca;
    expect(movedTo('2024-03-19T18:00')(ca)).toEqual({ ...withoutEnd, start: '2024-03-19T18:00' });
    const items = [{ title: 'Accueil' }];
    const agenda = withAgenda(items)(ca);
    expect(agenda.agenda).toEqual([{ title: 'Accueil' }]);
    expect(agenda.agenda).not.toBe(items);
    expect(withMinutesUrl('https://example.org/cr.pdf')(ca).minutes).toEqual({
      summary: 'Budget voté.',
      url: 'https://example.org/cr.pdf',
    });
    expect(ca).toEqual(before);
  });
});
