import { type Dataset, normalizeText } from '@ptce/core';
import {
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  Routes,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import { type Reply, reply } from '../../conversation/reply.js';
import { resolveTarget } from '../../staff/meeting-changes.js';
import { retryWhileLocked, StoreError } from '../../store/index.js';
import { type Choice, MAX_CHOICES, matchingChoices } from '../autocomplete-choices.js';
import type { BotServices } from '../bot-services.js';
import { staffOnly } from '../preconditions/staff-only.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';
import { routesByChannel, routeTargetName, sendFailureText, testPostContent } from './rappels-test-post.js';

const TARGET_KINDS = ['body', 'group', 'subgroup'] as const;

const EVERYTHING: Choice = { name: 'Toutes les instances et tous les groupes (*)', value: '*' };

function refusal(title: string, error: string): Reply {
  return reply('usage', title, { lines: [error], error: true });
}

/** The `instance` option of `canal` and `retirer`: a body or group, or `*`, autocompleted. */
function instanceOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o
    .setName('instance')
    .setNameLocalizations(inEnglish('body'))
    .setDescription('Instance, groupe, ou * pour toutes les réunions')
    .setDescriptionLocalizations(inEnglish('Body, working group, or * for every meeting'))
    .setRequired(true)
    .setAutocomplete(true)
    .setMaxLength(100);
}

/** The route target typed in `instance`: a body or group id, or `*`. */
function routeTarget(
  interaction: ChatInputCommandInteraction,
  dataset: Dataset,
): { ok: true; value: string } | { ok: false; error: string } {
  const typed = interaction.options.getString('instance', true).trim();
  if (typed === '*') return { ok: true, value: '*' };
  const found = resolveTarget(dataset, typed);
  return found.ok ? { ok: true, value: found.value.id } : found;
}

function setChannel(interaction: ChatInputCommandInteraction, services: BotServices, guildId: string): Reply {
  const dataset = services.dataset(guildId);
  const resolved = routeTarget(interaction, dataset);
  if (!resolved.ok) return refusal('Salon de rappel non enregistré', resolved.error);
  const target = resolved.value;
  const channel = interaction.options.getChannel('salon', true);
  const role = interaction.options.getRole('role');
  if (role && role.id === guildId) {
    return refusal(
      'Salon de rappel non enregistré',
      'Les rappels ne mentionnent jamais @everyone : choisissez un rôle précis, ou aucun.',
    );
  }
  services.store.setRoute(
    guildId,
    { target, channelId: channel.id, ...(role ? { roleId: role.id } : {}) },
    services.clock.now(),
  );
  services.logger.info('reminder route set', {
    guild: guildId,
    target,
    channel: channel.id,
    role: role?.id,
    user: interaction.user.id,
  });
  const mention = role ? `, en mentionnant <@&${role.id}>` : '';
  return reply('reminder-route-set', 'Salon de rappel enregistré', {
    lines: [
      `Les rappels de ${routeTargetName(dataset, target)} seront publiés dans <#${channel.id}>${mention}.`,
      'Vérifiez que le bot peut y écrire avec /rappels tester.',
    ],
  });
}

function removeChannel(
  interaction: ChatInputCommandInteraction,
  services: BotServices,
  guildId: string,
): Reply {
  const dataset = services.dataset(guildId);
  const resolved = routeTarget(interaction, dataset);
  if (!resolved.ok) return refusal('Salon de rappel non retiré', resolved.error);
  const target = resolved.value;
  const channel = interaction.options.getChannel('salon');
  const removed = services.store.removeRoute(guildId, target, channel?.id);
  if (removed === 0) {
    return refusal(
      'Salon de rappel non retiré',
      `Aucun salon de rappel n’est configuré pour ${routeTargetName(dataset, target)}${channel ? ` dans <#${channel.id}>` : ''}.`,
    );
  }
  services.logger.info('reminder route removed', {
    guild: guildId,
    target,
    channel: channel?.id,
    removed,
    user: interaction.user.id,
  });
  return reply('reminder-route-removed', 'Salon de rappel retiré', {
    lines: [
      `Les rappels de ${routeTargetName(dataset, target)} ne seront plus publiés ${channel ? `dans <#${channel.id}>` : `dans ${removed > 1 ? `ses ${removed} salons` : 'son salon'}`}.`,
    ],
  });
}

function listRoutes(services: BotServices, guildId: string): Reply {
  const dataset = services.dataset(guildId);
  const routes = services.store.listRoutes(guildId);
  if (routes.length === 0) {
    return reply('reminder-routes', 'Salons de rappel', {
      lines: ['Aucun salon de rappel n’est configuré.', 'Ajoutez-en un avec /rappels canal.'],
    });
  }
  return reply('reminder-routes', 'Salons de rappel', {
    lines: routes.map(
      (r) =>
        `• ${routeTargetName(dataset, r.target)} → <#${r.channelId}>${r.roleId ? `, en mentionnant <@&${r.roleId}>` : ''}`,
    ),
  });
}

async function testRoutes(
  interaction: ChatInputCommandInteraction,
  services: BotServices,
  guildId: string,
): Promise<Reply> {
  const dataset = services.dataset(guildId);
  const byChannel = routesByChannel(services.store.listRoutes(guildId));
  if (byChannel.size === 0) {
    return refusal(
      'Aucun salon de rappel',
      'Aucun salon de rappel n’est configuré : ajoutez-en un avec /rappels canal.',
    );
  }
  const outcomes = await Promise.all(
    [...byChannel].map(async ([channelId, routes]) => {
      try {
        await interaction.client.rest.post(Routes.channelMessages(channelId), {
          body: {
            content: testPostContent(dataset, routes, interaction.user.id),
            allowed_mentions: { parse: [] },
          },
        });
        return { channelId, failure: undefined };
      } catch (error) {
        services.logger.warn('reminder test post failed', { guild: guildId, channel: channelId, error });
        return { channelId, failure: sendFailureText(error) };
      }
    }),
  );
  const failed = outcomes.filter((o) => o.failure !== undefined).length;
  services.logger.info('reminder routes tested', { guild: guildId, channels: outcomes.length, failed });
  return reply(
    'reminder-test',
    failed === 0
      ? 'Test des rappels réussi'
      : `Test des rappels : ${failed} salon${failed > 1 ? 's' : ''} sur ${outcomes.length} en échec`,
    {
      lines: outcomes.map((o) =>
        o.failure === undefined
          ? `✅ <#${o.channelId}> : message de test publié.`
          : `❌ <#${o.channelId}> : ${o.failure}.`,
      ),
      error: failed > 0,
    },
  );
}

/** Runs a route change, again while the database is locked; a store fault is told to staff in French. */
async function changeRoutes(change: () => Reply | Promise<Reply>): Promise<Reply> {
  try {
    return await retryWhileLocked(change);
  } catch (error) {
    if (error instanceof StoreError) return refusal('Modification refusée', error.message);
    throw error;
  }
}

/**
 * `/rappels canal|retirer|liste|tester` (staff): where each body's or group's reminders are posted and
 * whom they mention, and a test post to check the bot can write there.
 */
export const rappels: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('rappels')
    .setNameLocalizations(inEnglish('reminders'))
    .setDescription('Salons où publier les rappels de réunion (réservé à l’équipe)')
    .setDescriptionLocalizations(inEnglish('Channels where meeting reminders are posted (staff only)'))
    .setContexts(InteractionContextType.Guild)
    // Hidden by default from members who cannot manage the server; the handler checks anyway.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('canal')
        .setNameLocalizations(inEnglish('channel'))
        .setDescription('Publie les rappels d’une instance ou d’un groupe (ou de tout : *) dans un salon')
        .setDescriptionLocalizations(
          inEnglish('Posts the reminders of a body or group (or all: *) in a channel'),
        )
        .addStringOption(instanceOption)
        .addChannelOption((o) =>
          o
            .setName('salon')
            .setNameLocalizations(inEnglish('channel'))
            .setDescription('Le salon des rappels')
            .setDescriptionLocalizations(inEnglish('The reminders channel'))
            .setRequired(true)
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        )
        .addRoleOption((o) =>
          o
            .setName('role')
            .setNameLocalizations(inEnglish('role'))
            .setDescription('Le rôle à mentionner dans les rappels (aucun par défaut)')
            .setDescriptionLocalizations(inEnglish('The role to mention in reminders (none by default)')),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('retirer')
        .setNameLocalizations(inEnglish('remove'))
        .setDescription('Ne plus publier les rappels d’une instance dans un salon')
        .setDescriptionLocalizations(inEnglish('Stop posting a body’s reminders in a channel'))
        .addStringOption(instanceOption)
        .addChannelOption((o) =>
          o
            .setName('salon')
            .setNameLocalizations(inEnglish('channel'))
            .setDescription('Le salon (tous ses salons si vide)')
            .setDescriptionLocalizations(inEnglish('The channel (all of its channels if empty)'))
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('liste')
        .setNameLocalizations(inEnglish('list'))
        .setDescription('Les salons de rappel et les rôles mentionnés')
        .setDescriptionLocalizations(inEnglish('The reminder channels and the roles mentioned')),
    )
    .addSubcommand((s) =>
      s
        .setName('tester')
        .setNameLocalizations(inEnglish('test'))
        .setDescription('Publie un message de test, sans mention, dans chaque salon de rappel')
        .setDescriptionLocalizations(
          inEnglish('Posts a test message, with no mention, in each reminder channel'),
        ),
    )
    .toJSON(),
  defer: 'ephemeral',
  preconditions: [staffOnly],
  async run(interaction, services) {
    const guildId = interaction.guildId;
    if (!guildId)
      return refusal('Commande indisponible', 'Cette commande s’utilise dans le serveur du PTCE.');
    switch (interaction.options.getSubcommand(true)) {
      case 'canal':
        return changeRoutes(() => setChannel(interaction, services, guildId));
      case 'retirer':
        return changeRoutes(() => removeChannel(interaction, services, guildId));
      case 'liste':
        return listRoutes(services, guildId);
      case 'tester':
        return testRoutes(interaction, services, guildId);
      default:
        return refusal('Commande inconnue', 'Choisissez canal, retirer, liste ou tester.');
    }
  },
  autocomplete(interaction, services) {
    const typed = interaction.options.getFocused();
    const q = normalizeText(typed);
    const everything =
      q === '' || typed.trim() === '*' || normalizeText(EVERYTHING.name).includes(q) ? [EVERYTHING] : [];
    const named = matchingChoices(services.dataset(interaction.guildId), typed, TARGET_KINDS);
    return [...everything, ...named].slice(0, MAX_CHOICES);
  },
};
