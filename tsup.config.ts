import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// The bundled data files' validated content, shipped with core's build (dist/validated/, one
// entry per file, named by the hash of its text): the first `ptce ask` after an install reads
// it instead of parsing and validating the YAML. An edited file has another hash, so it is
// parsed as any other. The entries come from the core just built, so they match its schema.
async function shipValidatedData(): Promise<void> {
  const core = await import(
    `${pathToFileURL(path.resolve('packages/core/dist/index.js')).href}?t=${Date.now()}`
  );
  const out = path.resolve('packages/core/dist/validated');
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync('packages/core/data').filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(path.join('packages/core/data', name), 'utf8');
    const registry = core.dataFileKind(text) === 'registry';
    const result = registry ? core.parseRegistry(text) : core.parseDataset(text);
    // An invalid file ships nothing: it is parsed, and its errors shown, when it is used.
    if (!result.ok) continue;
    const key = createHash('sha256').update(text).digest('hex').slice(0, 32);
    writeFileSync(path.join(out, `${key}.json`), JSON.stringify(registry ? result.value : result.value.file));
  }
}

// Shared defaults for every package; each entry below only adds what is its own.
const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  clean: true,
  // Dependencies stay dependencies: each package declares its own.
  skipNodeModulesBundle: true,
  splitting: false,
  tsconfig: 'tsconfig.json',
};

export default defineConfig([
  {
    ...shared,
    name: 'core',
    entry: { index: 'packages/core/src/index.ts' },
    outDir: 'packages/core/dist',
    onSuccess: shipValidatedData,
  },
  {
    ...shared,
    name: 'bot',
    format: ['esm'],
    splitting: true,
    entry: { index: 'packages/bot/src/index.ts' },
    outDir: 'packages/bot/dist',
  },
  // The `ptce` command line (bin/ptce.js imports dist/cli.js), built on its own for its start-up.
  // Each command imports its action when it runs: ESM splitting turns those imports into chunks
  // (in dist/cli/), so that `ptce --help` loads commander alone and `ptce ask` no SQLite, no
  // discord.js, and on a validated-data cache hit neither YAML nor zod. The pure-JavaScript
  // dependencies are bundled in: Node resolves, reads and compiles every file on its own, and
  // chrono-node, zod, yaml and date-fns are some 250 files (bundled, `ptce ask` took 30 ms less,
  // 75 ms less on a cold cache). discord.js, SQLite (native) and preact, which only the
  // long-running commands load, stay dependencies, and so does pdfkit, which reads its fonts
  // from its own folder.
  {
    ...shared,
    name: 'cli',
    format: ['esm'],
    splitting: true,
    dts: false,
    clean: false,
    skipNodeModulesBundle: false,
    external: ['better-sqlite3', 'discord.js', 'pdfkit', 'preact', 'preact-render-to-string'],
    // shard.js is what `ptce bot --shards` has discord.js's ShardingManager fork for each shard.
    entry: { cli: 'packages/bot/src/cli.ts', shard: 'packages/bot/src/shard.ts' },
    outDir: 'packages/bot/dist',
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
      // yaml, bundled from CommonJS, requires `process`: ESM has no `require` of its own.
      options.banner = {
        js: "import { createRequire as __cliCreateRequire } from 'node:module'; const require = __cliCreateRequire(import.meta.url);",
      };
    },
  },
  {
    ...shared,
    name: 'bot-cjs',
    format: ['cjs'],
    clean: false,
    entry: { index: 'packages/bot/src/index.ts', cli: 'packages/bot/src/cli.ts' },
    outDir: 'packages/bot/dist',
    shims: true,
  },
]);
