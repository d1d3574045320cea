import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyBackups } from '../../../packages/bot/src/backups/daily-backups.js';
import type { Clock, ClockTimer } from '../../../packages/bot/src/clock.js';
import { ReminderScheduler } from '../../../packages/bot/src/reminders/scheduler.js';
import {
  backupDatabase,
  MIGRATIONS,
  openStore,
  restoreDatabase,
  type Store,
  StoreError,
} from '../../../packages/bot/src/store/index.js';
import { runCli } from '../cli-support.js';
import {
  COMITE_CHANNEL,
  demoDataset,
  GUILD,
  ManualClock,
  RecordingSender,
  silentLogger,
  withOverlay,
} from '../reminders/scheduler-fixture.js';

let dir: string;
const stores: Store[] = [];
const base = demoDataset();

function open(file: string): Store {
  const store = openStore(file);
  stores.push(store);
  return store;
}

async function refusal(run: () => Promise<unknown>): Promise<StoreError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-backup-'));
});

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup during a burst of reminder claims', () => {
  it('restores to a consistent state in which no reminder is sent twice after the restart', async () => {
    const file = path.join(dir, 'ptce.sqlite');
    const backup = path.join(dir, 'sauvegardes', 'ptce.sqlite');
    const store = open(file);
    store.setRoute(GUILD, { target: 'comite', channelId: COMITE_CHANNEL });
    const comite = base.meetingById.get('comite-mars')!;
    for (let i = 0; i < 40; i++) store.upsertMeeting(GUILD, { ...comite, id: `comite-mars-${i}` });
    const clock = new ManualClock(Date.parse('2026-03-23T08:00:30Z'));
    // Discord: a resend with a nonce it has seen gives back the message already posted.
    const discord = new RecordingSender();
    let backingUp: Promise<unknown> | undefined;
    const sender = {
      async send(...args: Parameters<RecordingSender['send']>) {
        const id = await discord.send(...args);
        if (discord.sent.length === 15) backingUp ??= backupDatabase(file, backup);
        // Let the backup's steps run between two sends, as they do beside real network calls.
        await new Promise((resolve) => setImmediate(resolve));
        return id;
      },
    };
    const scheduler = (s: Store) =>
      new ReminderScheduler({
        guildId: GUILD,
        store: s,
        dataset: () => withOverlay(base, s),
        clock,
        sender,
        logger: silentLogger,
      });
    expect((await scheduler(store).tick()).sent).toBe(41);
    await backingUp;
    const snapshot = new Database(backup, { readonly: true });
    const states = snapshot.prepare('SELECT state FROM reminder_ledger').pluck().all() as string[];
    snapshot.close();
    expect(states.length).toBeGreaterThanOrEqual(15);
    expect(states.length).toBeLessThan(41);

    store.close();
    stores.length = 0;
    const restored = await restoreDatabase(backup, file, new Date('2026-03-23T08:01:00Z'));
    expect(restored).toEqual({
      fromVersion: MIGRATIONS.length,
      version: MIGRATIONS.length,
      previous: `${file}.avant-restauration-2026-03-23T08-01-00.000Z`,
    });
    const after = open(file);
    expect(after.ledger(GUILD).length).toBe(states.length);
    clock.set('2026-03-23T08:00:40Z');
    await scheduler(after).tick();
    expect(discord.sent).toHaveLength(41);
    expect(new Set(discord.sent.map((s) => s.nonce)).size).toBe(41);
    const ledger = after.ledger(GUILD);
    expect(ledger.map((e) => e.state)).toEqual(Array(41).fill('sent'));
    const firstIds = new Map(discord.sent.map((s) => [s.nonce, s.id]));
    for (const entry of ledger) {
      expect(entry.messageId).toBe(
        firstIds.get(after.ledgerRecord(GUILD, entry.key, entry.fingerprint)!.nonce),
      );
    }
  });
});

describe('restoreDatabase', () => {
  it('refuses what is not a valid backup and leaves both files untouched', async () => {
    const file = path.join(dir, 'ptce.sqlite');
    open(file).setRoute(GUILD, { target: '*', channelId: '456' });
    stores.splice(0).forEach((s) => s.close());
    const before = fs.readFileSync(file);
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'pas une base');
    const empty = path.join(dir, 'vide.sqlite');
    new Database(empty).exec('CREATE TABLE t (x)');
    const newer = path.join(dir, 'future.sqlite');
    openStore(newer).close();
    const future = new Database(newer);
    future.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    future.close();
    const now = new Date('2026-03-23T08:00:00Z');
    expect((await refusal(() => restoreDatabase(text, file, now))).message).toBe(
      `« ${text} » n'est pas une sauvegarde valide de la base du bot (en-tête SQLite absent). Rien n'a été modifié.`,
    );
    expect((await refusal(() => restoreDatabase(empty, file, now))).message).toBe(
      `« ${empty} » n'est pas une sauvegarde valide de la base du bot (aucune table du bot). Rien n'a été modifié.`,
    );
    const tooNew = await refusal(() => restoreDatabase(newer, file, now));
    expect([tooNew.code, tooNew.message]).toEqual([
      'newer-schema',
      `La sauvegarde « ${newer} » vient d'une version plus récente du bot (schéma v${MIGRATIONS.length + 1}, cette version ` +
        `connaît jusqu'à v${MIGRATIONS.length}) : mettez le bot à jour avant de la restaurer. Rien n'a été modifié.`,
    ]);
    expect(fs.readFileSync(text, 'utf8')).toBe('pas une base');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['future.sqlite', 'notes.txt', 'ptce.sqlite', 'vide.sqlite']);
  });

  it('restores an older-schema backup and migrates it, keeping its rows', async () => {
    const old = path.join(dir, 'v1.sqlite');
    const db = new Database(old);
    db.exec(MIGRATIONS[0]!.sql);
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO reminder_routes VALUES ('g1', '*', '456', NULL, 'x')").run();
    db.close();
    const file = path.join(dir, 'data', 'ptce.sqlite');
    fs.mkdirSync(path.dirname(file));
    expect(await restoreDatabase(old, file, new Date())).toEqual({
      fromVersion: 1,
      version: MIGRATIONS.length,
    });
    const store = open(file);
    expect([store.schemaVersion, store.listRoutes('g1')]).toEqual([
      MIGRATIONS.length,
      [{ target: '*', channelId: '456' }],
    ]);
  });
});

describe('ptce backup and ptce restore', () => {
  it('backs up the PTCE_DB database and restores it, in French', async () => {
    const file = path.join(dir, 'ptce.sqlite');
    open(file).setRoute(GUILD, { target: '*', channelId: '456' });
    const out = path.join(dir, 'copie.sqlite');
    expect(await runCli(['backup', '--out', out], { PTCE_DB: file })).toEqual({
      code: 0,
      out: `✓ Base « ${file} » sauvegardée dans « ${out} » (schéma v${MIGRATIONS.length}).\n`,
      err: '',
    });
    stores[0]!.removeRoute(GUILD, '*');
    stores.splice(0).forEach((s) => s.close());
    const restored = await runCli(['restore', out, '--db', file]);
    expect([restored.code, restored.err]).toEqual([0, '']);
    expect(restored.out).toMatch(
      new RegExp(
        `^✓ Sauvegarde « ${out} » \\(schéma v${MIGRATIONS.length}\\) restaurée dans « ${file} » \\(schéma v${MIGRATIONS.length}\\)\\. L'ancienne base est gardée dans « ${file}\\.avant-restauration-.+ »\\.\\n$`,
      ),
    );
    expect(open(file).listRoutes(GUILD)).toEqual([{ target: '*', channelId: '456' }]);
  });

  it('says so when there is no database to back up', async () => {
    const file = path.join(dir, 'absente.sqlite');
    expect(await runCli(['backup', '--db', file])).toEqual({
      code: 1,
      out: '',
      err: `La base « ${file} » n'existe pas : rien à sauvegarder.\n`,
    });
  });
});

class TimerClock implements Clock {
  readonly speed = 1;
  readonly waits: number[] = [];
  constructor(private readonly t: number) {}
  now(): Date {
    return new Date(this.t);
  }
  setTimeout(_fn: () => void, ms: number): ClockTimer {
    this.waits.push(ms);
    return { done: false };
  }
  clearTimeout(): void {}
  async sleep(): Promise<void> {}
}

describe('DailyBackups', () => {
  it('backs up at once when the newest backup is a day old, and keeps the newest N', async () => {
    const file = path.join(dir, 'ptce.sqlite');
    open(file);
    const folder = path.join(dir, 'sauvegardes');
    fs.mkdirSync(folder);
    for (const day of ['01', '02', '03'])
      fs.writeFileSync(path.join(folder, `ptce-2026-12-${day}T03-00-00Z.sqlite`), '');
    fs.writeFileSync(path.join(folder, 'autre.txt'), '');
    const clock = new TimerClock(Date.parse('2026-12-04T09:00:00Z'));
    const job = new DailyBackups({ dbPath: file, dir: folder, keep: 2, clock, logger: silentLogger });
    job.start();
    expect(clock.waits).toEqual([0]);
    expect(await job.runOnce()).toBe(path.join(folder, 'ptce-2026-12-04T09-00-00Z.sqlite'));
    expect(fs.readdirSync(folder).sort()).toEqual([
      'autre.txt',
      'ptce-2026-12-03T03-00-00Z.sqlite',
      'ptce-2026-12-04T09-00-00Z.sqlite',
    ]);
    await job.stop();
    const fresh = new DailyBackups({ dbPath: file, dir: folder, keep: 2, clock, logger: silentLogger });
    fresh.start();
    expect(clock.waits).toEqual([0, 24 * 3600 * 1000]);
    await fresh.stop();
  });
});
