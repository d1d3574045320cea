import { defineConfig, type Options } from 'tsup';

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
    entry: { cli: 'packages/bot/src/cli.ts' },
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
