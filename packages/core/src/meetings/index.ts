export * from './missing-minutes.js';
export * from './queries.js';
export * from './reminders/index.js';
export * from './series/index.js';
