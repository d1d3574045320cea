import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerIntent } from '../../conversation/engine.js';
import { reply } from '../../conversation/reply.js';
import { matchingChoices, resolveChoice } from '../autocomplete-choices.js';
import { conversationContext } from '../bot-services.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

const KINDS = ['structure'] as const;

/** `/structure nom`: a member structure: address, leaders, activities, groups. */
export const structure: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('structure')
    .setNameLocalizations(inEnglish('organisation'))
    .setDescription('Une structure membre : adresse, dirigeants, activités, groupes')
    .setDescriptionLocalizations(inEnglish('A member organisation: address, leaders, activities, groups'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o
        .setName('nom')
        .setNameLocalizations(inEnglish('name'))
        .setDescription('La structure')
        .setDescriptionLocalizations(inEnglish('The organisation'))
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .toJSON(),
  run(interaction, services) {
    const ctx = conversationContext(services, interaction.guildId);
    const typed = interaction.options.getString('nom', true);
    const found = resolveChoice(ctx.dataset, typed, KINDS);
    if (!found) {
      return reply('usage', 'Structure inconnue', {
        lines: [
          `Je ne connais pas de structure « ${typed} ». Choisissez une structure dans la liste proposée.`,
        ],
        error: true,
      });
    }
    return answerIntent({ kind: 'structure-info', structures: [found.id], aspect: 'all' }, ctx);
  },
  autocomplete(interaction, services) {
    return matchingChoices(services.dataset(interaction.guildId), interaction.options.getFocused(), KINDS);
  },
};
