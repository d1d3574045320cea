export type { Occurrence, OccurrenceRange, OccurrenceStatus } from './occurrences.js';
export { occurrences } from './occurrences.js';
export { seriesMeetings } from './series-meetings.js';
