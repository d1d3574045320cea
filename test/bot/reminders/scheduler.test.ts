import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReminderScheduler } from '../../../packages/bot/src/reminders/scheduler.js';
import { cancelled, movedTo } from '../../../packages/bot/src/staff/meeting-edits.js';
import { openStore, type Store } from '../../../packages/bot/src/store/index.js';
import {
  BUREAU_CHANNEL,
  COMITE_CHANNEL,
  demoDataset,
  GUILD,
  ManualClock,
  RecordingSender,
  ROLE,
  STAFF_CHANNEL,
  silentLogger,
  withOverlay,
} from './scheduler-fixture.js';

let store: Store;
let clock: ManualClock;
let sender: RecordingSender;
let scheduler: ReminderScheduler;
const base = demoDataset();

beforeEach(() => {
  store = openStore(':memory:');
  store.setRoute(GUILD, { target: 'comite', channelId: COMITE_CHANNEL, roleId: ROLE });
  store.setRoute(GUILD, { target: 'bureau', channelId: BUREAU_CHANNEL });
  clock = new ManualClock(Date.parse('2026-03-20T08:00:00Z'));
  sender = new RecordingSender();
  scheduler = new ReminderScheduler({
    guildId: GUILD,
    store,
    dataset: () => withOverlay(base, store),
    clock,
    sender,
    logger: silentLogger,
    staffChannelId: STAFF_CHANNEL,
  });
});

afterEach(() => store.close());

describe('ReminderScheduler', () => {
  it('sends the J-7 reminder at 09:00 Paris, once, with the role and no other mention', async () => {
    clock.set('2026-03-23T07:59:00Z');
    expect((await scheduler.tick()).sent).toBe(0);
    clock.set('2026-03-23T08:00:30Z');
    const report = await scheduler.tick();
    expect(report).toMatchObject({ sent: 1, late: 0, failed: 0 });
    expect(sender.sent.map((s) => s.channelId)).toEqual([COMITE_CHANNEL]);
    const { content, allowedRoleIds } = sender.sent[0]!.message;
    expect(content.split('\n').slice(0, 3)).toEqual([
      '🔔 **Rappel — Comité de coopération**',
      '📅 lundi 30 mars 2026 à 18 h (<t:1774886400:F>, <t:1774886400:R>)',
      '📍 Salle des fêtes, Arras',
    ]);
    expect(content).toContain('• Feuille de route @\u200beveryone');
    expect(content.endsWith(`<@&${ROLE}>`)).toBe(true);
    expect(allowedRoleIds).toEqual([ROLE]);
    expect((await scheduler.tick()).sent).toBe(0);
    expect(sender.sent).toHaveLength(1);
  });

  it('keeps « la veille à 9 h » at 09:00 local on the day of the spring DST change', async () => {
    // 29 March 2026 is the switch to summer time: 09:00 Paris is 07:00 UTC, not 08:00.
    clock.set('2026-03-23T08:00:30Z');
    await scheduler.tick();
    clock.set('2026-03-29T06:59:00Z');
    expect((await scheduler.tick()).sent).toBe(0);
    clock.set('2026-03-29T07:00:30Z');
    expect((await scheduler.tick()).sent).toBe(1);
    expect(store.ledger(GUILD).map((e) => [e.key, e.state])).toEqual([
      ['comite-mars/j-7/223456789012345678', 'sent'],
      ['comite-mars/veille/223456789012345678', 'sent'],
    ]);
    expect(store.decisions(GUILD).filter((d) => d.decision === 'sent')).toHaveLength(2);
  });

  it('sends a missed reminder late, saying so, when the meeting is still ahead', async () => {
    clock.set('2026-03-25T10:00:00Z');
    const report = await scheduler.tick();
    expect(report).toMatchObject({ sent: 0, late: 1 });
    expect(sender.sent[0]!.message.content).toContain(
      '_(rappel envoyé en retard : prévu 7 jours avant à 9 h)_',
    );
  });

  it('records a missed reminder as skipped when its meeting has passed, and sends nothing', async () => {
    clock.set('2026-03-31T10:00:00Z');
    const report = await scheduler.tick();
    expect(report.sent + report.late).toBe(0);
    expect(sender.sent).toHaveLength(0);
    const skipped = store.ledger(GUILD).filter((e) => e.key.startsWith('comite-mars/'));
    expect(skipped.map((e) => [e.key, e.state, e.reason])).toEqual([
      ['comite-mars/j-7/223456789012345678', 'skipped', 'meeting-passed'],
      ['comite-mars/veille/223456789012345678', 'skipped', 'meeting-passed'],
    ]);
  });

  it('records the skips of a pass in one commit, and each send with its log line in one', async () => {
    const writes: string[][] = [];
    let open: string[] | undefined;
    const track =
      <A extends unknown[], R>(name: string, method: (...args: A) => R) =>
      (...args: A): R => {
        if (open) open.push(name);
        else writes.push([name]);
        return method(...args);
      };
    const counted: Store = {
      ...store,
      inTransaction: (work) => {
        open = [];
        try {
          return store.inTransaction(work);
        } finally {
          writes.push(open);
          open = undefined;
        }
      },
      markSkipped: track('markSkipped', store.markSkipped),
      markSent: track('markSent', store.markSent),
      claim: track('claim', store.claim),
      logDecision: track('logDecision', store.logDecision),
    };
    const counting = new ReminderScheduler({
      guildId: GUILD,
      store: counted,
      dataset: () => withOverlay(base, store),
      clock,
      sender,
      logger: silentLogger,
    });
    clock.set('2026-03-31T10:00:00Z');
    expect((await counting.tick()).skipped).toBe(2);
    expect(writes).toEqual([['markSkipped', 'logDecision', 'markSkipped', 'logDecision']]);
    writes.length = 0;
    clock.set('2026-04-07T07:00:30Z');
    expect((await counting.tick()).sent).toBe(1);
    expect(writes).toEqual([['claim'], ['markSent', 'logDecision']]);
  });

  it('never sends the old reminders of a moved meeting, and plans fresh ones', async () => {
    clock.set('2026-03-23T08:00:30Z');
    await scheduler.tick();
    expect(sender.sent).toHaveLength(1);
    store.updateMeeting(GUILD, 'comite-mars', movedTo('2026-04-07T18:00'), {
      base: base.meetingById.get('comite-mars')!,
    });
    clock.set('2026-03-29T07:00:30Z');
    expect((await scheduler.tick()).sent).toBe(0);
    clock.set('2026-03-31T07:00:30Z');
    expect((await scheduler.tick()).sent).toBe(1);
    expect(sender.sent[1]!.message.content).toContain('mardi 7 avril 2026 à 18 h');
  });

  it('announces a cancellation in the channels that were reminded, once', async () => {
    clock.set('2026-03-23T08:00:30Z');
    await scheduler.tick();
    store.updateMeeting(GUILD, 'comite-mars', cancelled, { base: base.meetingById.get('comite-mars')! });
    clock.set('2026-03-24T08:00:00Z');
    const report = await scheduler.tick();
    expect(report.cancellations).toBe(1);
    expect(sender.sent[1]!.message.content.split('\n')[0]).toBe(
      '❌ **Réunion annulée — Comité de coopération**',
    );
    clock.set('2026-03-29T07:00:30Z');
    const again = await scheduler.tick();
    expect(again.cancellations + again.sent).toBe(0);
    expect(sender.sent).toHaveLength(2);
  });

  it('keeps going when one channel fails, tells staff once, and retries with backoff', async () => {
    store.updateMeeting(GUILD, 'bureau-avril', movedTo('2026-03-30T09:30'), {
      base: base.meetingById.get('bureau-avril')!,
    });
    sender.failing.add(COMITE_CHANNEL);
    clock.set('2026-03-23T08:00:30Z');
    const first = await scheduler.tick();
    expect(first).toMatchObject({ sent: 1, failed: 1 });
    expect(sender.sent.map((s) => s.channelId)).toEqual([BUREAU_CHANNEL, STAFF_CHANNEL]);
    expect(sender.sent[1]!.message.content).toContain(`<#${COMITE_CHANNEL}>`);
    clock.set('2026-03-23T08:01:00Z');
    expect((await scheduler.tick()).failed).toBe(0);
    sender.failing.delete(COMITE_CHANNEL);
    clock.set('2026-03-23T08:02:00Z');
    const retried = await scheduler.tick();
    expect(retried.late + retried.sent).toBe(1);
    expect(sender.sent.filter((s) => s.channelId === STAFF_CHANNEL)).toHaveLength(1);
  });

  it('resends a reminder claimed before a crash with the same nonce', async () => {
    clock.set('2026-03-23T08:00:30Z');
    const meeting = withOverlay(base, store).meetingById.get('comite-mars')!;
    const { meetingFingerprint } = await import('@ptce/core');
    const { reminderNonce } = await import('../../../packages/bot/src/store/index.js');
    const key = `comite-mars/j-7/${COMITE_CHANNEL}`;
    const fp = meetingFingerprint(meeting);
    store.claim(
      GUILD,
      { key, fingerprint: fp, channelId: COMITE_CHANNEL, nonce: reminderNonce(key, fp) },
      clock.now(),
    );
    const report = await scheduler.tick();
    expect(report.sent).toBe(1);
    expect(sender.sent[0]!.nonce).toBe(reminderNonce(key, fp));
    expect(store.ledgerFor(GUILD, key)[0]!.state).toBe('sent');
  });
});

describe('ReminderScheduler and a database locked by another program', () => {
  it('ends the pass on the lock, keeps the claim, and sends the reminder once after the release', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-lock-'));
    const file = path.join(dir, 'ptce.db');
    const fileStore = openStore(file);
    const holder = new Database(file);
    try {
      fileStore.setRoute(GUILD, { target: 'comite', channelId: COMITE_CHANNEL, roleId: ROLE });
      // Another program takes the write lock while the message is on its way to Discord.
      let lockOnce = true;
      const lockingSender = {
        send: async (...args: Parameters<RecordingSender['send']>) => {
          const id = await sender.send(...args);
          if (lockOnce) holder.exec('BEGIN IMMEDIATE');
          lockOnce = false;
          return id;
        },
      };
      const locked = new ReminderScheduler({
        guildId: GUILD,
        store: fileStore,
        dataset: () => withOverlay(base, fileStore),
        clock,
        sender: lockingSender,
        logger: silentLogger,
        staffChannelId: STAFF_CHANNEL,
      });
      clock.set('2026-03-23T08:00:30Z');
      await expect(locked.tick()).rejects.toMatchObject({ code: 'locked', path: file });
      expect(fileStore.ledger(GUILD).map((e) => e.state)).toEqual(['claimed']);
      holder.exec('ROLLBACK');
      holder.close();
      clock.set('2026-03-23T08:00:35Z');
      expect(await locked.tick()).toMatchObject({ sent: 1, failed: 0 });
      expect(sender.sent.map((s) => s.channelId)).toEqual([COMITE_CHANNEL]);
      expect(fileStore.ledger(GUILD).map((e) => e.state)).toEqual(['sent']);
    } finally {
      if (holder.open) holder.close();
      fileStore.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
