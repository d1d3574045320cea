import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetLazily, loadRegistryLazily } from '../../packages/bot/src/data/lazy-load-data.js';
import {
  DataLoadError,
  defaultRegistryPath,
  loadDataset,
  loadRegistry,
} from '../../packages/bot/src/data/load-data.js';

let dir: string;
let before: string | undefined;
beforeEach(() => {
  before = process.env.PTCE_CACHE_DIR;
  dir = mkdtempSync(path.join(tmpdir(), 'ptce-lazy-load-test-'));
  process.env.PTCE_CACHE_DIR = dir;
});
afterEach(() => {
  if (before === undefined) delete process.env.PTCE_CACHE_DIR;
  else process.env.PTCE_CACHE_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

const damage = (content: string) => {
  for (const entry of readdirSync(dir)) writeFileSync(path.join(dir, entry), content);
};

describe('loading the data for one-shot commands', () => {
  it('gives what loadDataset and loadRegistry give, from the parser and then from the cache', async () => {
    const dataset = loadDataset();
    const registry = loadRegistry();
    rmSync(dir, { recursive: true, force: true });
    expect((await loadDatasetLazily()).file).toEqual(dataset.file);
    expect(await loadRegistryLazily()).toEqual(registry);
    expect(readdirSync(dir)).toHaveLength(2);
    expect((await loadDatasetLazily()).file).toEqual(dataset.file);
    expect(await loadRegistryLazily()).toEqual(registry);
  });

  it('parses again over a damaged entry, of either kind', async () => {
    const dataset = loadDataset();
    const registry = loadRegistry();
    for (const content of ['{}', '{ "ptces": {} }', '{ "meetings": 3 }']) {
      damage(content);
      expect((await loadDatasetLazily()).file).toEqual(dataset.file);
      damage(content);
      expect(await loadRegistryLazily()).toEqual(registry);
    }
  });

  it('refuses a registry given as a PTCE, and a missing file, as loadDataset does', async () => {
    const missing = path.join(dir, 'absent.yaml');
    for (const file of [defaultRegistryPath(), missing]) {
      let expected: unknown;
      try {
        loadDataset(file);
      } catch (error) {
        expected = error;
      }
      expect(expected).toBeInstanceOf(DataLoadError);
      await expect(loadDatasetLazily(file)).rejects.toEqual(expected);
    }
    expect(await loadRegistryLazily(missing)).toBeUndefined();
  });
});
