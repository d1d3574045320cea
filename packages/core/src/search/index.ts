export * from './lookups.js';
export * from './normalize.js';
export * from './search-index.js';
