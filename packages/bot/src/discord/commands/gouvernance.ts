import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerIntent } from '../../conversation/engine.js';
import { conversationContext } from '../bot-services.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';
import { yearOption } from './year-option.js';

/** `/gouvernance [annee]`: whether each body met as often as its rules say, for a year. */
export const gouvernance: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('gouvernance')
    .setNameLocalizations(inEnglish('governance'))
    .setDescription('Les instances se sont-elles réunies aussi souvent que prévu ?')
    .setDescriptionLocalizations(inEnglish('Did each governance body meet as often as its rules say?'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addIntegerOption(yearOption('à examiner', 'to review'))
    .toJSON(),
  defer: 'public',
  run(interaction, services) {
    const year = interaction.options.getInteger('annee');
    return answerIntent(
      { kind: 'governance', ...(year === null ? {} : { year }) },
      conversationContext(services, interaction.guildId),
    );
  },
};
