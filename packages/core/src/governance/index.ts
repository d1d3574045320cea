export type { CadenceEntry, CadenceMonth, CadenceReportOptions, CadenceTarget } from './cadence-report.js';
export { cadenceReport } from './cadence-report.js';
export type { CadencePace, CadencePaceInput, CadenceStatus } from './cadence-status.js';
export { cadenceStatus } from './cadence-status.js';
export { easterSunday, frenchPublicHolidays } from './french-public-holidays.js';
export type { ScheduleConstraints, ScheduleOptions, ScheduleProposal } from './propose-schedule.js';
export { proposeSchedule } from './propose-schedule.js';
