/**
 * Writes `packages/core/data/ptce.schema.json` from the zod schemas (core itself does no I/O).
 * Run it after changing a schema: `npx tsx test/support/write-json-schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataFileJsonSchema } from '../../packages/core/src/schema/json-schema.js';

/** Where the shipped schema lives. */
export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL('../../packages/core/data/ptce.schema.json', import.meta.url),
);

/** The exact text of the shipped schema file. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(dataFileJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(JSON_SCHEMA_PATH, jsonSchemaText());
  console.log(`Écrit : ${JSON_SCHEMA_PATH}`);
}
