import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store, StoreError, textSha256 } from '../../../packages/bot/src/store/index.js';

const t0 = new Date('2026-01-15T08:00:00.000Z');
const t1 = new Date('2026-01-16T08:00:00.000Z');
const A = '111111111111111111';
const B = '222222222222222222';

let store: Store;

beforeEach(() => {
  store = openStore(':memory:');
});

afterEach(() => {
  store.close();
});

describe('guild bindings', () => {
  it('binds each guild to one PTCE and refuses a PTCE another guild holds', () => {
    store.bindGuild(A, { ptceId: 'auton-hommes', source: 'env' }, t0);
    expect(store.guildBinding(A)).toEqual({ guildId: A, ptceId: 'auton-hommes', source: 'env', boundAt: t0 });
    expect(() => store.bindGuild(B, { ptceId: 'auton-hommes', source: 'upload' }, t1)).toThrow(
      new StoreError(
        'ptce-taken',
        'Le PTCE « auton-hommes » est déjà lié à un autre serveur Discord : un PTCE ne peut servir qu’un serveur.',
      ),
    );
    expect(store.guildBinding(B)).toBeUndefined();
    // The same guild may upload its own PTCE again, and keeps its first binding date.
    expect(store.bindGuild(A, { ptceId: 'auton-hommes', source: 'upload' }, t1)).toEqual({
      guildId: A,
      ptceId: 'auton-hommes',
      source: 'upload',
      boundAt: t0,
    });
    store.bindGuild(B, { ptceId: 'pole-cooperation-sud', source: 'upload' }, t1);
    expect(store.guildOfPtce('pole-cooperation-sud')?.guildId).toBe(B);
    expect(store.guildBindings().map((b) => b.guildId)).toEqual([A, B]);
  });

  it('remembers when the bot left a guild, forgets it when it comes back', () => {
    store.bindGuild(A, { ptceId: 'auton-hommes', source: 'upload' }, t0);
    expect(store.markGuildLeft(A, true, t0)).toBe(true);
    expect(store.guildBinding(A)?.leftAt).toEqual(t0);
    expect(store.guildsLeftBefore(t1)).toEqual([A]);
    expect(store.guildsLeftBefore(t0)).toEqual([]);
    store.markGuildLeft(A, false, t1);
    expect(store.guildsLeftBefore(t1)).toEqual([]);
    expect(store.markGuildLeft(B, true, t0)).toBe(false);
  });
});

describe('dataset versions', () => {
  it('numbers every accepted file per guild and keeps its text and SHA-256', () => {
    const v1 = store.addDatasetVersion(A, { ptceId: 'p', yaml: 'version: 1\n', importedBy: '9' }, t0);
    const v2 = store.addDatasetVersion(A, { ptceId: 'p', yaml: 'é\n', importedBy: '8', restoredFrom: 1 }, t1);
    store.addDatasetVersion(B, { ptceId: 'q', yaml: 'x', importedBy: '7' }, t1);
    expect(v1).toEqual({
      version: 1,
      ptceId: 'p',
      sha256: textSha256('version: 1\n'),
      importedBy: '9',
      importedAt: t0,
    });
    expect(v2.version).toBe(2);
    expect(store.datasetVersions(A).map((v) => [v.version, v.restoredFrom])).toEqual([
      [2, 1],
      [1, undefined],
    ]);
    expect(store.datasetVersion(A)?.yaml).toBe('é\n');
    expect(store.datasetVersion(A, 1)?.yaml).toBe('version: 1\n');
    expect(store.datasetVersion(A, 3)).toBeUndefined();
    expect(store.datasetVersion(B)?.version).toBe(1);
    expect(textSha256('test')).toBe('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });
});

describe('guild settings', () => {
  it('stores only what staff changed, checked by the GuildSettings schema', () => {
    expect(store.guildSettings(A)).toEqual({});
    expect(store.changeGuildSettings(A, { staffRoleIds: ['333333333333333333'], events: false }, t0)).toEqual(
      {
        staffRoleIds: ['333333333333333333'],
        events: false,
      },
    );
    expect(store.changeGuildSettings(A, { events: null, minutesAfterDays: 21 }, t1)).toEqual({
      staffRoleIds: ['333333333333333333'],
      minutesAfterDays: 21,
    });
    expect(() => store.changeGuildSettings(A, { minutesAfterDays: -1 }, t1)).toThrow(StoreError);
    expect(store.guildSettings(A)).toEqual({ staffRoleIds: ['333333333333333333'], minutesAfterDays: 21 });
    expect(store.guildSettings(B)).toEqual({});
  });
});

describe('guild purge', () => {
  it('deletes every row of one guild, decision log included, and nothing of the others', () => {
    for (const guild of [A, B]) {
      store.bindGuild(guild, { ptceId: `p-${guild}`, source: 'upload' }, t0);
      store.addDatasetVersion(guild, { ptceId: `p-${guild}`, yaml: 'x', importedBy: '9' }, t0);
      store.setRoute(guild, { target: '*', channelId: '444444444444444444' }, t0);
      store.logDecision(guild, { key: 'k', decision: 'sent', reason: 'r', at: t0 });
      store.changeGuildSettings(guild, { events: false }, t0);
      store.linkMember(guild, '666666666666666666', 'phare', t0);
      store.recordAnswer(
        guild,
        { meetingId: 'm1', userId: '666666666666666666', respondent: 'phare', answer: 'present' },
        t0,
      );
      store.trackAttendanceMessage(
        guild,
        { channelId: '444444444444444444', messageId: '777777777777777777', meetingId: 'm1' },
        t0,
      );
    }
    store.setDmGuild('555555555555555555', A, t0);
    expect(store.purgeGuild(A)).toBe(9);
    expect(store.respondentOf(A, '666666666666666666')).toBeUndefined();
    expect(store.attendanceResponses(A, 'm1')).toEqual([]);
    expect(store.attendanceResponses(B, 'm1')).toHaveLength(1);
    expect(store.guildBinding(A)).toBeUndefined();
    expect(store.datasetVersions(A)).toEqual([]);
    expect(store.decisions(A)).toEqual([]);
    expect(store.dmGuild('555555555555555555')).toBeUndefined();
    expect(store.decisions(B)).toHaveLength(1);
    expect(store.guildBinding(B)?.ptceId).toBe(`p-${B}`);
  });
});
