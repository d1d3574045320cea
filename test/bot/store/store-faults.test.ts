import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openStore,
  retryWhileLocked,
  type Store,
  StoreError,
} from '../../../packages/bot/src/store/index.js';
import { captureStoreError } from './capture-store-error.js';

let dir: string;
const cleanups: (() => void)[] = [];
const now = new Date('2026-03-24T08:00:00Z');
const claim = { key: 'ca-2026-03/j-7/456', fingerprint: 'f1', channelId: '456' };

function open(file: string, options?: Parameters<typeof openStore>[1]): Store {
  const store = openStore(file, options);
  cleanups.push(() => store.close());
  return store;
}

/** Another program's connection to the file (same process; SQLite's locks work across connections). */
function otherProgram(file: string, pragmas: string[] = []): Database.Database {
  const db = new Database(file);
  for (const pragma of pragmas) db.pragma(pragma);
  cleanups.push(() => db.close());
  return db;
}

/** A tmpfs of a few hundred KB, when this machine lets the tests mount one (root). */
function tinyFilesystem(sizeKb: number): { dir: string; remount(mode: 'ro' | 'rw'): void } | undefined {
  const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-tiny-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', mountPoint], { stdio: 'ignore' });
  } catch {
    fs.rmSync(mountPoint, { recursive: true, force: true });
    return undefined;
  }
  cleanups.push(() => {
    execFileSync('umount', [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });
  return {
    dir: mountPoint,
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, mountPoint], { stdio: 'ignore' }),
  };
}

const canMount = (() => {
  if (process.platform !== 'linux') return false;
  try {
    const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-probe-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
      execFileSync('umount', [probe]);
      return true;
    } finally {
      fs.rmSync(probe, { recursive: true, force: true });
    }
  } catch {
    return false;
  }
})();

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-faults-'));
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a database locked by another program', () => {
  it('is called locked, never corrupt, and opens once the lock is released', () => {
    const file = path.join(dir, 'ptce.db');
    openStore(file).close();
    const holder = otherProgram(file, ['locking_mode = EXCLUSIVE']);
    holder.exec('BEGIN EXCLUSIVE');
    holder.prepare('INSERT INTO reminder_routes VALUES (?, ?, ?, NULL, ?)').run('g1', '*', '456', 'x');
    const error = captureStoreError(() => openStore(file, { lockWaitMs: 100 }));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(
      `La base « ${file} » est verrouillée par un autre programme (un autre bot, ou sqlite3 ou DB Browser ` +
        'resté ouvert) : fermez-le. Le bot réessaie de lui-même ; le fichier est sain, ne le déplacez pas.',
    );
    holder.exec('COMMIT');
    holder.close();
    expect(open(file).listRoutes('g1')).toEqual([{ target: '*', channelId: '456' }]);
  });

  it('opens an up-to-date database while another program holds its write lock', () => {
    const file = path.join(dir, 'ptce.db');
    openStore(file).close();
    const holder = otherProgram(file);
    holder.exec('BEGIN IMMEDIATE');
    const store = open(file, { lockWaitMs: 100 });
    expect(store.routesFor('g1', 'ca')).toEqual([]);
    holder.exec('ROLLBACK');
  });

  it('reports a migration blocked by the lock as a lock, not as a failed migration', () => {
    const file = path.join(dir, 'ptce.db');
    const holder = otherProgram(file, ['journal_mode = WAL']);
    holder.exec('BEGIN IMMEDIATE');
    expect(captureStoreError(() => openStore(file, { lockWaitMs: 100 })).code).toBe('locked');
    holder.exec('ROLLBACK');
  });

  it('fails a write fast with a French lock error; the reminder stays claimable once released', () => {
    const file = path.join(dir, 'ptce.db');
    const store = open(file);
    const holder = otherProgram(file);
    holder.exec('BEGIN IMMEDIATE');
    const error = captureStoreError(() => store.claim('g1', claim, now));
    expect([error.code, error.path]).toEqual(['locked', file]);
    expect(store.ledger('g1')).toEqual([]);
    holder.exec('ROLLBACK');
    expect(store.claim('g1', claim, now)).toBe(true);
  });

  it('retries a locked write without blocking until the lock is released', async () => {
    const file = path.join(dir, 'ptce.db');
    const store = open(file);
    const holder = otherProgram(file);
    holder.exec('BEGIN IMMEDIATE');
    const pauses: number[] = [];
    const claimed = await retryWhileLocked(() => store.claim('g1', claim, now), {
      sleep: async (ms) => {
        pauses.push(ms);
        if (pauses.length === 3) holder.exec('ROLLBACK');
      },
    });
    expect([claimed, pauses]).toEqual([true, [100, 200, 400]]);
  });

  it('gives up with the lock error once the pauses are spent', async () => {
    const file = path.join(dir, 'ptce.db');
    const store = open(file);
    otherProgram(file).exec('BEGIN IMMEDIATE');
    const attempt = retryWhileLocked(() => store.claim('g1', claim, now), {
      delaysMs: [1, 1],
      sleep: async () => {},
    });
    await expect(attempt).rejects.toMatchObject({ code: 'locked' });
  });
});

describe.skipIf(!canMount)('a full disk and a read-only folder', () => {
  it('names the file and the fix when the disk is full, and loses nothing', () => {
    const tiny = tinyFilesystem(512)!;
    const file = path.join(tiny.dir, 'ptce.db');
    const store = open(file);
    expect(store.claim('g1', claim, now)).toBe(true);
    const filler = path.join(tiny.dir, 'filler');
    try {
      fs.writeFileSync(filler, Buffer.alloc(1024 * 1024));
    } catch {
      // ENOSPC: the disk is full, which is the point.
    }
    let error: StoreError | undefined;
    for (let i = 0; i < 500 && !error; i++) {
      try {
        store.logDecision('g1', { key: `k${i}`, decision: 'sent', reason: 'x'.repeat(4000), at: now });
      } catch (caught) {
        if (!(caught instanceof StoreError)) throw caught;
        error = caught;
      }
    }
    expect(error?.code).toBe('disk-full');
    expect(error?.message).toBe(
      `Le disque de la base « ${file} » est plein : libérez de la place sur ce disque. Rien n'a été perdu : ` +
        "ce qui n'a pas pu être enregistré le sera dès qu'il y aura de la place.",
    );
    const next = { ...claim, key: 'ca-2026-03/veille/456' };
    expect(captureStoreError(() => store.claim('g1', next, now)).code).toBe('disk-full');
    fs.rmSync(filler);
    expect(store.claim('g1', next, now)).toBe(true);
    expect(store.ledger('g1').map((e) => [e.key, e.state])).toEqual([
      [claim.key, 'claimed'],
      [next.key, 'claimed'],
    ]);
  });

  it('names the file, its folder and the fix when the folder is read-only', () => {
    const tiny = tinyFilesystem(512)!;
    const file = path.join(tiny.dir, 'ptce.db');
    const first = openStore(file);
    first.claim('g1', claim, now);
    first.close();
    tiny.remount('ro');
    const error = captureStoreError(() => openStore(file));
    expect(error.code).toBe('read-only');
    expect(error.message).toBe(
      `La base « ${file} » est en lecture seule : le bot doit pouvoir écrire dans ce fichier et dans son ` +
        `dossier « ${tiny.dir} » (il y tient aussi ses journaux -wal et -shm). Donnez-lui ce ` +
        "droit (propriétaire, chmod, ou montage en lecture-écriture) ; rien n'a été perdu.",
    );
    tiny.remount('rw');
    expect(
      open(file)
        .ledger('g1')
        .map((e) => e.state),
    ).toEqual(['claimed']);
  });
});
