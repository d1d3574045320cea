export * from './cross-check.js';
export * from './data-file-kind.js';
export * from './dataset.js';
export * from './decode-data-file.js';
export * from './deep-freeze.js';
export * from './errors.js';
export * from './parse.js';
export * from './with-meetings.js';
