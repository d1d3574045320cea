import type { Meeting } from '@ptce/core';
import { datedMeeting } from '@ptce/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cancelled,
  movedTo,
  withAgenda,
  withMinutesUrl,
} from '../../../packages/bot/src/staff/meeting-edits.js';
import { openStore, type Store, StoreError } from '../../../packages/bot/src/store/index.js';

const t0 = new Date('2024-03-01T10:00:00.000Z');
const t1 = new Date('2024-03-02T10:00:00.000Z');
const t2 = new Date('2024-03-03T10:00:00.000Z');

const ca: Meeting = {
  id: 'ca-2024-03',
  body: 'ca',
  title: "Conseil d'administration",
  kind: 'meeting',
  start: '2024-03-12T18:00',
  end: '2024-03-12T20:00',
  agenda: [{ title: 'Budget 2024' }],
  status: 'planned',
};

const gt: Meeting = {
  id: 'gt1-2024-02',
  group: 'gt1',
  title: 'Groupe de travail mobilité',
  kind: 'meeting',
  start: '2024-02-20',
  agenda: [],
  status: 'planned',
};

let store: Store;

beforeEach(() => {
  store = openStore(':memory:');
});

afterEach(() => {
  store.close();
});

describe('upsertMeeting', () => {
  it('stores a new meeting at revision 1 and reads it back whole', () => {
    expect(store.upsertMeeting('g1', ca, t0)).toEqual({ meeting: ca, revision: 1, updatedAt: t0 });
    expect(store.getMeeting('g1', 'ca-2024-03')).toEqual({ meeting: ca, revision: 1, updatedAt: t0 });
  });

  it('increments the revision on each change', () => {
    store.upsertMeeting('g1', ca, t0);
    expect(store.upsertMeeting('g1', { ...ca, place: 'Maubeuge' }, t1).revision).toBe(2);
    expect(store.upsertMeeting('g1', { ...ca, place: 'Valenciennes' }, t2)).toEqual({
      meeting: { ...ca, place: 'Valenciennes' },
      revision: 3,
      updatedAt: t2,
    });
  });

  it('keeps the revision and time when the same meeting is stored again', () => {
    store.upsertMeeting('g1', ca, t0);
    expect(store.upsertMeeting('g1', { ...ca }, t1)).toEqual({ meeting: ca, revision: 1, updatedAt: t0 });
  });

  it('keeps the revision when the same meeting comes with its fields in another order', () => {
    store.upsertMeeting('g1', ca, t0);
    const reordered = Object.fromEntries(Object.entries(ca).reverse()) as Meeting;
    expect(store.upsertMeeting('g1', reordered, t1).revision).toBe(1);
  });

  it('accepts a dataset meeting and drops its resolved time', () => {
    const dated = datedMeeting(ca, 'Europe/Paris');
    expect(store.upsertMeeting('g1', dated, t0).meeting).toEqual(ca);
  });

  it('refuses a meeting that does not match the schema, in French', () => {
    const run = () => store.upsertMeeting('g1', { ...ca, start: '12/03/2024' }, t0);
    expect(run).toThrow(StoreError);
    expect(run).toThrow(
      'Réunion « ca-2024-03 » invalide : start : date attendue au format AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM.',
    );
    expect(store.listMeetings('g1')).toEqual([]);
  });

  it('keeps guilds apart', () => {
    store.upsertMeeting('g1', ca, t0);
    store.upsertMeeting('g2', { ...ca, status: 'cancelled' }, t0);
    expect(store.getMeeting('g1', ca.id)?.meeting.status).toBe('planned');
    expect(store.getMeeting('g2', ca.id)?.meeting.status).toBe('cancelled');
    expect(store.getMeeting('g3', ca.id)).toBeUndefined();
  });
});

describe('listMeetings and deleteMeeting', () => {
  it("lists the guild's meetings by local start", () => {
    store.upsertMeeting('g1', ca, t0);
    store.upsertMeeting('g1', gt, t0);
    expect(store.listMeetings('g1').map((m) => m.meeting.id)).toEqual(['gt1-2024-02', 'ca-2024-03']);
  });

  it('removes a meeting from the overlay', () => {
    store.upsertMeeting('g1', ca, t0);
    expect(store.deleteMeeting('g1', ca.id)).toBe(true);
    expect(store.deleteMeeting('g1', ca.id)).toBe(false);
    expect(store.listMeetings('g1')).toEqual([]);
  });
});

describe('meeting changes', () => {
  it('cancels a stored meeting and bumps its revision', () => {
    store.upsertMeeting('g1', ca, t0);
    expect(store.updateMeeting('g1', ca.id, cancelled, { now: t1 })).toEqual({
      meeting: { ...ca, status: 'cancelled' },
      revision: 2,
      updatedAt: t1,
    });
  });

  it('starts from the dataset meeting when the overlay lacks it', () => {
    const dated = datedMeeting(ca, 'Europe/Paris');
    expect(store.updateMeeting('g1', ca.id, cancelled, { base: dated, now: t0 })).toEqual({
      meeting: { ...ca, status: 'cancelled' },
      revision: 1,
      updatedAt: t0,
    });
  });

  it('prefers the stored meeting over the given base', () => {
    store.upsertMeeting('g1', { ...ca, place: 'Maubeuge' }, t0);
    expect(store.updateMeeting('g1', ca.id, cancelled, { base: ca, now: t1 })?.meeting.place).toBe(
      'Maubeuge',
    );
  });

  it('returns undefined for a meeting neither stored nor given', () => {
    expect(store.updateMeeting('g1', 'inconnue', cancelled)).toBeUndefined();
    expect(store.updateMeeting('g1', 'inconnue', movedTo('2024-04-01'))).toBeUndefined();
    expect(store.updateMeeting('g1', 'inconnue', withAgenda([]))).toBeUndefined();
    expect(
      store.updateMeeting('g1', 'inconnue', withMinutesUrl('https://example.org/cr.pdf')),
    ).toBeUndefined();
    expect(store.listMeetings('g1')).toEqual([]);
  });

  it('moves a meeting to a new start and end', () => {
    store.upsertMeeting('g1', ca, t0);
    expect(
      store.updateMeeting('g1', ca.id, movedTo('2024-03-19T18:00', '2024-03-19T19:30'), { now: t1 })?.meeting,
    ).toEqual({
      ...ca,
      start: '2024-03-19T18:00',
      end: '2024-03-19T19:30',
    });
  });

  it('drops the old end when a meeting moves without a new one', () => {
    store.upsertMeeting('g1', ca, t0);
    const { end: _end, ...withoutEnd } = ca;
    expect(store.updateMeeting('g1', ca.id, movedTo('2024-03-19T18:00'), { now: t1 })).toEqual({
      meeting: { ...withoutEnd, start: '2024-03-19T18:00' },
      revision: 2,
      updatedAt: t1,
    });
  });

  it('refuses a move to an impossible date and keeps the meeting', () => {
    store.upsertMeeting('g1', ca, t0);
    expect(() => store.updateMeeting('g1', ca.id, movedTo('mardi prochain'), { now: t1 })).toThrow(
      StoreError,
    );
    expect(store.getMeeting('g1', ca.id)).toEqual({ meeting: ca, revision: 1, updatedAt: t0 });
  });

  it('replaces the agenda', () => {
    store.upsertMeeting('g1', ca, t0);
    const agenda = [
      { title: 'Accueil', time: '18:00' },
      { title: 'Rapport moral', items: [{ title: 'Vote' }] },
    ];
    expect(store.updateMeeting('g1', ca.id, withAgenda(agenda), { now: t1 })?.meeting.agenda).toEqual(agenda);
    expect(store.getMeeting('g1', ca.id)?.revision).toBe(2);
  });

  it('sets the minutes link and keeps their summary', () => {
    store.upsertMeeting('g1', { ...ca, status: 'held', minutes: { summary: 'Budget voté.' } }, t0);
    expect(
      store.updateMeeting('g1', ca.id, withMinutesUrl('https://example.org/cr-ca.pdf'), { now: t1 })?.meeting
        .minutes,
    ).toEqual({
      url: 'https://example.org/cr-ca.pdf',
      summary: 'Budget voté.',
    });
  });
});
