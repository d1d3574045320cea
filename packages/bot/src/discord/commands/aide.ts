import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { helpReply } from '../../conversation/engine.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** `/aide`: what the bot can answer, and how to ask. */
export const aide: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('aide')
    .setNameLocalizations(inEnglish('help'))
    .setDescription('Ce que le bot sait répondre, et comment le lui demander')
    .setDescriptionLocalizations(inEnglish('What the bot can answer, and how to ask'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),
  run: () => helpReply(),
};
