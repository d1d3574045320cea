import { type Dataset, normalizeText } from '@ptce/core';
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { type Reply, reply } from '../../conversation/reply.js';
import { type Choice, MAX_CHOICES } from '../autocomplete-choices.js';
import { staffOnly } from '../preconditions/staff-only.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** People and member structures of the data file, as `/membre lier` offers them. */
function whoChoices(dataset: Dataset, query: string): Choice[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  const all = [
    ...dataset.people.map((p) => ({ name: `${p.name} (personne)`, value: p.id })),
    ...dataset.structures.map((s) => ({ name: `${s.name} (structure)`, value: s.id })),
  ];
  return all
    .filter((c) => words.every((w) => normalizeText(`${c.name} ${c.value}`).includes(w)))
    .slice(0, MAX_CHOICES);
}

function nameOf(dataset: Dataset, id: string): string | undefined {
  return dataset.personById.get(id)?.name ?? dataset.structureById.get(id)?.name;
}

/**
 * `/membre lier|retirer` (staff): says which person or member structure of the data file a
 * Discord member answers convocations for. Without a link, a member can answer open meetings only.
 */
export const membre: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('membre')
    .setNameLocalizations(inEnglish('member'))
    .setDescription('Relier un membre Discord à sa personne ou sa structure (réservé à l’équipe)')
    .setDescriptionLocalizations(inEnglish('Link a Discord member to their person or structure (staff only)'))
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('lier')
        .setNameLocalizations(inEnglish('link'))
        .setDescription('Ce membre répond aux convocations pour cette personne ou cette structure')
        .setDescriptionLocalizations(
          inEnglish('This member answers convocations for this person or structure'),
        )
        .addUserOption((o) =>
          o
            .setName('utilisateur')
            .setNameLocalizations(inEnglish('user'))
            .setDescription('Le membre Discord')
            .setDescriptionLocalizations(inEnglish('The Discord member'))
            .setRequired(true),
        )
        .addStringOption((o) =>
          o
            .setName('qui')
            .setNameLocalizations(inEnglish('who'))
            .setDescription('La personne ou la structure du fichier de données')
            .setDescriptionLocalizations(inEnglish('The person or structure of the data file'))
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('retirer')
        .setNameLocalizations(inEnglish('unlink'))
        .setDescription('Retire le lien d’un membre')
        .setDescriptionLocalizations(inEnglish('Removes a member’s link'))
        .addUserOption((o) =>
          o
            .setName('utilisateur')
            .setNameLocalizations(inEnglish('user'))
            .setDescription('Le membre Discord')
            .setDescriptionLocalizations(inEnglish('The Discord member'))
            .setRequired(true),
        ),
    )
    .toJSON(),
  preconditions: [staffOnly],
  run(interaction, services): Reply {
    const guildId = interaction.guildId;
    if (!guildId) {
      return reply('usage', 'Commande indisponible', {
        lines: ['Cette commande s’utilise dans le serveur du PTCE.'],
        error: true,
      });
    }
    const user = interaction.options.getUser('utilisateur', true);
    const mention = `<@${user.id}>`;
    if (interaction.options.getSubcommand(true) === 'retirer') {
      const removed = services.store.unlinkMember(guildId, user.id);
      return reply('member-unlinked', 'Lien retiré', {
        lines: [
          removed
            ? `${mention} n’est plus relié·e au fichier de données.`
            : `${mention} n’était relié·e à rien.`,
        ],
      });
    }
    const dataset = services.dataset(guildId);
    const who = interaction.options.getString('qui', true).trim();
    const name = nameOf(dataset, who);
    if (!name) {
      return reply('usage', 'Personne ou structure inconnue', {
        lines: [`Je ne connais ni personne ni structure « ${who} ». Choisissez dans la liste proposée.`],
        error: true,
      });
    }
    services.store.linkMember(guildId, user.id, who, services.clock.now());
    return reply('member-linked', 'Membre relié', {
      lines: [`${mention} répond désormais aux convocations pour ${name}.`],
    });
  },
  autocomplete(interaction, services) {
    return whoChoices(services.dataset(interaction.guildId), interaction.options.getFocused());
  },
};
