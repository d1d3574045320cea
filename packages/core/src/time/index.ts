export * from './local-date.js';
export * from './named-period-fr.js';
