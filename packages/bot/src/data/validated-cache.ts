import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { DatasetFile } from '@ptce/core';

const require = createRequire(import.meta.url);

// The validator is part of the key: a rebuilt core (new schema) never reads an old entry.
function coreStamp(): string {
  try {
    const main = require.resolve('@ptce/core');
    const s = statSync(main);
    return `${main}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

let stamp: string | undefined;

function entryPath(text: string, dir: string): string {
  stamp ??= coreStamp();
  const key = createHash('sha256').update(stamp).update('\0').update(text).digest('hex').slice(0, 32);
  return path.join(dir, `${key}.json`);
}

/** Where validated data files are cached (`PTCE_CACHE_DIR`, else the system's temp folder). */
export function cacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.PTCE_CACHE_DIR || path.join(os.tmpdir(), `ptce-cache-${os.userInfo().uid}`);
}

/**
 * The validated content of a data file seen before, byte for byte, by the same core. Parsing
 * and validating the YAML is most of a one-shot command's time; a cache hit skips both.
 */
export function cachedDatasetFile(text: string, dir = cacheDir()): DatasetFile | undefined {
  try {
    return JSON.parse(readFileSync(entryPath(text, dir), 'utf8')) as DatasetFile;
  } catch {
    return undefined;
  }
}

/** Remembers a file's validated content. A cache that cannot be written is simply skipped. */
export function rememberDatasetFile(text: string, file: DatasetFile, dir = cacheDir()): void {
  try {
    mkdirSync(dir, { recursive: true });
    const target = entryPath(text, dir);
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(file));
    renameSync(temp, target);
  } catch {
    // A read-only or full disk only costs speed.
  }
}
