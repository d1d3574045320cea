import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { discordConversationKey } from '../../conversation/conversation-memories.js';
import { converseIn } from '../../conversation/converse.js';
import { MAX_QUESTION_LENGTH } from '../../conversation/max-question-length.js';
import { conversationContext } from '../bot-services.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** `/question texte`: any question in French, answered like a mention. */
export const question: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('question')
    .setNameLocalizations(inEnglish('question'))
    .setDescription('Posez une question sur le PTCE, en français')
    .setDescriptionLocalizations(inEnglish('Ask a question about the PTCE, in French'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o
        .setName('texte')
        .setNameLocalizations(inEnglish('text'))
        .setDescription('Par exemple : quand a lieu le prochain comité de pilotage ?')
        .setDescriptionLocalizations(inEnglish('For example: quand a lieu le prochain comité de pilotage ?'))
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .toJSON(),
  defer: 'public',
  run(interaction, services) {
    return converseIn(
      interaction.options.getString('texte', true),
      conversationContext(services, interaction.guildId),
      services.conversations,
      discordConversationKey(interaction.guildId, interaction.channelId, interaction.user.id),
    );
  },
};
