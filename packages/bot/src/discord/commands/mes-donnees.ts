import { formatCountFr } from '@ptce/core';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { reply } from '../../conversation/reply.js';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/**
 * `/mes-donnees voir | supprimer` (also in DM): what the bot keeps about me, and removing my
 * answers to the meetings to come. Past answers stay: staff confirm the sheet from them. Only I
 * see the reply.
 */
export const mesDonnees: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('mes-donnees')
    .setNameLocalizations(inEnglish('my-data'))
    .setDescription('Ce que le bot garde sur moi, et effacer mes réponses aux réunions à venir')
    .setDescriptionLocalizations(
      inEnglish('What the bot keeps about me, and erasing my answers to coming meetings'),
    )
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addSubcommand((s) =>
      s
        .setName('voir')
        .setNameLocalizations(inEnglish('show'))
        .setDescription('Ce que le bot garde sur moi')
        .setDescriptionLocalizations(inEnglish('What the bot keeps about me')),
    )
    .addSubcommand((s) =>
      s
        .setName('supprimer')
        .setNameLocalizations(inEnglish('delete'))
        .setDescription('Effacer mes réponses aux réunions à venir')
        .setDescriptionLocalizations(inEnglish('Erase my answers to the meetings to come')),
    )
    .toJSON(),
  defer: 'ephemeral',
  run(interaction, services) {
    const guildId = interaction.guildId ?? services.ptceGuildId;
    const title = 'Mes données';
    if (!guildId) return reply('my-data', title, { lines: ['Aucun serveur du PTCE n’est configuré.'] });
    const dataset = services.dataset(guildId);
    const now = services.clock.now().getTime();
    const store = services.store;
    const answers = store.answersOfUser(guildId, interaction.user.id);
    const meetingOf = (id: string) => dataset.meetingById.get(id);
    // A meeting gone from the data has no start: it counts as to come, so its answer can go.
    const coming = answers.filter((a) => {
      const m = meetingOf(a.meetingId);
      return m === undefined || m.when.startsAt > now;
    });
    if (interaction.options.getSubcommand() === 'supprimer') {
      const removed = store.deleteAnswers(
        guildId,
        coming.map((a) => a.meetingId),
        interaction.user.id,
      );
      return reply('my-data', title, {
        lines: [
          removed === 0
            ? 'Vous n’avez aucune réponse à une réunion à venir : rien à effacer.'
            : `${formatCountFr(removed, 'réponse effacée', 'réponses effacées')} (réunions à venir).`,
          'Les réponses aux réunions passées restent : l’équipe en tire la feuille d’émargement.',
        ],
        data: { removed },
      });
    }
    const respondent = store.respondentOf(guildId, interaction.user.id);
    const respondentName = respondent
      ? (dataset.structureById.get(respondent)?.name ??
        dataset.personById.get(respondent)?.name ??
        respondent)
      : undefined;
    return reply('my-data', title, {
      lines: [
        respondentName
          ? `Vous répondez pour : ${respondentName} (relié·e par l’équipe).`
          : 'Vous n’êtes relié·e à aucune structure ni personne du PTCE.',
        answers.length === 0
          ? 'Aucune réponse de présence enregistrée.'
          : `${formatCountFr(answers.length, 'réponse de présence enregistrée', 'réponses de présence enregistrées')}, dont ${formatCountFr(coming.length, 'pour une réunion à venir', 'pour des réunions à venir')} :`,
        ...answers.map((a) => {
          const m = meetingOf(a.meetingId);
          return m
            ? `• ${targetName(dataset, m.body ?? m.group) || m.title}, ${meetingDateText(m)}`
            : `• ${a.meetingId} (réunion retirée des données)`;
        }),
        '« /mes-donnees supprimer » efface vos réponses aux réunions à venir.',
      ],
      data: { answers: answers.map((a) => a.meetingId), coming: coming.map((a) => a.meetingId) },
    });
  },
};
