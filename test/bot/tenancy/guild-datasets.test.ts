import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../packages/bot/src/data/load-data.js';
import { openStore, type Store } from '../../../packages/bot/src/store/index.js';
import { acceptDataset } from '../../../packages/bot/src/tenancy/accept-dataset.js';
import { datasetChanges } from '../../../packages/bot/src/tenancy/dataset-changes.js';
import { GuildDatasets } from '../../../packages/bot/src/tenancy/guild-datasets.js';
import { fixture } from '../discord/e2e-harness.js';

const SECOND = readFileSync(fixture('second-ptce.yaml'), 'utf8');
const shared = loadDataset(undefined);
const NOW = new Date('2026-01-15T08:00:00Z');
const withId = (id: string) => SECOND.replace('  id: pole-ressources\n', `  id: ${id}\n`);

let store: Store;
afterEach(() => store?.close());

const accept = (guildId: string, text: string) =>
  acceptDataset(store, {
    guildId,
    text,
    filename: 'ptce.yaml',
    importedBy: '42',
    previous: undefined,
    now: NOW,
  });

describe('GuildDatasets', () => {
  it('gives the home guild the shared file, an uploaded guild its own, and any other guild none', () => {
    store = openStore(':memory:');
    const data = new GuildDatasets({ store, homeGuild: () => '1', shared: () => shared });
    expect(accept('2', SECOND).ok).toBe(true);
    expect([data.forGuild('1')?.ptce.id, data.forGuild('2')?.ptce.id, data.forGuild('3')]).toEqual([
      'auton-hommes',
      'pole-ressources',
      undefined,
    ]);
    expect([data.isSetUp('1'), data.isSetUp('2'), data.isSetUp('3'), data.isSetUp(null)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('keeps at most `capacity` uploaded datasets parsed, evicting the least recently used', () => {
    store = openStore(':memory:');
    const data = new GuildDatasets({ store, homeGuild: () => undefined, shared: () => shared, capacity: 2 });
    for (const guild of ['10', '11', '12']) expect(accept(guild, withId(`ptce-${guild}`)).ok).toBe(true);
    const first = data.forGuild('10');
    data.forGuild('11');
    data.forGuild('10');
    data.forGuild('12');
    // 11 was the least recently used: it was evicted, 10 stayed parsed (the same object).
    expect(data.size).toBe(2);
    expect(data.forGuild('10')).toBe(first);
    expect(data.forGuild('11')?.ptce.id).toBe('ptce-11');
    expect(data.size).toBe(2);
  });
});

describe('acceptDataset', () => {
  it('refuses a PTCE id another guild holds, and accepts it again from the same guild', () => {
    store = openStore(':memory:');
    expect(accept('1', SECOND).ok).toBe(true);
    const taken = accept('2', SECOND);
    expect(taken.ok ? 'accepted' : taken.message).toBe(
      'Le fichier décrit le PTCE « pole-ressources », déjà lié à un autre serveur Discord : un PTCE ne peut servir qu’un serveur. Changez son identifiant (ptce.id) s’il s’agit d’un autre PTCE.',
    );
    expect([accept('1', SECOND).ok, store.datasetVersions('1').length, store.datasetVersions('2')]).toEqual([
      true,
      2,
      [],
    ]);
  });
});

describe('datasetChanges', () => {
  it('lists the meetings, groups and structures added and removed', () => {
    const before = loadDataset(fixture('second-ptce.yaml'));
    store = openStore(':memory:');
    const changed = accept(
      '1',
      SECOND.replace(/\n {2}- id: cocoop-2026-02\n/, '\n  - id: cocoop-2026-02-bis\n'),
    );
    if (!changed.ok) throw new Error('the changed file must be valid');
    expect(datasetChanges(before, changed.dataset)).toEqual([
      '1 réunion en plus (cocoop-2026-02-bis), 1 réunion en moins (cocoop-2026-02)',
    ]);
    expect(datasetChanges(before, before)).toEqual([]);
    expect(datasetChanges(undefined, before)).toEqual([]);
  });
});
