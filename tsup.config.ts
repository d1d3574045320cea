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
  // The CLI loads discord.js and SQLite lazily; ESM splitting keeps them out of `ptce ask`.
  {
    ...shared,
    name: 'bot',
    format: ['esm'],
    splitting: true,
    entry: { index: 'packages/bot/src/index.ts', cli: 'packages/bot/src/cli.ts' },
    outDir: 'packages/bot/dist',
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
