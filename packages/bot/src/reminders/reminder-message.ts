import { type AgendaItem, type Dataset, type DatedMeeting, meetingAttendanceRules } from '@ptce/core';
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord.js';
import { clipText } from '../clip-text.js';
import { defusedMentions } from '../defused-mentions.js';
import { chosenLinks } from '../discord/chosen-links.js';
import { attendanceButtons } from '../discord/components/attendance-buttons.js';
import { discordText } from '../discord/discord-text.js';
import { meetingDateText } from '../meeting-text/meeting-date-text.js';
import { targetName } from '../meeting-text/target-name.js';

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

function timestamp(meeting: DatedMeeting): string {
  if (meeting.when.start.precision !== 'datetime') return '';
  const s = Math.floor(meeting.when.startsAt / 1000);
  return ` (<t:${s}:F>, <t:${s}:R>)`;
}

/**
 * The message within Discord's 2,000 characters. The agenda gives way first: whole items are
 * kept while they fit, then a line says where the full agenda is. The head (what, when, where)
 * is cut only if it alone is too long. The tail (late note, calendar, role mention) is never cut,
 * so the ping always goes out.
 */
function fitted(
  head: readonly string[],
  agenda: readonly string[],
  tail: readonly string[],
  fullAgenda: string,
) {
  const all = [...head, ...agenda, ...tail].join('\n');
  if (all.length <= MAX_CONTENT) return all;
  const tailText = tail.length > 0 ? `\n${tail.join('\n')}` : '';
  let room = MAX_CONTENT - tailText.length;
  const headText = clipText(head.join('\n'), agenda.length > 0 ? room - fullAgenda.length - 1 : room);
  room -= headText.length;
  if (agenda.length === 0) return headText + tailText;
  room -= fullAgenda.length + 1;
  const kept: string[] = [];
  for (const line of agenda) {
    if (line.length + 1 > room) break;
    kept.push(line);
    room -= line.length + 1;
  }
  // "Ordre du jour :" alone would announce nothing.
  const shown = kept.length > 1 ? kept.map((l) => `\n${l}`).join('') : '';
  return `${headText}${shown}\n${fullAgenda}${tailText}`;
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
    /** The calendar feed, whose events carry the full agenda. */
    readonly calendarUrl?: string;
  },
): ReminderMessage {
  const target = targetName(dataset, meeting.body ?? meeting.group) || meeting.title;
  // Text from the data is shown as written: no markup, no ping, links only where the PTCE put one.
  const isLink = chosenLinks(dataset);
  const defuse = (text: string) => defusedMentions(discordText(text, isLink));
  const head = [
    `🔔 **Rappel — ${defuse(target)}**${meeting.title !== target ? ` : ${defuse(meeting.title)}` : ''}`,
    `📅 ${meetingDateText(meeting)}${timestamp(meeting)}`,
  ];
  if (meeting.place) head.push(`📍 ${defuse(meeting.place)}`);
  if (meeting.link) head.push(`🔗 ${meeting.link}`);
  const items = agendaText(meeting.agenda).map(defuse);
  const agenda =
    meeting.agenda.length > 0 && (options.includeAgenda || meeting.agenda.length <= 8)
      ? ['Ordre du jour :', ...items]
      : [];
  const tail: string[] = [];
  if (options.late) tail.push(`_(rappel envoyé en retard : prévu ${options.label})_`);
  if (options.calendarUrl) tail.push(`Calendrier : ${options.calendarUrl}`);
  if (options.roleId) tail.push(`<@&${options.roleId}>`);
  const fullAgenda = options.calendarUrl
    ? `… (ordre du jour complet : ${options.calendarUrl})`
    : `… (ordre du jour complet : ${items.length} points, trop long pour un message)`;
  const rules = meeting.status === 'cancelled' ? undefined : meetingAttendanceRules(dataset, meeting);
  return {
    content: fitted(head, agenda, tail, fullAgenda),
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
  const defuse = (text: string) => defusedMentions(discordText(text));
  const lines = [
    `❌ **Réunion annulée — ${defuse(target)}**`,
    `La réunion du ${meetingDateText(meeting)}${timestamp(meeting)} est annulée. Le rappel envoyé plus tôt ne tient plus.`,
  ];
  return {
    content: fitted(lines, [], roleId ? [`<@&${roleId}>`] : [], ''),
    allowedRoleIds: roleId ? [roleId] : [],
  };
}
