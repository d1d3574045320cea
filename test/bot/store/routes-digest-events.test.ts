import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store, StoreError } from '../../../packages/bot/src/store/index.js';

const t0 = new Date('2024-03-01T10:00:00.000Z');
const t1 = new Date('2024-03-08T10:00:00.000Z');

let store: Store;

beforeEach(() => {
  store = openStore(':memory:');
});

afterEach(() => {
  store.close();
});

describe('reminder routes', () => {
  it('stores, lists and replaces routes', () => {
    store.setRoute('g1', { target: 'ca', channelId: 'c-ca', roleId: 'r-admins' }, t0);
    store.setRoute('g1', { target: '*', channelId: 'c-all' }, t0);
    store.setRoute('g1', { target: 'ca', channelId: 'c-ca', roleId: 'r-ca' }, t1);
    expect(store.listRoutes('g1')).toEqual([
      { target: '*', channelId: 'c-all' },
      { target: 'ca', channelId: 'c-ca', roleId: 'r-ca' },
    ]);
    expect(store.listRoutes('g2')).toEqual([]);
  });

  it('removes one channel of a target, or all of them', () => {
    store.setRoute('g1', { target: 'ca', channelId: 'c1' }, t0);
    store.setRoute('g1', { target: 'ca', channelId: 'c2' }, t0);
    store.setRoute('g1', { target: 'gt1', channelId: 'c1' }, t0);
    expect(store.removeRoute('g1', 'ca', 'c1')).toBe(1);
    expect(store.listRoutes('g1')).toEqual([
      { target: 'ca', channelId: 'c2' },
      { target: 'gt1', channelId: 'c1' },
    ]);
    store.setRoute('g1', { target: 'ca', channelId: 'c3' }, t0);
    expect(store.removeRoute('g1', 'ca')).toBe(2);
    expect(store.removeRoute('g1', 'ca')).toBe(0);
    expect(store.listRoutes('g1')).toEqual([{ target: 'gt1', channelId: 'c1' }]);
  });

  it('gives a target its own routes, then the catch-all routes to other channels', () => {
    store.setRoute('g1', { target: '*', channelId: 'c-all' }, t0);
    store.setRoute('g1', { target: '*', channelId: 'c-ca' }, t0);
    store.setRoute('g1', { target: 'ca', channelId: 'c-ca', roleId: 'r-ca' }, t0);
    store.setRoute('g1', { target: 'gt1', channelId: 'c-gt1' }, t0);
    store.setRoute('g2', { target: 'ca', channelId: 'c-other-guild' }, t0);
    expect(store.routesFor('g1', 'ca')).toEqual([
      { target: 'ca', channelId: 'c-ca', roleId: 'r-ca' },
      { target: '*', channelId: 'c-all' },
    ]);
    expect(store.routesFor('g1', 'bureau')).toEqual([
      { target: '*', channelId: 'c-all' },
      { target: '*', channelId: 'c-ca' },
    ]);
    expect(store.routesFor('g3', 'ca')).toEqual([]);
  });

  it('refuses a target that is neither an id nor *', () => {
    const run = () => store.setRoute('g1', { target: 'Conseil d’administration', channelId: 'c1' }, t0);
    expect(run).toThrow(StoreError);
    expect(run).toThrow(
      "Cible de rappel invalide « Conseil d’administration » : identifiant d'instance ou de groupe attendu, ou « * » pour toutes.",
    );
  });
});

describe('digest state', () => {
  it('stores and replaces the digest message of a channel', () => {
    expect(store.getDigest('g1', 'c1')).toBeUndefined();
    store.setDigest('g1', { channelId: 'c1', messageId: 'm1', periodKey: '2024-W10' }, t0);
    store.setDigest('g1', { channelId: 'c1', messageId: 'm2', periodKey: '2024-W11' }, t1);
    store.setDigest('g1', { channelId: 'c0', messageId: 'm0', periodKey: '2024-03' }, t0);
    expect(store.getDigest('g1', 'c1')).toEqual({
      channelId: 'c1',
      messageId: 'm2',
      periodKey: '2024-W11',
      updatedAt: t1,
    });
    expect(store.listDigests('g1').map((d) => d.channelId)).toEqual(['c0', 'c1']);
    expect(store.getDigest('g2', 'c1')).toBeUndefined();
  });
});

describe('scheduled-event mirror', () => {
  it('stores, replaces, lists and deletes the event of a meeting', () => {
    expect(store.getScheduledEvent('g1', 'ca-2024-03')).toBeUndefined();
    store.setScheduledEvent('g1', { meetingId: 'ca-2024-03', eventId: 'e1', fingerprint: 'f1' }, t0);
    store.setScheduledEvent('g1', { meetingId: 'ca-2024-03', eventId: 'e1', fingerprint: 'f2' }, t1);
    store.setScheduledEvent('g1', { meetingId: 'bureau-2024-03', eventId: 'e2', fingerprint: 'f1' }, t0);
    expect(store.getScheduledEvent('g1', 'ca-2024-03')).toEqual({
      meetingId: 'ca-2024-03',
      eventId: 'e1',
      fingerprint: 'f2',
      updatedAt: t1,
    });
    expect(store.listScheduledEvents('g1').map((e) => e.meetingId)).toEqual(['bureau-2024-03', 'ca-2024-03']);
    expect(store.listScheduledEvents('g2')).toEqual([]);
    expect(store.deleteScheduledEvent('g1', 'ca-2024-03')).toBe(true);
    expect(store.deleteScheduledEvent('g1', 'ca-2024-03')).toBe(false);
    expect(store.listScheduledEvents('g1').map((e) => e.meetingId)).toEqual(['bureau-2024-03']);
  });
});
