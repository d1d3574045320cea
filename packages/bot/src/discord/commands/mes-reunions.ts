import { type AttendanceAnswer, type Dataset, meetingAttendanceRules, upcomingMeetings } from '@ptce/core';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { voterOf } from '../../attendance/answer-check.js';
import { reply } from '../../conversation/reply.js';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import { attendanceButtons } from '../components/attendance-buttons.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** Discord shows at most five rows of buttons under a message. */
const MAX_MEETINGS = 5;

const ANSWER_TEXT: Readonly<Record<AttendanceAnswer, string>> = {
  present: 'présent·e',
  excused: 'excusé·e',
  absent: 'absent·e',
  proxy: 'pouvoir donné',
};

/** The name of the person or structure a proxy went to, as the data file spells it. */
function voterName(dataset: Dataset, id: string): string | undefined {
  return dataset.structureById.get(id)?.name ?? dataset.personById.get(id)?.name;
}

/**
 * `/mes-reunions` (also in DM): my next meetings, those I am convened to or that are open to all,
 * with my answer, and buttons to give or change it. Only I see it.
 */
export const mesReunions: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('mes-reunions')
    .setNameLocalizations(inEnglish('my-meetings'))
    .setDescription('Mes prochaines réunions et mes réponses (présent·e, excusé·e, pouvoir)')
    .setDescriptionLocalizations(inEnglish('My next meetings and my answers (present, excused, proxy)'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),
  defer: 'ephemeral',
  run(interaction, services) {
    const guildId = interaction.guildId ?? services.ptceGuildId;
    const title = 'Mes prochaines réunions';
    if (!guildId) return reply('my-meetings', title, { lines: ['Aucun serveur du PTCE n’est configuré.'] });
    const dataset = services.dataset(guildId);
    const now = services.clock.now();
    const store = services.store;
    const linked = store.respondentOf(guildId, interaction.user.id);
    const mine = upcomingMeetings(dataset, now, { statuses: ['planned'] }).filter((m) => {
      if (!(m.when.startsAt > now.getTime())) return false;
      const rules = meetingAttendanceRules(dataset, m);
      if (!rules) return false;
      return rules.open || (linked !== undefined && voterOf(rules, linked) !== undefined);
    });
    const shown = mine.slice(0, MAX_MEETINGS);
    if (shown.length === 0) {
      return reply('my-meetings', title, {
        lines: [
          linked
            ? 'Aucune réunion à venir ne vous convoque pour le moment.'
            : 'Aucune réunion ouverte à tous n’est prévue, et vous n’êtes relié·e à aucune structure : demandez à l’équipe de vous relier pour répondre aux convocations.',
        ],
      });
    }
    const lines = shown.map((m, i) => {
      const answer = store.answerOf(guildId, m.id, interaction.user.id);
      const holder = answer?.holder === undefined ? undefined : voterName(dataset, answer.holder);
      const status = answer
        ? `${ANSWER_TEXT[answer.answer]}${holder ? ` à ${holder}` : ''}`
        : 'pas encore répondu';
      return `(${i + 1}) ${targetName(dataset, m.body ?? m.group) || m.title}, ${meetingDateText(m)} — ${status}`;
    });
    if (mine.length > shown.length) lines.push(`… et ${mine.length - shown.length} autres, plus tard.`);
    return reply('my-meetings', title, {
      lines: [...lines, 'Les boutons numérotés changent votre réponse jusqu’au début de chaque réunion.'],
      data: { meetings: shown.map((m) => m.id) },
    });
  },
  components(answer, interaction, services) {
    const guildId = interaction.guildId ?? services.ptceGuildId;
    const dataset = services.dataset(guildId);
    const ids = ((answer.data as { meetings?: string[] } | undefined)?.meetings ?? []).slice(0, MAX_MEETINGS);
    return ids.flatMap((id, i) => {
      const meeting = dataset.meetingById.get(id);
      const rules = meeting ? meetingAttendanceRules(dataset, meeting) : undefined;
      return rules ? [attendanceButtons(rules, ` (${i + 1})`)] : [];
    });
  },
};
