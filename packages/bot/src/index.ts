export { main } from './cli.js';
export * from './conversation/render-text.js';
export * from './conversation/reply.js';
export * from './data/load-data.js';
