import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { sharedStaffOnly } from '../preconditions/staff-only.js';
import { reloadReply } from '../reload-reply.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** `/donnees recharger` (staff): re-reads the data file; a broken file is refused and the old data kept. */
export const donnees: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('donnees')
    .setNameLocalizations(inEnglish('data'))
    .setDescription('Gestion des données du PTCE (réservé à l’équipe)')
    .setDescriptionLocalizations(inEnglish('Manage the PTCE’s data (staff only)'))
    .setContexts(InteractionContextType.Guild)
    // Hidden by default from members who cannot manage the server; the handler checks anyway.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('recharger')
        .setNameLocalizations(inEnglish('reload'))
        .setDescription(
          'Relit le fichier de données ; en cas d’erreur, les données actuelles restent en service',
        )
        .setDescriptionLocalizations(
          inEnglish('Re-reads the data file; if it is broken, the current data stay'),
        ),
    )
    .toJSON(),
  defer: 'ephemeral',
  preconditions: [sharedStaffOnly],
  async run(interaction, services) {
    const outcome = await services.reload(`/donnees recharger par ${interaction.user.id}`);
    return reloadReply(outcome, services.data.current);
  },
};
