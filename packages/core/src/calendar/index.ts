export { alarmOffsetSeconds } from './alarm-offset.js';
export { type CalendarMeetingsOptions, calendarMeetings } from './calendar-meetings.js';
export { eventCategories } from './event-categories.js';
export { eventDescription } from './event-description.js';
export { eventUid } from './event-uid.js';
export { type MeetingAlarm, meetingAlarms } from './meeting-alarms.js';
export { type ICalendarFeed, type ICalendarOptions, toICalendar } from './to-icalendar.js';
export {
  type JsonLdDocument,
  type JsonLdEvent,
  type JsonLdFeed,
  type JsonLdLocation,
  type JsonLdOptions,
  type JsonLdOrganization,
  type JsonLdPlace,
  type JsonLdVirtualLocation,
  toJsonLd,
} from './to-json-ld.js';
export { vTimezoneComponent, type YearRange } from './vtimezone-component.js';
