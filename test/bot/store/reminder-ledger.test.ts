import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, reminderNonce, type Store } from '../../../packages/bot/src/store/index.js';

const t0 = new Date('2024-03-05T08:00:00.000Z');
const t1 = new Date('2024-03-05T08:00:02.000Z');
const t2 = new Date('2024-03-05T08:05:00.000Z');
const claim = { key: 'ca-2024-03-12:j-7:ca', fingerprint: '2024-03-12T18:00|planned', channelId: 'c1' };

let store: Store;

beforeEach(() => {
  store = openStore(':memory:');
});

afterEach(() => {
  store.close();
});

describe('claim', () => {
  it('gives the reminder to the first claimer only', () => {
    expect(store.claim('g1', claim, t0)).toBe(true);
    expect(store.claim('g1', claim, t1)).toBe(false);
    expect(store.claim('g1', { ...claim, channelId: 'c2' }, t1)).toBe(false);
    expect(store.ledger('g1')).toEqual([
      { key: claim.key, fingerprint: claim.fingerprint, state: 'claimed' },
    ]);
  });

  it('records the claim with the deterministic nonce, the channel and the time', () => {
    store.claim('g1', claim, t0);
    expect(store.ledgerRecord('g1', claim.key, claim.fingerprint)).toEqual({
      key: claim.key,
      fingerprint: claim.fingerprint,
      state: 'claimed',
      nonce: reminderNonce(claim.key, claim.fingerprint),
      channelId: 'c1',
      claimedAt: t0,
      attempts: 0,
      updatedAt: t0,
    });
  });

  it('keeps a nonce given by the caller', () => {
    store.claim('g1', { ...claim, nonce: 'explicit' }, t0);
    expect(store.ledgerRecord('g1', claim.key, claim.fingerprint)?.nonce).toBe('explicit');
  });

  it('treats a new fingerprint of the same key as a new reminder', () => {
    expect(store.claim('g1', claim, t0)).toBe(true);
    expect(store.claim('g1', { ...claim, fingerprint: '2024-03-19T18:00|planned' }, t1)).toBe(true);
    expect(store.ledgerFor('g1', claim.key).map((e) => e.fingerprint)).toEqual([
      '2024-03-12T18:00|planned',
      '2024-03-19T18:00|planned',
    ]);
  });

  it('keeps guilds apart', () => {
    expect(store.claim('g1', claim, t0)).toBe(true);
    expect(store.claim('g2', claim, t0)).toBe(true);
    store.markSent('g1', claim.key, claim.fingerprint, 'm1', t1);
    expect(store.ledger('g2')).toEqual([
      { key: claim.key, fingerprint: claim.fingerprint, state: 'claimed' },
    ]);
    expect(store.ledger('g3')).toEqual([]);
  });

  it('refuses a claim once the reminder was skipped or sent', () => {
    store.markSkipped('g1', claim.key, claim.fingerprint, 'réunion passée', t0);
    expect(store.claim('g1', claim, t1)).toBe(false);
    const other = { ...claim, key: 'ca-2024-03-12:veille:ca' };
    store.claim('g1', other, t0);
    store.markSent('g1', other.key, other.fingerprint, 'm1', t1);
    expect(store.claim('g1', other, t2)).toBe(false);
  });
});

describe('claim across two connections to one file', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets exactly one of two processes claim each reminder', () => {
    const file = path.join(dir, 'ptce.db');
    const first = openStore(file);
    const second = openStore(file);
    const winners: string[] = [];
    for (let i = 0; i < 50; i++) {
      const reminder = { ...claim, key: `ca-${i}:j-7:ca` };
      // Alternate who asks first, as two schedulers racing would.
      const [a, b] = i % 2 === 0 ? [first, second] : [second, first];
      const wonA = a.claim('g1', reminder, t0);
      const wonB = b.claim('g1', reminder, t0);
      expect([wonA, wonB]).toEqual([true, false]);
      winners.push(a === first ? 'first' : 'second');
    }
    expect(winners.filter((w) => w === 'first')).toHaveLength(25);
    expect(first.ledger('g1')).toHaveLength(50);
    expect(second.ledger('g1')).toEqual(first.ledger('g1'));
    first.close();
    second.close();
  });

  it("sees the other connection's sent mark", () => {
    const file = path.join(dir, 'ptce.db');
    const first = openStore(file);
    const second = openStore(file);
    first.claim('g1', claim, t0);
    first.markSent('g1', claim.key, claim.fingerprint, 'm1', t1);
    expect(second.claim('g1', claim, t2)).toBe(false);
    expect(second.unsentClaims('g1')).toEqual([]);
    first.close();
    second.close();
  });

  it('keeps an unsent claim after the process stops, for a resend with the same nonce', () => {
    const file = path.join(dir, 'ptce.db');
    const crashed = openStore(file);
    crashed.claim('g1', claim, t0);
    crashed.close();
    const restarted = openStore(file);
    expect(restarted.unsentClaims('g1').map((r) => [r.key, r.nonce])).toEqual([
      [claim.key, reminderNonce(claim.key, claim.fingerprint)],
    ]);
    restarted.close();
  });
});

describe('markSent', () => {
  it('marks a claimed reminder sent with its message id and time', () => {
    store.claim('g1', claim, t0);
    expect(store.markSent('g1', claim.key, claim.fingerprint, 'm1', t1)).toBe(true);
    expect(store.ledger('g1')).toEqual([
      { key: claim.key, fingerprint: claim.fingerprint, state: 'sent', messageId: 'm1' },
    ]);
    expect(store.ledgerRecord('g1', claim.key, claim.fingerprint)).toMatchObject({
      sentAt: t1,
      updatedAt: t1,
    });
    expect(store.unsentClaims('g1')).toEqual([]);
  });

  it('does nothing for an unclaimed, already sent or skipped reminder', () => {
    expect(store.markSent('g1', claim.key, claim.fingerprint, 'm1', t1)).toBe(false);
    expect(store.ledger('g1')).toEqual([]);
    store.claim('g1', claim, t0);
    store.markSent('g1', claim.key, claim.fingerprint, 'm1', t1);
    expect(store.markSent('g1', claim.key, claim.fingerprint, 'm2', t2)).toBe(false);
    expect(store.ledger('g1')[0]?.messageId).toBe('m1');
    store.markSkipped('g1', 'other', 'f', 'réunion annulée', t0);
    expect(store.markSent('g1', 'other', 'f', 'm3', t1)).toBe(false);
  });
});

describe('markSkipped', () => {
  it('records a skip for a reminder that was never claimed', () => {
    expect(store.markSkipped('g1', claim.key, claim.fingerprint, 'réunion passée', t0)).toBe(true);
    expect(store.ledgerRecord('g1', claim.key, claim.fingerprint)).toEqual({
      key: claim.key,
      fingerprint: claim.fingerprint,
      state: 'skipped',
      reason: 'réunion passée',
      nonce: reminderNonce(claim.key, claim.fingerprint),
      attempts: 0,
      updatedAt: t0,
    });
  });

  it('turns a claimed reminder into a skipped one', () => {
    store.claim('g1', claim, t0);
    expect(store.markSkipped('g1', claim.key, claim.fingerprint, 'réunion déplacée', t1)).toBe(true);
    expect(store.ledger('g1')).toEqual([
      { key: claim.key, fingerprint: claim.fingerprint, state: 'skipped', reason: 'réunion déplacée' },
    ]);
    expect(store.unsentClaims('g1')).toEqual([]);
  });

  it('leaves a sent reminder sent', () => {
    store.claim('g1', claim, t0);
    store.markSent('g1', claim.key, claim.fingerprint, 'm1', t1);
    expect(store.markSkipped('g1', claim.key, claim.fingerprint, 'réunion annulée', t2)).toBe(false);
    expect(store.ledger('g1')).toEqual([
      { key: claim.key, fingerprint: claim.fingerprint, state: 'sent', messageId: 'm1' },
    ]);
  });
});

describe('recordFailure', () => {
  it('counts failed sends and keeps the reminder claimed for a retry', () => {
    store.claim('g1', claim, t0);
    expect(store.recordFailure('g1', claim.key, claim.fingerprint, new Error('Missing Access'), t1)).toBe(1);
    expect(store.recordFailure('g1', claim.key, claim.fingerprint, 'délai dépassé', t2)).toBe(2);
    expect(store.unsentClaims('g1')).toEqual([
      {
        key: claim.key,
        fingerprint: claim.fingerprint,
        state: 'claimed',
        nonce: reminderNonce(claim.key, claim.fingerprint),
        channelId: 'c1',
        claimedAt: t0,
        attempts: 2,
        lastError: 'délai dépassé',
        updatedAt: t2,
      },
    ]);
  });

  it('returns 0 when no claimed reminder matches', () => {
    expect(store.recordFailure('g1', claim.key, claim.fingerprint, new Error('x'), t1)).toBe(0);
    store.claim('g1', claim, t0);
    store.markSent('g1', claim.key, claim.fingerprint, 'm1', t1);
    expect(store.recordFailure('g1', claim.key, claim.fingerprint, new Error('x'), t2)).toBe(0);
  });
});

describe('ledger views', () => {
  it('lists entries in claim order and filters them by key', () => {
    store.claim('g1', { ...claim, key: 'b' }, t0);
    store.claim('g1', { ...claim, key: 'a' }, t1);
    store.markSkipped('g1', 'a', 'older', 'réunion déplacée', t2);
    expect(store.ledger('g1').map((e) => `${e.key}/${e.state}`)).toEqual([
      'b/claimed',
      'a/claimed',
      'a/skipped',
    ]);
    expect(store.ledgerFor('g1', 'a')).toEqual([
      { key: 'a', fingerprint: claim.fingerprint, state: 'claimed' },
      { key: 'a', fingerprint: 'older', state: 'skipped', reason: 'réunion déplacée' },
    ]);
    expect(store.unsentClaims('g1').map((r) => r.key)).toEqual(['b', 'a']);
    expect(store.ledgerRecord('g1', 'missing', 'f')).toBeUndefined();
  });
});
