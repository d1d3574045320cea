import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../packages/bot/src/store/index.js';

const t0 = new Date('2024-03-05T08:00:00.000Z');
const t1 = new Date('2024-03-11T08:00:00.000Z');

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('decision log', () => {
  it("lists a guild's decisions oldest first, for all reminders or one", () => {
    const store = openStore(':memory:');
    store.logDecision('g1', { key: 'ca:j-7:ca', decision: 'sent', reason: 'rappel envoyé', at: t0 });
    store.logDecision('g2', { key: 'ca:j-7:ca', decision: 'sent', reason: 'autre serveur', at: t0 });
    store.logDecision('g1', { key: 'ca:veille:ca', decision: 'skipped', reason: 'réunion annulée', at: t1 });
    expect(store.decisions('g1')).toEqual([
      { key: 'ca:j-7:ca', decision: 'sent', reason: 'rappel envoyé', at: t0 },
      { key: 'ca:veille:ca', decision: 'skipped', reason: 'réunion annulée', at: t1 },
    ]);
    expect(store.decisions('g1', 'ca:veille:ca')).toEqual([
      { key: 'ca:veille:ca', decision: 'skipped', reason: 'réunion annulée', at: t1 },
    ]);
    expect(store.decisions('g3')).toEqual([]);
    store.close();
  });

  it('cannot be edited or deleted, even with SQL', () => {
    const file = path.join(dir, 'ptce.db');
    const store = openStore(file);
    store.logDecision('g1', { key: 'k', decision: 'skipped', reason: 'réunion passée', at: t0 });
    const raw = new Database(file);
    expect(() => raw.prepare("UPDATE decision_log SET reason = 'autre'").run()).toThrow(
      'decision_log is append-only',
    );
    expect(() => raw.prepare('DELETE FROM decision_log').run()).toThrow('decision_log is append-only');
    raw.close();
    expect(store.decisions('g1')).toEqual([
      { key: 'k', decision: 'skipped', reason: 'réunion passée', at: t0 },
    ]);
    store.close();
  });
});
