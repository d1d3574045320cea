import { type AgendaItem, type Dataset, type DatedMeeting, meetingAttendanceRules } from '@ptce/core';
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord.js';
import { meetingDateText, targetName } from '../conversation/answers/meeting-text.js';
import { attendanceButtons } from '../discord/components/attendance-buttons.js';

/** What a reminder message says, before it goes to a channel. */
export interface ReminderMessage {
  readonly content: string;
  /** Role ids the message is allowed to ping (only a configured route's role). */
  readonly allowedRoleIds: readonly string[];
  /** Answer buttons, for a meeting whose body sets attendance rules. */
  readonly components?: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
}

const MAX_CONTENT = 2000;

function agendaText(items: readonly AgendaItem[], depth = 0): string[] {
  return items.flatMap((i) => [`${'  '.repeat(depth)}• ${i.title}`, ...agendaText(i.items ?? [], depth + 1)]);
}

// Text from the data must never ping anyone, even where Discord would parse it.
function defuse(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200b$1').replace(/<@[&!]?(\d+)>/g, '<@\u200b$1>');
}

function timestamp(meeting: DatedMeeting): string {
  if (meeting.when.start.precision !== 'datetime') return '';
  const s = Math.floor(meeting.when.startsAt / 1000);
  return ` (<t:${s}:F>, <t:${s}:R>)`;
}

function clip(text: string): string {
  return text.length <= MAX_CONTENT ? text : `${text.slice(0, MAX_CONTENT - 1)}…`;
}

/**
 * The French reminder for a meeting: body, date and time (with a Discord timestamp), place,
 * link, agenda when known or asked for, the role mention when configured, and a note when it is
 * sent late.
 */
export function reminderMessage(
  dataset: Dataset,
  meeting: DatedMeeting,
  options: {
    readonly label: string;
    readonly late: boolean;
    readonly includeAgenda: boolean;
    readonly roleId?: string;
    readonly calendarUrl?: string;
  },
): ReminderMessage {
  const target = targetName(dataset, meeting.body ?? meeting.group) || meeting.title;
  const lines = [
    `🔔 **Rappel — ${defuse(target)}**${meeting.title !== target ? ` : ${defuse(meeting.title)}` : ''}`,
    `📅 ${meetingDateText(meeting)}${timestamp(meeting)}`,
  ];
  if (meeting.place) lines.push(`📍 ${defuse(meeting.place)}`);
  if (meeting.link) lines.push(`🔗 ${meeting.link}`);
  if (meeting.agenda.length > 0 && (options.includeAgenda || meeting.agenda.length <= 8)) {
    lines.push('Ordre du jour :', ...agendaText(meeting.agenda).map(defuse));
  }
  if (options.late) lines.push(`_(rappel envoyé en retard : prévu ${options.label})_`);
  if (options.calendarUrl) lines.push(`Calendrier : ${options.calendarUrl}`);
  if (options.roleId) lines.push(`<@&${options.roleId}>`);
  const rules = meeting.status === 'cancelled' ? undefined : meetingAttendanceRules(dataset, meeting);
  return {
    content: clip(lines.join('\n')),
    allowedRoleIds: options.roleId ? [options.roleId] : [],
    ...(rules ? { components: [attendanceButtons(rules)] } : {}),
  };
}

/** The notice sent to channels that were reminded of a meeting that is now cancelled. */
export function cancellationMessage(
  dataset: Dataset,
  meeting: DatedMeeting,
  roleId?: string,
): ReminderMessage {
  const target = targetName(dataset, meeting.body ?? meeting.group) || meeting.title;
  const lines = [
    `❌ **Réunion annulée — ${defuse(target)}**`,
    `La réunion du ${meetingDateText(meeting)}${timestamp(meeting)} est annulée. Le rappel envoyé plus tôt ne tient plus.`,
  ];
  if (roleId) lines.push(`<@&${roleId}>`);
  return { content: clip(lines.join('\n')), allowedRoleIds: roleId ? [roleId] : [] };
}
