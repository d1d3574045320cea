import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetLazily, loadRegistryLazily } from '../../packages/bot/src/data/lazy-load-data.js';
import {
  DataLoadError,
  defaultDataPath,
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
  for (const entry of entries()) writeFileSync(path.join(dir, entry), content);
};

// A file no build shipped: the bundled one, one comment line longer.
const unseenCopy = (bundled: string): string => {
  const copy = path.join(dir, `inedit-${path.basename(bundled)}`);
  writeFileSync(copy, `${readFileSync(bundled, 'utf8')}\n# copie\n`);
  return copy;
};
const entries = () => readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('loading the data for one-shot commands', () => {
  it('reads the bundled files from what the build shipped, writing no cache entry', async () => {
    const dataset = loadDataset();
    const registry = loadRegistry();
    expect((await loadDatasetLazily()).file).toEqual(dataset.file);
    expect(await loadRegistryLazily()).toEqual(registry);
    expect(entries()).toEqual([]);
  });

  it('gives what loadDataset and loadRegistry give, from the parser and then from the cache', async () => {
    const dataFile = unseenCopy(defaultDataPath());
    const registryFile = unseenCopy(defaultRegistryPath());
    const dataset = loadDataset(dataFile);
    const registry = loadRegistry(registryFile);
    for (const entry of entries()) rmSync(path.join(dir, entry));
    expect((await loadDatasetLazily(dataFile)).file).toEqual(dataset.file);
    expect(await loadRegistryLazily(registryFile)).toEqual(registry);
    expect(entries()).toHaveLength(2);
    expect((await loadDatasetLazily(dataFile)).file).toEqual(dataset.file);
    expect(await loadRegistryLazily(registryFile)).toEqual(registry);
  });

  it('parses again over a damaged entry, of either kind', async () => {
    const dataFile = unseenCopy(defaultDataPath());
    const registryFile = unseenCopy(defaultRegistryPath());
    const dataset = loadDataset(dataFile);
    const registry = loadRegistry(registryFile);
    expect(entries()).toHaveLength(2);
    for (const content of ['{}', '{ "ptces": {} }', '{ "meetings": 3 }']) {
      damage(content);
      expect((await loadDatasetLazily(dataFile)).file).toEqual(dataset.file);
      damage(content);
      expect(await loadRegistryLazily(registryFile)).toEqual(registry);
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
