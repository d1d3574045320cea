import {
  type AttendanceReport,
  attendanceReport,
  type Dataset,
  type DatedMeeting,
  formatCountFr,
  meetingAttendanceRules,
} from '@ptce/core';
import { type ChatInputCommandInteraction, Routes, type SlashCommandSubcommandBuilder } from 'discord.js';
import { attendanceCountsText } from '../../attendance/attendance-counts-text.js';
import { meetingWhat, presencesReply } from '../../attendance/presences-reply.js';
import { type Reply, reply } from '../../conversation/reply.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { BotServices } from '../bot-services.js';
import { attendanceButtons } from '../components/attendance-buttons.js';
import { inEnglish } from './in-english.js';

/** What a presences subcommand works on. */
export interface PresencesChange {
  readonly interaction: ChatInputCommandInteraction;
  readonly services: BotServices;
  readonly guildId: string;
  readonly dataset: Dataset;
  readonly now: Date;
}

const meetingOption = (s: SlashCommandSubcommandBuilder) =>
  s.addStringOption((o) =>
    o
      .setName('reunion')
      .setNameLocalizations(inEnglish('meeting'))
      .setDescription('La réunion')
      .setDescriptionLocalizations(inEnglish('The meeting'))
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  );

/** `/reunion presences reunion:` — the subcommand's definition. */
export const presencesDefinition = (s: SlashCommandSubcommandBuilder) =>
  meetingOption(
    s
      .setName('presences')
      .setNameLocalizations(inEnglish('attendance'))
      .setDescription('Qui vient, par statut et par structure, le quorum et qui n’a pas répondu')
      .setDescriptionLocalizations(
        inEnglish('Who is coming, by status and organisation, the quorum, who has not answered'),
      ),
  );

/** `/reunion relancer reunion:` — the subcommand's definition. */
export const relancerDefinition = (s: SlashCommandSubcommandBuilder) =>
  meetingOption(
    s
      .setName('relancer')
      .setNameLocalizations(inEnglish('nudge'))
      .setDescription('Relance une fois les convoqués qui n’ont pas répondu')
      .setDescriptionLocalizations(inEnglish('Reminds once the convened members who have not answered')),
  );

function refusal(title: string, text: string): Reply {
  return reply('usage', title, { lines: [text], error: true });
}

function meetingAndReport(
  change: PresencesChange,
): { meeting: DatedMeeting; report: AttendanceReport; what: string } | Reply {
  const id = change.interaction.options.getString('reunion', true);
  const meeting = change.dataset.meetingById.get(id);
  if (!meeting)
    return refusal(
      'Réunion inconnue',
      `Je ne connais pas la réunion « ${id} ». Choisissez-la dans la liste proposée.`,
    );
  const rules = meetingAttendanceRules(change.dataset, meeting);
  if (!rules) {
    return refusal(
      'Pas de règles de présence',
      `${targetName(change.dataset, meeting.body ?? meeting.group) || meeting.title} n’a pas de règles de présence dans le fichier de données (« attendance »).`,
    );
  }
  const responses = change.services.store.attendanceResponses(change.guildId, meeting.id);
  const report = attendanceReport(meeting, responses, rules, change.now);
  const what = meetingWhat(change.dataset, meeting);
  return { meeting, report, what };
}

/** `/reunion presences`: the list by status and structure, the quorum forecast, the silent ones. */
export function presences(change: PresencesChange): Reply {
  const found = meetingAndReport(change);
  if ('intent' in found) return found;
  return presencesReply(change.dataset, found.meeting, found.report);
}

/** `/reunion relancer`: one message to the meeting's reminder channels for those who have not answered. */
export async function relancer(change: PresencesChange): Promise<Reply> {
  const found = meetingAndReport(change);
  if ('intent' in found) return found;
  const { meeting, report, what } = found;
  if (report.final) return refusal('Réunion commencée', 'La réunion a commencé : les réponses sont closes.');
  if (report.counts.noAnswer === 0) {
    return reply('attendance-nudge', 'Pas de relance', {
      lines: ['Tous les convoqués ont répondu.'],
      private: true,
    });
  }
  const rules = meetingAttendanceRules(change.dataset, meeting)!;
  const target = meeting.body ?? meeting.group ?? '';
  const routes = change.services.store.routesFor(change.guildId, target);
  const destinations =
    routes.length > 0 ? routes : [{ target, channelId: change.interaction.channelId, roleId: undefined }];
  const rest = change.interaction.client.rest;
  const posted: string[] = [];
  for (const route of destinations) {
    const lines = [
      `📣 **Relance — ${what}**`,
      `${formatCountFr(report.counts.noAnswer, 'convoqué·e n’a', 'convoqué·es n’ont')} pas encore répondu. Merci d’indiquer votre présence avec les boutons ci-dessous.`,
      attendanceCountsText(report),
      ...(route.roleId ? [`<@&${route.roleId}>`] : []),
    ];
    const message = (await rest.post(Routes.channelMessages(route.channelId), {
      body: {
        content: lines.join('\n'),
        components: [attendanceButtons(rules)],
        allowed_mentions: { parse: [], roles: route.roleId ? [route.roleId] : [] },
      },
    })) as { id: string };
    change.services.store.trackAttendanceMessage(
      change.guildId,
      { channelId: route.channelId, messageId: message.id, meetingId: meeting.id },
      change.now,
    );
    change.services.store.markAttendanceShown(
      change.guildId,
      message.id,
      attendanceCountsText(report),
      change.now,
    );
    posted.push(`<#${route.channelId}>`);
  }
  return reply('attendance-nudge', 'Relance envoyée', {
    lines: [`Relance de ${what} envoyée dans ${posted.join(', ')}.`],
    private: true,
  });
}
