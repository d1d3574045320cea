import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../packages/core/src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

// Code without comments: doc examples may mention anything.
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const files = sources(src);

describe('core is pure', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('never reads the clock: no Date.now() and no new Date() without an argument', () => {
    const offenders = files.filter((f) => /Date\.now\s*\(|new Date\s*\(\s*\)/.test(code(f)));
    expect(offenders.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('does no I/O: no file system, process, network or child process modules', () => {
    const banned =
      /from\s+['"](node:)?(fs|fs\/promises|process|child_process|http|https|net|os|worker_threads)['"]/;
    const offenders = files.filter((f) => banned.test(code(f)) || /\bprocess\.\w/.test(code(f)));
    expect(offenders.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('reads no environment and no random source', () => {
    const offenders = files.filter((f) => /process\.env|Math\.random\s*\(/.test(code(f)));
    expect(offenders.map((f) => path.relative(src, f))).toEqual([]);
  });
});

describe('core documents every public function with an example', () => {
  it('has TSDoc with @example above every exported function', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^export (?:async )?function (\w+)/gm)) {
        const before = text.slice(0, m.index);
        const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(before)?.[1];
        if (!doc?.includes('@example')) missing.push(`${path.relative(src, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
