import { parseDataset } from '@ptce/core';
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventMirrorPlan } from '../../packages/bot/src/events/event-mirror-plan.js';
import { syncEvents } from '../../packages/bot/src/events/sync-events.js';
import { openStore, type Store } from '../../packages/bot/src/store/index.js';
import { FakeDiscord } from '../support/fake-discord.js';

const NOW = new Date('2026-12-01T08:00:00Z');
const silent = { debug() {}, info() {}, warn() {}, error() {} };

function dataset(meetings: string) {
  const r = parseDataset(`version: 1
ptce: { id: demo, name: PTCE Démo, territory: { name: Démo } }
sources: [{ id: doc, title: Doc, date: "2026" }]
bodies: [{ id: copil, name: Comité de pilotage, level: ptce, kind: committee, source: doc }]
meetings:
${meetings}`);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const base = `  - { id: copil-dec, body: copil, title: Comité de pilotage, start: "2026-12-15T14:00", end: "2026-12-15T17:00", place: Wallers, status: planned, agenda: [{ title: Bilan }] }
  - { id: copil-jan, body: copil, title: Comité de pilotage, start: "2027-01-19T14:00", status: planned }
  - { id: copil-mar, body: copil, title: Comité de pilotage, start: "2027-03-16T14:00", status: planned }
  - { id: copil-mois, body: copil, title: Comité de pilotage, start: "2027-01", status: planned }
`;

let fake: FakeDiscord;
let rest: REST;
let store: Store;

beforeEach(async () => {
  fake = await FakeDiscord.start({ now: () => NOW.getTime() });
  rest = new REST({ api: fake.apiUrl, retries: 1 }).setToken('test-token');
  store = openStore(':memory:');
});

afterEach(async () => {
  store.close();
  await fake.stop();
});

describe('Discord scheduled events mirror', () => {
  it('creates EXTERNAL events for the next 60 days of timed meetings', async () => {
    const report = await syncEvents(rest, fake.guild.id, store, dataset(base), NOW, silent);
    expect(report).toMatchObject({ created: 2, updated: 0, failed: 0 });
    const events = fake.scheduledEvents();
    expect(
      events.map((e) => [e.name, e.scheduled_start_time, e.entity_type, e.entity_metadata?.location]),
    ).toEqual([
      ['Comité de pilotage', '2026-12-15T13:00:00.000Z', 3, 'Wallers'],
      ['Comité de pilotage', '2027-01-19T13:00:00.000Z', 3, 'Lieu à préciser'],
    ]);
    expect(events[0]!.scheduled_end_time).toBe('2026-12-15T16:00:00.000Z');
    expect(events[0]!.description).toBe('Ordre du jour :\n• Bilan\nPTCE Démo\n(réf. copil-dec)');
  });

  it('is idempotent: a second pass changes nothing', async () => {
    await syncEvents(rest, fake.guild.id, store, dataset(base), NOW, silent);
    fake.clearRecords();
    const again = await syncEvents(rest, fake.guild.id, store, dataset(base), NOW, silent);
    expect(again).toMatchObject({ created: 0, updated: 0, cancelled: 0, deleted: 0 });
    expect(fake.requests()).toHaveLength(0);
  });

  it('updates a moved meeting and cancels a cancelled one', async () => {
    await syncEvents(rest, fake.guild.id, store, dataset(base), NOW, silent);
    const changed = base
      .replace('"2026-12-15T14:00", end: "2026-12-15T17:00"', '"2026-12-17T10:00", end: "2026-12-17T12:00"')
      .replace('start: "2027-01-19T14:00", status: planned', 'start: "2027-01-19T14:00", status: cancelled');
    const report = await syncEvents(rest, fake.guild.id, store, dataset(changed), NOW, silent);
    expect(report).toMatchObject({ updated: 1, cancelled: 1, created: 0 });
    const events = fake.scheduledEvents();
    expect(events.map((e) => [e.scheduled_start_time, e.status])).toEqual([
      ['2026-12-17T09:00:00.000Z', 1],
      ['2027-01-19T13:00:00.000Z', 4],
    ]);
  });

  it('creates no duplicate after a restart that lost the stored ids', async () => {
    await syncEvents(rest, fake.guild.id, store, dataset(base), NOW, silent);
    store.close();
    store = openStore(':memory:');
    const report = await syncEvents(rest, fake.guild.id, store, dataset(base), NOW, silent, { adopt: true });
    expect(report).toMatchObject({ adopted: 2, created: 0 });
    expect(fake.scheduledEvents()).toHaveLength(2);
  });

  it('keeps within Discord’s cap of 100 events per server', async () => {
    const many = Array.from({ length: 130 }, (_, i) => {
      const day = new Date(NOW.getTime() + (i % 55) * 86_400_000 + 86_400_000);
      const text = `${day.toISOString().slice(0, 10)}T${String(8 + Math.floor(i / 55)).padStart(2, '0')}:00`;
      return `  - { id: m${i}, body: copil, title: Réunion ${i}, start: "${text}", status: planned }`;
    }).join('\n');
    const ds = dataset(`${many}\n`);
    expect(eventMirrorPlan(ds, [], NOW).filter((a) => a.kind === 'create')).toHaveLength(100);
    const report = await syncEvents(rest, fake.guild.id, store, ds, NOW, silent);
    expect(report).toMatchObject({ created: 100, failed: 0 });
    expect(fake.scheduledEvents()).toHaveLength(100);
  });

  it('forgets an event deleted on Discord and recreates it', async () => {
    await syncEvents(rest, fake.guild.id, store, dataset(base), NOW, silent);
    const first = fake.scheduledEvents()[0]!;
    await rest.delete(`/guilds/${fake.guild.id}/scheduled-events/${first.id}`);
    const moved = base.replace(
      '"2026-12-15T14:00", end: "2026-12-15T17:00"',
      '"2026-12-16T14:00", end: "2026-12-16T17:00"',
    );
    await syncEvents(rest, fake.guild.id, store, dataset(moved), NOW, silent);
    const report = await syncEvents(rest, fake.guild.id, store, dataset(moved), NOW, silent);
    expect(report.created).toBe(1);
    expect(fake.scheduledEvents().map((e) => e.scheduled_start_time)).toContain('2026-12-16T13:00:00.000Z');
  });
});
