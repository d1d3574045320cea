import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerIntent } from '../../conversation/engine.js';
import type { TargetRef } from '../../conversation/intent.js';
import { reply } from '../../conversation/reply.js';
import { matchingChoices, resolveChoice } from '../autocomplete-choices.js';
import { conversationContext } from '../bot-services.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

const KINDS = ['group', 'subgroup'] as const;

/** `/groupe nom`: a working group: objective, co-pilots, facilitators, structures. */
export const groupe: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('groupe')
    .setNameLocalizations(inEnglish('group'))
    .setDescription('Un groupe de travail : objectif, copilotes, animateurs, structures')
    .setDescriptionLocalizations(inEnglish('A working group: objective, co-pilots, facilitators, members'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o
        .setName('nom')
        .setNameLocalizations(inEnglish('name'))
        .setDescription('Le groupe ou sous-groupe')
        .setDescriptionLocalizations(inEnglish('The working group or sub-group'))
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
      return reply('usage', 'Groupe inconnu', {
        lines: [`Je ne connais pas de groupe « ${typed} ». Choisissez un groupe dans la liste proposée.`],
        error: true,
      });
    }
    return answerIntent({ kind: 'group-info', groups: [found as TargetRef], aspect: 'all' }, ctx);
  },
  autocomplete(interaction, services) {
    return matchingChoices(services.dataset(interaction.guildId), interaction.options.getFocused(), KINDS);
  },
};
