export { main } from './cli.js';
export { loadConfig } from './config.js';
export * from './conversation/render-text.js';
export * from './conversation/reply.js';
export * from './data/load-data.js';
export { createLogger } from './discord/logger.js';
export { startBot } from './discord/start-bot.js';
export * from './http/index.js';
