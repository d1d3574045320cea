import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDataset, type Dataset, type Meeting, parseDataset } from '@ptce/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/bench-math.js';
import { overlaidDataset } from '../../packages/bot/src/data/overlaid-dataset.js';
import {
  cancelled,
  movedTo,
  withAgenda,
  withMinutesUrl,
} from '../../packages/bot/src/staff/meeting-edits.js';
import { openStore, overlayMeetings, type Store } from '../../packages/bot/src/store/index.js';

const text = fs.readFileSync(new URL('../../packages/core/data/auton-hommes.yaml', import.meta.url), 'utf8');
const parsed = parseDataset(text);
if (!parsed.ok) throw new Error('auton-hommes.yaml is invalid');
const base = parsed.value;
const GUILD = '111111111111111111';
const OTHER = '222222222222222222';
const t0 = new Date('2026-01-05T10:00:00Z');

/** Every field of a dataset as plain data, maps and typed arrays as arrays in their order. */
function plain(value: unknown): unknown {
  if (value instanceof Float64Array) return [...value];
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    if (Symbol.iterator in value) return [...(value as Iterable<unknown>)].map(plain);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** What a full rebuild from the store gives, as the bot built it before: the whole overlay over the file. */
function fullRebuild(store: Store, guild: string): Dataset {
  const overlay = store.listMeetings(guild).map((s) => s.meeting);
  return overlay.length === 0
    ? base
    : buildDataset({ ...base.file, meetings: overlayMeetings(base.file.meetings, overlay) });
}

/** The store, counting the whole-overlay reads the overlaid dataset makes. */
function counting(store: Store): { store: Store; snapshots: () => number } {
  let snapshots = 0;
  return {
    store: {
      ...store,
      overlaySnapshot: (guild: string) => {
        snapshots++;
        return store.overlaySnapshot(guild);
      },
    },
    snapshots: () => snapshots,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One random staff change, as the bot's commands make them, through either shard's store. */
function randomChange(store: Store, random: () => number, serial: number): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const overlay = store.listMeetings(GUILD).map((s) => s.meeting);
  const day = `${2023 + Math.floor(random() * 4)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const kind = Math.floor(random() * 6);
  const target = pick([...overlay, ...base.file.meetings]);
  const options = { base: base.meetingById.get(target.id), now: t0 };
  if (kind === 0) store.updateMeeting(GUILD, target.id, cancelled, options);
  else if (kind === 1) store.updateMeeting(GUILD, target.id, movedTo(pick([day, `${day}T18:30`])), options);
  else if (kind === 2)
    store.updateMeeting(GUILD, target.id, withAgenda([{ title: `Point ${serial}` }]), options);
  else if (kind === 3)
    store.updateMeeting(GUILD, target.id, withMinutesUrl(`https://example.org/cr-${serial}.pdf`), options);
  else if (kind === 4 && overlay.length > 0) store.deleteMeeting(GUILD, pick(overlay).id);
  else {
    const added: Meeting = {
      id: `${day}-${pick(base.bodies).id}-${serial}`,
      body: pick(base.bodies).id,
      title: 'Réunion planifiée sur Discord',
      kind: 'meeting',
      start: `${day}T${pad(8 + Math.floor(random() * 10))}:00`,
      agenda: [],
      status: 'planned',
    };
    store.upsertMeeting(GUILD, added, t0);
  }
}

let dir: string;
let stores: Store[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptce-'));
  const file = path.join(dir, 'ptce.db');
  stores = [openStore(file), openStore(file)];
});

afterEach(() => {
  for (const store of stores) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('overlaidDataset', () => {
  it('is the file dataset itself while the overlay is empty', () => {
    expect(overlaidDataset(base, stores[0]!, GUILD)).toBe(base);
  });

  it('gives what a full rebuild gives, applying only what changed, on random edits from two shards', () => {
    const random = seededRandom(20_261_205);
    const [mine, other] = stores as [Store, Store];
    const reader = counting(mine);
    let previous = overlaidDataset(base, reader.store, GUILD);
    for (let step = 0; step < 120; step++) {
      const edits = 1 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) randomChange(random() < 0.5 ? mine : other, random, step * 10 + e);
      const before = plain(previous);
      const dataset = overlaidDataset(base, reader.store, GUILD);
      expect(plain(dataset)).toEqual(plain(fullRebuild(mine, GUILD)));
      expect(plain(previous)).toEqual(before);
      expect(overlaidDataset(base, reader.store, GUILD)).toBe(dataset);
      previous = dataset;
    }
    expect(reader.snapshots()).toBe(0);
  });

  it('applies many changes at once, and a meeting removed from the overlay comes back from the file', () => {
    const [mine, other] = stores as [Store, Store];
    const reader = counting(mine);
    const first = base.file.meetings[0]!;
    const added = (id: string, start: string): Meeting => ({
      id,
      body: base.bodies[0]!.id,
      title: 'Ajout',
      kind: 'meeting',
      start,
      agenda: [],
      status: 'planned',
    });
    mine.updateMeeting(GUILD, first.id, cancelled, { base: first, now: t0 });
    for (let i = 0; i < 20; i++)
      mine.upsertMeeting(GUILD, added(`avant-${pad(i)}`, `2026-03-${pad(1 + i)}`), t0);
    expect(overlaidDataset(base, reader.store, GUILD).meetingById.get(first.id)?.status).toBe('cancelled');
    for (let i = 0; i < 40; i++)
      other.upsertMeeting(GUILD, added(`ajout-${pad(i)}`, `2026-03-${pad(1 + (i % 28))}T10:00`), t0);
    for (let i = 0; i < 20; i += 3)
      other.updateMeeting(GUILD, `avant-${pad(i)}`, movedTo(`2026-02-${pad(1 + i)}`));
    other.deleteMeeting(GUILD, 'avant-01');
    other.deleteMeeting(GUILD, first.id);
    const dataset = overlaidDataset(base, reader.store, GUILD);
    expect(plain(dataset)).toEqual(plain(fullRebuild(mine, GUILD)));
    expect(dataset.meetingById.get(first.id)?.status).toBe(first.status);
    expect(reader.snapshots()).toBe(1);
  });

  it('builds the whole overlay again after a purge, and keeps guilds apart', () => {
    const [mine] = stores as [Store];
    const reader = counting(mine);
    const first = base.file.meetings[0]!;
    mine.updateMeeting(GUILD, first.id, cancelled, { base: first, now: t0 });
    mine.updateMeeting(OTHER, first.id, movedTo('2026-06-01'), { base: first, now: t0 });
    overlaidDataset(base, reader.store, GUILD);
    mine.purgeGuild(GUILD);
    expect(overlaidDataset(base, reader.store, GUILD)).toBe(base);
    mine.updateMeeting(GUILD, first.id, withAgenda([{ title: 'Budget' }]), { base: first, now: t0 });
    const dataset = overlaidDataset(base, reader.store, GUILD);
    expect(dataset.meetingById.get(first.id)).toMatchObject({
      status: first.status,
      agenda: [{ title: 'Budget' }],
    });
    expect(plain(dataset)).toEqual(plain(fullRebuild(mine, GUILD)));
    expect(overlaidDataset(base, reader.store, OTHER).meetingById.get(first.id)?.start).toBe('2026-06-01');
  });
});
