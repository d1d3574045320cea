import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerIntent } from '../../conversation/engine.js';
import type { AgendaPeriod } from '../../conversation/intent.js';
import { conversationContext } from '../bot-services.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

const PERIODS: readonly { value: AgendaPeriod; fr: string; en: string }[] = [
  { value: 'semaine', fr: 'Cette semaine', en: 'This week' },
  { value: 'mois', fr: 'Ce mois-ci', en: 'This month' },
  { value: 'trimestre', fr: 'Ce trimestre', en: 'This quarter' },
  { value: 'annee', fr: 'Cette année', en: 'This year' },
];

/** `/agenda [periode]`: the meetings of this week, month, quarter or year (this month by default). */
export const agenda: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('agenda')
    .setNameLocalizations(inEnglish('agenda'))
    .setDescription('Les réunions de la semaine, du mois, du trimestre ou de l’année')
    .setDescriptionLocalizations(inEnglish('Meetings of this week, month, quarter or year'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o
        .setName('periode')
        .setNameLocalizations(inEnglish('period'))
        .setDescription('La période (ce mois-ci par défaut)')
        .setDescriptionLocalizations(inEnglish('The period (this month by default)'))
        .addChoices(
          ...PERIODS.map((p) => ({ name: p.fr, name_localizations: inEnglish(p.en), value: p.value })),
        ),
    )
    .toJSON(),
  run(interaction, services) {
    const chosen = interaction.options.getString('periode');
    const period = PERIODS.find((p) => p.value === chosen)?.value ?? 'mois';
    return answerIntent({ kind: 'agenda', period }, conversationContext(services, interaction.guildId));
  },
};
