import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The folder holding the bundled data files of `@ptce/core`. */
export function bundledDataDir(): string {
  return path.join(path.dirname(require.resolve('@ptce/core/package.json')), 'data');
}

/** The embedded default dataset (Auton'Hommes). */
export function defaultDataPath(): string {
  return path.join(bundledDataDir(), 'auton-hommes.yaml');
}

/** The bundled regional registry. */
export function defaultRegistryPath(): string {
  return path.join(bundledDataDir(), 'hauts-de-france.yaml');
}
