export type { CivilDay } from './civil-day.js';
export { civilDay, civilDayText, civilFields, civilWeekday, WEEKDAY_ORDER } from './civil-day.js';
export * from './local-date.js';
export * from './period-mention-fr.js';
export * from './period-range.js';
export { wallClockInstant } from './wall-clock-instant.js';
