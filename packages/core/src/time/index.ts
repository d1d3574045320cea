export * from './local-date.js';
