import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerIntent } from '../../conversation/engine.js';
import { conversationContext } from '../bot-services.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';
import { yearOption } from './year-option.js';

/** `/indicateurs [annee]`: the PTCE's indicators for a year, with their sources. */
export const indicateurs: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('indicateurs')
    .setNameLocalizations(inEnglish('indicators'))
    .setDescription('Les indicateurs du PTCE pour une année, avec leurs sources')
    .setDescriptionLocalizations(inEnglish('The PTCE’s indicators for a year, with their sources'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addIntegerOption(yearOption('des indicateurs', 'of the indicators'))
    .toJSON(),
  defer: 'public',
  run(interaction, services) {
    const year = interaction.options.getInteger('annee');
    return answerIntent(
      { kind: 'indicators-overview', ...(year === null ? {} : { year }) },
      conversationContext(services, interaction.guildId),
    );
  },
};
