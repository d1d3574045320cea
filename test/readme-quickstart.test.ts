import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const block = /## Library quick start\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
// A scratch folder inside the repository, so '@ptce/core' resolves like in a user's project.
const dir = mkdtempSync(`${root}test/.quickstart-`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README library quick start', () => {
  it('prints what its //=> comments say, against the built package', () => {
    expect(block).not.toBe('');
    const expected = block
      .split('\n')
      .filter((l) => l.startsWith('//=> '))
      .map((l) => l.slice(5));
    writeFileSync(`${dir}/quickstart.mts`, block);
    const out = execFileSync(process.execPath, ['--import', 'tsx', `${dir}/quickstart.mts`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toEqual(expected);
  });
});
