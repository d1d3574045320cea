import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerIntent } from '../../conversation/engine.js';
import type { TargetRef } from '../../conversation/intent.js';
import { reply } from '../../conversation/reply.js';
import { matchingChoices, resolveChoice } from '../autocomplete-choices.js';
import { conversationContext } from '../bot-services.js';
import { meetingAttendanceButtons } from '../components/meeting-attendance-buttons.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

const KINDS = ['body', 'group', 'subgroup'] as const;

/** `/prochain [instance]`: the next meeting, of one body or working group or of any. */
export const prochain: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('prochain')
    .setNameLocalizations(inEnglish('next'))
    .setDescription('La prochaine réunion d’une instance ou d’un groupe de travail')
    .setDescriptionLocalizations(inEnglish('The next meeting of a governance body or working group'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o
        .setName('instance')
        .setNameLocalizations(inEnglish('body'))
        .setDescription('Instance, groupe ou sous-groupe (toutes les réunions si vide)')
        .setDescriptionLocalizations(inEnglish('Body, working group or sub-group (any meeting if empty)'))
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .toJSON(),
  run(interaction, services) {
    const ctx = conversationContext(services, interaction.guildId);
    const typed = interaction.options.getString('instance');
    if (typed === null || typed.trim() === '')
      return answerIntent({ kind: 'next-meeting', targets: [] }, ctx);
    const found = resolveChoice(ctx.dataset, typed, KINDS);
    if (!found) {
      return reply('usage', 'Instance ou groupe inconnu', {
        lines: [
          `Je ne connais pas « ${typed} ». Choisissez une instance ou un groupe dans la liste proposée.`,
        ],
        error: true,
      });
    }
    return answerIntent({ kind: 'next-meeting', targets: [found as TargetRef] }, ctx);
  },
  components(answer, interaction, services) {
    return meetingAttendanceButtons(answer, services.dataset(interaction.guildId));
  },
  autocomplete(interaction, services) {
    return matchingChoices(services.dataset(interaction.guildId), interaction.options.getFocused(), KINDS);
  },
};
