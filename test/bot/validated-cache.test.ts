import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset, parseRegistry } from '@ptce/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cachedDatasetFile,
  cachedRegistryFile,
  rememberDatasetFile,
  rememberRegistryFile,
  shippedContent,
} from '../../packages/bot/src/data/validated-cache.js';

const YAML = `version: 1
ptce: { id: demo, name: PTCE Démo, territory: { name: Démo } }
`;
const REGISTRY_YAML = readFileSync(
  fileURLToPath(new URL('../../packages/core/data/hauts-de-france.yaml', import.meta.url)),
  'utf8',
);
const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'ptce-cache-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('validated data cache', () => {
  const parsed = parseDataset(YAML);
  if (!parsed.ok) throw new Error('fixture');

  it('returns the validated content of the same text', () => {
    const dir = fresh();
    expect(cachedDatasetFile(YAML, dir)).toBeUndefined();
    rememberDatasetFile(YAML, parsed.value.file, dir);
    expect(cachedDatasetFile(YAML, dir)).toEqual(parsed.value.file);
  });

  it('misses for any other text, even one character off', () => {
    const dir = fresh();
    rememberDatasetFile(YAML, parsed.value.file, dir);
    expect(cachedDatasetFile(`${YAML}\n`, dir)).toBeUndefined();
  });

  it('treats a damaged entry as a miss', () => {
    const dir = fresh();
    rememberDatasetFile(YAML, parsed.value.file, dir);
    const [entry] = readdirSync(dir);
    writeFileSync(path.join(dir, entry!), '{ broken');
    expect(cachedDatasetFile(YAML, dir)).toBeUndefined();
  });

  it('skips silently when the folder cannot be written', () => {
    const file = path.join(fresh(), 'a-file');
    writeFileSync(file, '');
    // A folder inside a regular file cannot exist.
    expect(() => rememberDatasetFile(YAML, parsed.value.file, path.join(file, 'cache'))).not.toThrow();
    expect(cachedDatasetFile(YAML, path.join(file, 'cache'))).toBeUndefined();
  });

  it('keeps a registry apart from a dataset, each under its own text', () => {
    const registry = parseRegistry(REGISTRY_YAML);
    if (!registry.ok) throw new Error('fixture');
    const dir = fresh();
    rememberRegistryFile(REGISTRY_YAML, registry.value, dir);
    rememberDatasetFile(YAML, parsed.value.file, dir);
    expect(cachedRegistryFile(REGISTRY_YAML, dir)).toEqual(registry.value);
    expect(cachedDatasetFile(YAML, dir)).toEqual(parsed.value.file);
  });

  it('treats an entry that is not an object as a miss', () => {
    const dir = fresh();
    rememberDatasetFile(YAML, parsed.value.file, dir);
    const [entry] = readdirSync(dir);
    for (const content of ['null', '[]', '42', '"texte"']) {
      writeFileSync(path.join(dir, entry!), content);
      expect(cachedDatasetFile(YAML, dir)).toBeUndefined();
    }
  });

  it('creates a folder and entries only its owner can read', () => {
    const dir = path.join(fresh(), 'cache');
    rememberDatasetFile(YAML, parsed.value.file, dir);
    const [entry] = readdirSync(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, entry!)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('uses no folder that others may write to', () => {
    const dir = fresh();
    rememberDatasetFile(YAML, parsed.value.file, dir);
    chmodSync(dir, 0o777);
    expect(cachedDatasetFile(YAML, dir)).toBeUndefined();
    rmSync(path.join(dir, readdirSync(dir)[0]!));
    rememberDatasetFile(YAML, parsed.value.file, dir);
    expect(readdirSync(dir)).toEqual([]);
    expect(statSync(dir).mode & 0o777).toBe(0o777);
  });

  it.skipIf(process.platform === 'win32')('closes a folder others may read before writing to it', () => {
    const dir = fresh();
    chmodSync(dir, 0o755);
    rememberDatasetFile(YAML, parsed.value.file, dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(cachedDatasetFile(YAML, dir)).toEqual(parsed.value.file);
  });

  it('uses no link in place of a folder', () => {
    const dir = fresh();
    rememberDatasetFile(YAML, parsed.value.file, dir);
    const link = path.join(fresh(), 'link');
    symlinkSync(dir, link);
    expect(cachedDatasetFile(YAML, link)).toBeUndefined();
  });
});

// core's build (npm test builds before the tests) ships the bundled files' validated content.
describe('validated content shipped with the build', () => {
  const DATASET_YAML = readFileSync(
    fileURLToPath(new URL('../../packages/core/data/auton-hommes.yaml', import.meta.url)),
    'utf8',
  );

  it('is what parsing and validating each bundled file gives', () => {
    const dataset = parseDataset(DATASET_YAML);
    const registry = parseRegistry(REGISTRY_YAML);
    if (!dataset.ok || !registry.ok) throw new Error('fixture');
    expect(shippedContent(DATASET_YAML)).toEqual(dataset.value.file);
    expect(shippedContent(REGISTRY_YAML)).toEqual(registry.value);
  });

  it('holds nothing for any other text, even one character off', () => {
    expect(shippedContent(`${DATASET_YAML}\n`)).toBeUndefined();
    expect(shippedContent(YAML)).toBeUndefined();
  });

  it('treats a damaged or missing entry as a miss', () => {
    const dir = fresh();
    const key = createHash('sha256').update(YAML).digest('hex').slice(0, 32);
    writeFileSync(path.join(dir, `${key}.json`), '{ broken');
    expect(shippedContent(YAML, dir)).toBeUndefined();
    writeFileSync(path.join(dir, `${key}.json`), '[]');
    expect(shippedContent(YAML, dir)).toBeUndefined();
    expect(shippedContent(YAML, path.join(dir, 'nowhere'))).toBeUndefined();
  });
});
