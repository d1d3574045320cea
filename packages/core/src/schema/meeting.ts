import * as z from 'zod';
import { Id, LocalDateText, SourceRef, Text, TimeOfDay, Url } from './common.js';

/** One item of a meeting's agenda, possibly with a time and nested items. */
export const AgendaItem = z.strictObject({
  title: Text,
  time: TimeOfDay.optional(),
  speaker: Text.optional(),
  get items() {
    return z.array(AgendaItem).optional();
  },
});
/** One item of a meeting's agenda. */
export type AgendaItem = z.infer<typeof AgendaItem>;

/** Whether a meeting is planned, was held or was cancelled. */
export const MeetingStatus = z.enum(['planned', 'held', 'cancelled']);
/** Whether a meeting is planned, was held or was cancelled. */
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** Who attended. */
export const Attendance = z.strictObject({
  count: z.number().int().min(0).optional(),
  /** Structure ids. */
  structures: z.array(Id).default([]),
  note: Text.optional(),
});
/** Who attended. */
export type Attendance = z.infer<typeof Attendance>;

/** Who may read a compte-rendu: anyone, or the PTCE's members only. */
export const MinutesVisibility = z.enum(['public', 'members']);
/** Who may read a compte-rendu. */
export type MinutesVisibility = z.infer<typeof MinutesVisibility>;

/** The compte-rendu (minutes) of a meeting. */
export const Minutes = z.strictObject({
  url: Url.optional(),
  summary: Text.optional(),
  /** Who may read it: anyone (the public pages, the default when absent), or the members only (on Discord). */
  visibility: MinutesVisibility.optional(),
});
/** The compte-rendu of a meeting. */
export type Minutes = z.infer<typeof Minutes>;

/**
 * A meeting of a body or a working group. `start` keeps the source's precision: `2023-01` is
 * "January 2023", `2023-02-07` a day, `2023-12-12T14:00` a wall-clock time in `timeZone`.
 */
export const Meeting = z.strictObject({
  id: Id,
  /** Body id. A `meeting` has exactly one of `body` and `group`; an event or a visit may have neither. */
  body: Id.optional(),
  /** Working group (or sub-group) id. */
  group: Id.optional(),
  title: Text,
  kind: z.enum(['meeting', 'event', 'visit']).default('meeting'),
  start: LocalDateText,
  end: LocalDateText.optional(),
  /** IANA time zone; defaults to the PTCE's. */
  timeZone: z.string().optional(),
  place: Text.optional(),
  link: Url.optional(),
  agenda: z.array(AgendaItem).default([]),
  status: MeetingStatus.default('planned'),
  attendance: Attendance.optional(),
  minutes: Minutes.optional(),
  note: Text.optional(),
  source: SourceRef.optional(),
});
/** A meeting of a body or a working group. */
export type Meeting = z.infer<typeof Meeting>;

/** A weekday, as in iCalendar. */
export const Weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
/** A weekday. */
export type Weekday = z.infer<typeof Weekday>;

/** A change to one occurrence of a series, keyed by its original local start. */
export const SeriesException = z.strictObject({
  original: LocalDateText,
  status: z.enum(['cancelled', 'moved']),
  /** New local start, when moved. */
  start: LocalDateText.optional(),
  note: Text.optional(),
});
/** A change to one occurrence of a series. */
export type SeriesException = z.infer<typeof SeriesException>;

/**
 * A recurring series of meetings: "monthly, first Tuesday at 18:00" is
 * `{ frequency: 'monthly', weekday: 'TU', setPosition: 1, time: '18:00' }`.
 */
export const Series = z.strictObject({
  id: Id,
  body: Id.optional(),
  group: Id.optional(),
  title: Text,
  frequency: z.enum(['weekly', 'monthly', 'yearly']),
  interval: z.number().int().positive().default(1),
  weekday: Weekday.optional(),
  /** 1 = first, 2 = second, -1 = last weekday of the month. */
  setPosition: z.number().int().min(-5).max(5).optional(),
  /** Day of the month, for monthly series without a weekday. */
  monthDay: z.number().int().min(1).max(31).optional(),
  time: TimeOfDay,
  durationMinutes: z.number().int().positive().default(120),
  /** First local day of the series (AAAA-MM-JJ). */
  from: LocalDateText,
  /** Last local day of the series, inclusive. */
  until: LocalDateText.optional(),
  timeZone: z.string().optional(),
  place: Text.optional(),
  link: Url.optional(),
  exceptions: z.array(SeriesException).default([]),
  source: SourceRef.optional(),
});
/** A recurring series of meetings. */
export type Series = z.infer<typeof Series>;
