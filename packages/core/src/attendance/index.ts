export type {
  AttendanceCounts,
  AttendanceReport,
  IgnoredResponse,
  InvalidProxy,
  InvalidProxyReason,
  ProxyGroup,
  QuorumStatus,
} from './attendance-report.js';
export { attendanceReport } from './attendance-report.js';
export type { AttendanceAnswer, AttendanceResponse } from './attendance-response.js';
export type { AttendanceSheet, SheetAttendee } from './attendance-sheet.js';
export type { BodyParticipation } from './body-participation.js';
export { bodyParticipation } from './body-participation.js';
export { BOT_SOURCE } from './bot-source.js';
export type { ConvocationDue } from './convocation-due.js';
export { convocationDue } from './convocation-due.js';
export type { ConvocationState } from './convocation-status.js';
export { convocationStatus } from './convocation-status.js';
export type { ConvocationWarning } from './convocation-warnings.js';
export { convocationWarnings } from './convocation-warnings.js';
export type { CorrectedSheet, SheetCorrection, SheetRefusal } from './correct-sheet.js';
export { correctSheet } from './correct-sheet.js';
export type { ConvenedVoter, MeetingAttendanceRules } from './meeting-attendance-rules.js';
export { meetingAttendanceRules } from './meeting-attendance-rules.js';
export type { MeetingParticipants } from './participants-per-meeting.js';
export { latestSheets, participantsPerMeeting } from './participants-per-meeting.js';
export { quorumRequired } from './quorum-required.js';
export type { SheetAttendance } from './sheet-attendance.js';
export { sheetAttendance } from './sheet-attendance.js';
export { SHEET_STATUS_FR, sheetCsv } from './sheet-csv.js';
export type { SheetRow, SheetStatus } from './sheet-rows.js';
export { sheetRows, sheetVoiceLabel } from './sheet-rows.js';
export type { SheetSummary } from './sheet-summary.js';
export { attendanceSheetOf, sheetSummary } from './sheet-summary.js';
export type { StructureAttendanceRate } from './structure-attendance-rates.js';
export { structureAttendanceRates } from './structure-attendance-rates.js';
