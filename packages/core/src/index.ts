/**
 * `@ptce/core`: pure functions that model a Pôle Territorial de Coopération Économique.
 *
 * @packageDocumentation
 */
export * from './attendance/index.js';
export * from './calendar/index.js';
export * from './dataset/index.js';
export * from './format/index.js';
export * from './governance/index.js';
export * from './graph/index.js';
export * from './indicators/index.js';
export * from './meetings/index.js';
export * from './schema/index.js';
export * from './schema/json-schema.js';
export * from './search/index.js';
export * from './time/index.js';
