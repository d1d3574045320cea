import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { DatasetFile, Registry } from '@ptce/core';

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

/**
 * Where validated data files are cached (`PTCE_CACHE_DIR`, else the system's temp folder). The
 * folder is kept private (0700); one that another user owns or may write to, or that is not a
 * plain folder, is not used at all.
 */
export function cacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.PTCE_CACHE_DIR || path.join(os.tmpdir(), `ptce-cache-${os.userInfo().uid}`);
}

// An entry is trusted as validated, so no one but this user may have written it: the folder must
// be theirs, a real folder (not a link), and writable by no one else. Where there are no owners
// (Windows), a folder is enough. `readable`: others may still list and read it.
function ownFolder(dir: string): { readonly readable: boolean } | undefined {
  try {
    const s = lstatSync(dir);
    if (!s.isDirectory()) return undefined;
    const uid = process.getuid?.();
    if (uid === undefined) return { readable: false };
    if (s.uid !== uid || (s.mode & 0o022) !== 0) return undefined;
    return { readable: (s.mode & 0o055) !== 0 };
  } catch {
    return undefined;
  }
}

// An entry is keyed by the text it was validated from, so it is always of that text's kind.
// Anything but a JSON object is a damaged entry: a miss.
function cachedContent(text: string, dir: string): object | undefined {
  if (!ownFolder(dir)) return undefined;
  try {
    const content: unknown = JSON.parse(readFileSync(entryPath(text, dir), 'utf8'));
    return typeof content === 'object' && content !== null && !Array.isArray(content) ? content : undefined;
  } catch {
    return undefined;
  }
}

function rememberContent(text: string, content: unknown, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const folder = ownFolder(dir);
    if (!folder) return;
    // The data files may name people: a folder others can read (an older version made it so) is
    // closed before anything more is written to it.
    if (folder.readable) chmodSync(dir, 0o700);
    const target = entryPath(text, dir);
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(content), { mode: 0o600 });
    renameSync(temp, target);
  } catch {
    // A read-only or full disk only costs speed.
  }
}

/**
 * The validated content of a data file seen before, byte for byte, by the same core. Parsing
 * and validating the YAML is most of a one-shot command's time; a cache hit skips both.
 */
export function cachedDatasetFile(text: string, dir = cacheDir()): DatasetFile | undefined {
  return cachedContent(text, dir) as DatasetFile | undefined;
}

/** Remembers a file's validated content. A cache that cannot be written is simply skipped. */
export function rememberDatasetFile(text: string, file: DatasetFile, dir = cacheDir()): void {
  rememberContent(text, file, dir);
}

/** The validated content of a regional registry seen before, like {@link cachedDatasetFile}. */
export function cachedRegistryFile(text: string, dir = cacheDir()): Registry | undefined {
  return cachedContent(text, dir) as Registry | undefined;
}

/** Remembers a registry's validated content, like {@link rememberDatasetFile}. */
export function rememberRegistryFile(text: string, registry: Registry, dir = cacheDir()): void {
  rememberContent(text, registry, dir);
}

/** Where core's build ships the validated content of its bundled data files. */
function shippedDir(): string | undefined {
  try {
    return path.join(path.dirname(require.resolve('@ptce/core/package.json')), 'dist', 'validated');
  } catch {
    return undefined;
  }
}

/**
 * The validated content core's build shipped for a text: that of a bundled data file, byte for
 * byte (entries are named by the hash of the text alone, and rebuilt with core). Undefined for
 * any other text, and for a missing or damaged entry.
 */
export function shippedContent(text: string, dir = shippedDir()): object | undefined {
  if (dir === undefined) return undefined;
  const key = createHash('sha256').update(text).digest('hex').slice(0, 32);
  try {
    const content: unknown = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8'));
    return typeof content === 'object' && content !== null && !Array.isArray(content) ? content : undefined;
  } catch {
    return undefined;
  }
}
