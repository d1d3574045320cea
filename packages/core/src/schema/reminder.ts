import * as z from 'zod';
import { Id, Text, TimeOfDay } from './common.js';

/**
 * A reminder rule. Either wall-clock (`daysBefore` + `at`: "7 jours avant à 9 h", "la veille à
 * 9 h") or a real duration before the start (`hoursBefore` / `minutesBefore`: "2 heures avant").
 */
export const ReminderRule = z
  .strictObject({
    id: Id,
    label: Text.optional(),
    daysBefore: z.number().int().min(0).max(366).optional(),
    at: TimeOfDay.optional(),
    hoursBefore: z.number().min(0).optional(),
    minutesBefore: z.number().int().min(0).optional(),
    /** A convocation that carries the agenda. */
    includeAgenda: z.boolean().default(false),
  })
  .refine(
    (r) =>
      (r.daysBefore !== undefined &&
        r.at !== undefined &&
        r.hoursBefore === undefined &&
        r.minutesBefore === undefined) ||
      (r.daysBefore === undefined &&
        r.at === undefined &&
        (r.hoursBefore !== undefined || r.minutesBefore !== undefined)),
    { message: 'règle attendue : « daysBefore » + « at », ou bien « hoursBefore » / « minutesBefore »' },
  );
/** A reminder rule. */
export type ReminderRule = z.infer<typeof ReminderRule>;

/** Reminder rules: a default, and overrides per body or group id. */
export const ReminderPolicies = z.strictObject({
  default: z.array(ReminderRule).default([
    { id: 'j-7', label: '7 jours avant à 9 h', daysBefore: 7, at: '09:00', includeAgenda: false },
    { id: 'veille', label: 'la veille à 9 h', daysBefore: 1, at: '09:00', includeAgenda: false },
  ]),
  byTarget: z.record(Id, z.array(ReminderRule)).default({}),
});
/** Reminder rules: a default, and overrides per body or group id. */
export type ReminderPolicies = z.infer<typeof ReminderPolicies>;
