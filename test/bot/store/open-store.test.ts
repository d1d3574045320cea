import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  migrateDatabase,
  openStore,
  type Store,
  schemaVersion,
} from '../../../packages/bot/src/store/index.js';
import { captureStoreError } from './capture-store-error.js';

let dir: string;
const opened: Store[] = [];

function open(file: string, options?: Parameters<typeof openStore>[1]): Store {
  const store = openStore(file, options);
  opened.push(store);
  return store;
}

/** Deterministic bytes that are not a SQLite database. */
function garbage(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 7919 + 13) % 251));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-'));
});

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openStore on a new file', () => {
  it('creates the missing folder and applies every migration', () => {
    const file = path.join(dir, 'nested', 'deeper', 'ptce.db');
    const store = open(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    expect(store.path).toBe(file);
  });

  it('creates every table with a guild_id column', () => {
    const file = path.join(dir, 'ptce.db');
    open(file).close();
    opened.length = 0;
    const db = new Database(file, { readonly: true });
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    expect(tables).toEqual([
      'attendance_answers',
      'attendance_messages',
      'attendance_sheet_drafts',
      'attendance_sheet_rows',
      'attendance_sheets',
      'dataset_versions',
      'decision_log',
      'digest_state',
      'dm_choices',
      'guild_bindings',
      'guild_purges',
      'guild_settings',
      'meeting_overlay',
      'meeting_overlay_changes',
      'meeting_overlay_versions',
      'member_links',
      'reminder_ledger',
      'reminder_routes',
      'scheduled_events',
      'scheduler_state',
    ]);
    for (const table of tables) {
      const columns = db.pragma(`table_info(${table})`) as { name: string }[];
      expect(columns.map((c) => c.name)).toContain('guild_id');
    }
    db.close();
  });

  it('turns WAL mode on, persistently in the file', () => {
    const file = path.join(dir, 'ptce.db');
    open(file);
    const other = new Database(file, { readonly: true });
    expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
    other.close();
  });

  it('reports each applied migration to the logger', () => {
    const messages: string[] = [];
    open(path.join(dir, 'ptce.db'), { logger: { info: (message) => messages.push(message) } });
    expect(messages).toHaveLength(MIGRATIONS.length);
    expect(messages[0]).toBe(
      `Base « ${path.join(dir, 'ptce.db')} » : migration v1 appliquée (${MIGRATIONS[0]!.description}).`,
    );
  });

  it('opens an in-memory store at the latest version', () => {
    expect(open(':memory:').schemaVersion).toBe(MIGRATIONS.length);
  });

  it('reopens an up-to-date database without logging anything', () => {
    const file = path.join(dir, 'ptce.db');
    open(file).close();
    const messages: string[] = [];
    expect(open(file, { logger: { info: (m) => messages.push(m) } }).schemaVersion).toBe(MIGRATIONS.length);
    expect(messages).toEqual([]);
  });
});

describe('openStore on an older database', () => {
  it('migrates a v1 database created by hand and keeps its rows', () => {
    const file = path.join(dir, 'ptce.db');
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.pragma('user_version = 1');
    raw
      .prepare(
        `INSERT INTO reminder_ledger (guild_id, key, fingerprint, state, nonce, channel_id, claimed_at, sent_at,
           message_id, updated_at)
         VALUES ('g1', 'ca:j-7:ca', 'f1', 'sent', 'n1', 'c1', '2024-03-05T08:00:00.000Z',
           '2024-03-05T08:00:01.000Z', 'm1', '2024-03-05T08:00:01.000Z')`,
      )
      .run();
    raw
      .prepare(
        `INSERT INTO reminder_routes (guild_id, target, channel_id, role_id, updated_at)
         VALUES ('g1', 'ca', 'c1', 'r1', '2024-03-01T00:00:00.000Z')`,
      )
      .run();
    raw.close();

    const store = open(file);
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    expect(store.ledger('g1')).toEqual([
      { key: 'ca:j-7:ca', fingerprint: 'f1', state: 'sent', messageId: 'm1' },
    ]);
    expect(store.listRoutes('g1')).toEqual([{ target: 'ca', channelId: 'c1', roleId: 'r1' }]);
    expect(store.listMeetings('g1')).toEqual([]);
  });

  it("migrates a database that the first migration alone created, keeping every table's rows", () => {
    const file = path.join(dir, 'ptce.db');
    const raw = new Database(file);
    expect(migrateDatabase(raw, MIGRATIONS.slice(0, 1), file)).toEqual({ from: 0, to: 1 });
    raw
      .prepare(
        `INSERT INTO decision_log (guild_id, key, decision, reason, at)
         VALUES ('g1', 'k', 'claimed', 'rappel dû', '2024-03-05T08:00:00.000Z')`,
      )
      .run();
    raw.close();

    const messages: string[] = [];
    const store = open(file, { logger: { info: (m) => messages.push(m) } });
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    expect(messages).toEqual(
      MIGRATIONS.slice(1).map(
        (m, i) => `Base « ${file} » : migration v${i + 2} appliquée (${m.description}).`,
      ),
    );
    expect(store.decisions('g1')).toEqual([
      { key: 'k', decision: 'claimed', reason: 'rappel dû', at: new Date('2024-03-05T08:00:00Z') },
    ]);
  });
});

describe('migrateDatabase', () => {
  it('rolls back a failing step and leaves the database at the previous version', () => {
    const file = path.join(dir, 'ptce.db');
    const raw = new Database(file);
    const broken = [
      MIGRATIONS[0]!,
      { description: 'étape cassée', sql: 'CREATE TABLE half (x TEXT); INSERT INTO missing VALUES (1);' },
    ];
    const error = captureStoreError(() => migrateDatabase(raw, broken, file));
    expect(error.code).toBe('migration-failed');
    expect(error.message).toBe(
      `La migration v2 (étape cassée) de la base « ${file} » a échoué : no such table: missing. ` +
        'La base est restée en v1.',
    );
    expect(schemaVersion(raw)).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({
      n: 0,
    });
    raw.close();
  });

  it('skips the steps a database already has', () => {
    const raw = new Database(':memory:');
    migrateDatabase(raw, MIGRATIONS.slice(0, 1), ':memory:');
    expect(migrateDatabase(raw, MIGRATIONS, ':memory:')).toEqual({ from: 1, to: MIGRATIONS.length });
    expect(migrateDatabase(raw, MIGRATIONS, ':memory:')).toEqual({
      from: MIGRATIONS.length,
      to: MIGRATIONS.length,
    });
    raw.close();
  });
});

describe('openStore refuses files it must not touch', () => {
  it('refuses a file of random bytes and leaves it byte for byte', () => {
    const file = path.join(dir, 'ptce.db');
    const bytes = garbage(8192);
    fs.writeFileSync(file, bytes);
    const error = captureStoreError(() => open(file));
    expect(error.code).toBe('not-a-database');
    expect(error.path).toBe(file);
    expect(error.message).toBe(
      `Le fichier « ${file} » n'est pas une base SQLite valide (en-tête SQLite absent). Il n'a pas été modifié : ` +
        "vérifiez le chemin de la base, restaurez une sauvegarde ou déplacez ce fichier pour repartir d'une base neuve.",
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['ptce.db']);
  });

  it('refuses a text file and leaves it untouched', () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'Ordre du jour du CA\n');
    const error = captureStoreError(() => open(file));
    expect(error.code).toBe('not-a-database');
    expect(error.message.startsWith(`Le fichier « ${file} » n'est pas une base SQLite valide`)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('Ordre du jour du CA\n');
  });

  it('refuses a file with a SQLite header followed by garbage and leaves it untouched', () => {
    const file = path.join(dir, 'ptce.db');
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), garbage(4080)]);
    fs.writeFileSync(file, bytes);
    const error = captureStoreError(() => open(file));
    expect(error.code).toBe('not-a-database');
    expect(error.message.startsWith(`Le fichier « ${file} » n'est pas une base SQLite valide (`)).toBe(true);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a database whose pages are damaged and leaves it untouched', () => {
    const file = path.join(dir, 'ptce.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
    const insert = raw.prepare('INSERT INTO t VALUES (?)');
    raw.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`ligne ${i}`.repeat(5));
    })();
    raw.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    garbage(pageSize).copy(bytes, pageSize * 3);
    fs.writeFileSync(file, bytes);

    const error = captureStoreError(() => open(file));
    expect(error.code).toBe('not-a-database');
    expect(error.message.startsWith(`Le fichier « ${file} » n'est pas une base SQLite valide (`)).toBe(true);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a folder given as the database file', () => {
    const error = captureStoreError(() => open(dir));
    expect(error.code).toBe('cannot-open');
    expect(error.message.startsWith(`Impossible d'ouvrir la base « ${dir} » : `)).toBe(true);
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const file = path.join(dir, 'ptce.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x TEXT)');
    raw.pragma('user_version = 99');
    raw.close();
    const bytes = fs.readFileSync(file);

    const error = captureStoreError(() => open(file));
    expect(error.code).toBe('newer-schema');
    expect(error.message).toBe(
      `La base « ${file} » vient d'une version plus récente du bot (schéma v99, cette version connaît ` +
        `jusqu'à v${MIGRATIONS.length}). Elle n'a pas été modifiée : mettez le bot à jour.`,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
