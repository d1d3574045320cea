export { startBot } from './app/start-bot.js';
export { main } from './cli.js';
export { loadConfig } from './config.js';
export * from './conversation/render-text.js';
export * from './conversation/reply.js';
export * from './data/load-data.js';
export { createLogger } from './logger.js';
