import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Meeting } from '@ptce/core';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelled, movedTo } from '../../../packages/bot/src/staff/meeting-edits.js';
import { MIGRATIONS, migrateDatabase, openStore, type Store } from '../../../packages/bot/src/store/index.js';

const t0 = new Date('2024-03-01T10:00:00.000Z');
const t1 = new Date('2024-03-02T10:00:00.000Z');

const ca: Meeting = {
  id: 'ca-2024-03',
  body: 'ca',
  title: "Conseil d'administration",
  kind: 'meeting',
  start: '2024-03-12T18:00',
  agenda: [],
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

let dir: string;
let store: Store;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-'));
  store = openStore(path.join(dir, 'ptce.db'));
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('overlayVersion', () => {
  it('counts the meetings and every change, kept by triggers', () => {
    expect(store.overlayVersion('g1')).toBe('0:0:0');
    store.upsertMeeting('g1', ca, t0);
    expect(store.overlayVersion('g1')).toBe('1:1:1');
    store.upsertMeeting('g1', gt, t0);
    expect(store.overlayVersion('g1')).toBe('2:1:2');
    store.updateMeeting('g1', ca.id, cancelled, { now: t1 });
    expect(store.overlayVersion('g1')).toBe('2:1:3');
    store.updateMeeting('g1', ca.id, movedTo('2024-03-19T18:00'), { now: t1 });
    expect(store.overlayVersion('g1')).toBe('2:1:4');
    store.deleteMeeting('g1', ca.id);
    expect(store.overlayVersion('g1')).toBe('1:1:5');
    store.deleteMeeting('g1', gt.id);
    expect(store.overlayVersion('g1')).toBe('0:1:6');
  });

  it('does not change when nothing changes: the same meeting again, a missing one removed', () => {
    store.upsertMeeting('g1', ca, t0);
    store.upsertMeeting('g1', { ...ca }, t1);
    store.deleteMeeting('g1', 'inconnue');
    expect(store.overlayVersion('g1')).toBe('1:1:1');
  });

  it("keeps each guild's counter apart", () => {
    store.upsertMeeting('g1', ca, t0);
    store.upsertMeeting('g2', ca, t0);
    store.upsertMeeting('g2', gt, t0);
    expect([store.overlayVersion('g1'), store.overlayVersion('g2')]).toEqual(['1:1:1', '2:2:2']);
  });

  it('follows a change written by another connection, as another shard would', () => {
    store.upsertMeeting('g1', ca, t0);
    const other = new Database(path.join(dir, 'ptce.db'));
    other
      .prepare("UPDATE meeting_overlay SET status = 'cancelled' WHERE guild_id = 'g1' AND meeting_id = ?")
      .run(ca.id);
    other.close();
    expect(store.overlayVersion('g1')).toBe('1:1:2');
  });

  it("refuses to change a stored meeting's guild or id in place", () => {
    store.upsertMeeting('g1', ca, t0);
    const other = new Database(path.join(dir, 'ptce.db'));
    expect(() => other.prepare("UPDATE meeting_overlay SET meeting_id = 'autre'").run()).toThrow(
      'a meeting of the overlay keeps its guild and id',
    );
    expect(() => other.prepare("UPDATE meeting_overlay SET guild_id = 'g2'").run()).toThrow(
      'a meeting of the overlay keeps its guild and id',
    );
    other.close();
  });

  it('never gives a version of before a purge again after it', () => {
    store.upsertMeeting('g1', ca, t0);
    const before = store.overlayVersion('g1');
    store.purgeGuild('g1');
    expect(store.overlayVersion('g1')).toBe('0:0:0');
    store.upsertMeeting('g1', gt, t0);
    expect(store.overlayVersion('g1')).toBe('1:2:1');
    expect(store.overlayVersion('g1')).not.toBe(before);
  });
});

describe('overlaySnapshot', () => {
  it('reads the meetings in the order of listMeetings with their version', () => {
    store.upsertMeeting('g1', ca, t0);
    store.upsertMeeting('g1', gt, t0);
    store.upsertMeeting('g2', { ...ca, id: 'aa' }, t0);
    expect(store.overlaySnapshot('g1')).toEqual({ version: '2:1:2', meetings: [gt, ca] });
    expect(store.overlaySnapshot('g3')).toEqual({ version: '0:0:0', meetings: [] });
  });
});

describe('overlayChangesSince', () => {
  it('gives each meeting changed since a version, with its overlay meeting now', () => {
    store.upsertMeeting('g1', ca, t0);
    store.upsertMeeting('g1', gt, t0);
    const v = store.overlayVersion('g1');
    store.updateMeeting('g1', ca.id, cancelled, { now: t1 });
    store.updateMeeting('g1', ca.id, movedTo('2024-03-19T18:00'), { now: t1 });
    store.deleteMeeting('g1', gt.id);
    store.upsertMeeting('g2', { ...ca, id: 'autre' }, t0);
    expect(store.overlayChangesSince('g1', v)).toEqual({
      version: '1:1:5',
      changes: new Map([
        [ca.id, { ...ca, status: 'cancelled', start: '2024-03-19T18:00' }],
        [gt.id, undefined],
      ]),
    });
    expect(store.overlayChangesSince('g1', '1:1:5')).toEqual({ version: '1:1:5', changes: new Map() });
  });

  it('gives every meeting to a guild that had no overlay yet', () => {
    const v = store.overlayVersion('g1');
    store.upsertMeeting('g1', ca, t0);
    expect(store.overlayChangesSince('g1', v)).toEqual({ version: '1:1:1', changes: new Map([[ca.id, ca]]) });
  });

  it('cannot tell the changes across a purge, nor from a version that is not the guild’s', () => {
    store.upsertMeeting('g1', ca, t0);
    const v = store.overlayVersion('g1');
    expect(store.overlayChangesSince('g1', '1:1:9')).toBeUndefined();
    expect(store.overlayChangesSince('g1', '1:7:1')).toBeUndefined();
    expect(store.overlayChangesSince('g1', 'n:3:2026-11-23T10:00:00.000Z')).toBeUndefined();
    store.purgeGuild('g1');
    expect(store.overlayChangesSince('g1', v)).toBeUndefined();
    store.upsertMeeting('g1', gt, t0);
    expect(store.overlayChangesSince('g1', v)).toBeUndefined();
  });
});

describe('the version of a database migrated from before the counter', () => {
  it('starts from the meetings already stored, and moves on with each change', () => {
    const file = path.join(dir, 'ancienne.db');
    const raw = new Database(file);
    migrateDatabase(raw, MIGRATIONS.slice(0, 5), file);
    const insert = raw.prepare(
      `INSERT INTO meeting_overlay
         (guild_id, meeting_id, body_id, group_id, start_local, status, revision, updated_at, data)
       VALUES (?, ?, NULL, NULL, ?, 'planned', 3, ?, ?)`,
    );
    insert.run('g1', ca.id, ca.start, t0.toISOString(), JSON.stringify(ca));
    insert.run('g1', gt.id, gt.start, t0.toISOString(), JSON.stringify(gt));
    insert.run('g2', ca.id, ca.start, t0.toISOString(), JSON.stringify(ca));
    raw.close();

    const migrated = openStore(file);
    try {
      expect([
        migrated.overlayVersion('g1'),
        migrated.overlayVersion('g2'),
        migrated.overlayVersion('g3'),
      ]).toEqual(['2:1:1', '1:2:1', '0:0:0']);
      expect(migrated.overlaySnapshot('g1')).toEqual({ version: '2:1:1', meetings: [gt, ca] });
      expect(migrated.overlayChangesSince('g1', '0:0:0')?.changes).toEqual(
        new Map([
          [ca.id, ca],
          [gt.id, gt],
        ]),
      );
      migrated.updateMeeting('g1', ca.id, cancelled, { now: t1 });
      expect(migrated.getMeeting('g1', ca.id)?.revision).toBe(4);
      expect(migrated.overlayVersion('g1')).toBe('2:1:2');
      expect(migrated.overlayChangesSince('g1', '2:1:1')?.changes).toEqual(
        new Map([[ca.id, { ...ca, status: 'cancelled' }]]),
      );
      migrated.deleteMeeting('g2', ca.id);
      expect(migrated.overlayVersion('g2')).toBe('0:2:2');
    } finally {
      migrated.close();
    }
  });
});
