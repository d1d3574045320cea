import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BotHarness, embedOf, startHarness } from '../bot/discord/e2e-harness.js';

const require = createRequire(import.meta.url);
const SQLITE = require.resolve('better-sqlite3');
const RAPPEL = '🔔 **Rappel — Conseil de coopération**';

let h: BotHarness;
let guild: string;

beforeAll(async () => {
  h = await startHarness({
    env: () => ({ PTCE_CLOCK: '2026-11-23T10:00:00+01:00x10' }),
    // A deferred change may be answered once the lock is gone, up to 15 minutes later on Discord.
    fake: { waitTimeoutMs: 20_000 },
  });
  guild = h.fake.guild.id;
});
afterAll(async () => {
  await h?.stop();
});

/** Another program that holds the database's write lock for `ms`, then lets go. */
function lockHolder(file: string, ms: number) {
  const script = `
    const Database = require(${JSON.stringify(SQLITE)});
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('ROLLBACK');
    db.close();
    process.stdout.write('released\\n');`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const state = { locked: false, released: false };
  const locked = new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.includes('locked')) state.locked = true;
      if (chunk.includes('released')) state.released = true;
      if (state.locked) resolve();
    }),
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { state, locked, exited };
}

const localMinute = (ms: number) =>
  new Date(Math.ceil(ms / 60_000) * 60_000 + 3_600_000).toISOString().slice(0, 16);

describe('a write lock held by another program for 10 s', () => {
  it('answers every interaction, and sends the reminder due meanwhile once, after the release', async () => {
    const store = h.bot.store;
    const general = h.fake.channel('général').id;
    store.setRoute(guild, { target: 'conseil-cooperation', channelId: general });
    // The « 2 heures avant » reminder falls 3 to 9 s (real) from now: inside the lock.
    const now = h.bot.services.clock.now().getTime();
    const start = localMinute(now + 2 * 3_600_000 + 30_000);
    store.upsertMeeting(guild, {
      id: 'cocoop-verrou',
      body: 'conseil-cooperation',
      title: 'Conseil de coopération',
      start,
      status: 'planned',
    } as never);
    const holder = lockHolder(store.path, 10_000);
    await holder.locked;

    const staff = h.fake.user('alice').id;
    const next = await h.fake.sendInteraction({
      name: 'prochain',
      options: { instance: 'conseil-cooperation' },
    }).response;
    const routes = await h.fake.sendInteraction({ name: 'rappels', subcommand: 'liste', userId: staff })
      .response;
    expect(holder.state.released).toBe(false);
    expect(embedOf(next).title).toBe('Prochaine réunion : Conseil de coopération');
    expect(embedOf(routes).title).toBe('Salons de rappel');
    const agenda = h.fake.sendInteraction({
      name: 'reunion',
      subcommand: 'ordre-du-jour',
      userId: staff,
      options: { reunion: 'cocoop-verrou', points: 'Accueil ; Budget' },
    }).response;

    const reminders = () => h.fake.messagesIn(general).filter((m) => m.content.startsWith(RAPPEL));
    let duringLock = 0;
    while (!holder.state.released) {
      duringLock = Math.max(duringLock, reminders().length);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The reminder fell due while the lock was held, and did not go out then.
    const dueAt = Date.parse(`${start}:00+01:00`) - 2 * 3_600_000;
    expect(dueAt).toBeLessThan(h.bot.services.clock.now().getTime());
    expect(duringLock).toBe(0);
    await holder.exited;
    expect(embedOf(await agenda).title).toBe('Ordre du jour enregistré');
    await vi.waitFor(() => expect(reminders()).toHaveLength(1), { timeout: 15_000, interval: 100 });
    // Two more retry periods: still one.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(reminders()).toHaveLength(1);
    expect(
      store
        .ledger(guild)
        .filter((e) => e.key.startsWith('cocoop-verrou/'))
        .map((e) => [e.key.split('/')[1], e.state]),
    ).toEqual([
      ['j-14', 'skipped'],
      ['deux-heures', 'sent'],
    ]);
  }, 60_000);
});
