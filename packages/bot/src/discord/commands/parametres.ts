import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { type Reply, reply } from '../../conversation/reply.js';
import type { GuildSettings, GuildSettingsChange } from '../../guild-settings.js';
import { digestTimingFr, parseDigestSchedule } from '../../reminders/digest.js';
import { StoreError } from '../../store/index.js';
import type { BotServices } from '../bot-services.js';
import { guildStaffOnly } from '../preconditions/staff-only.js';
import { datasetSummary } from '../reload-reply.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** The settings of a guild, one line each, as `/parametres voir` shows them. */
export function settingsLines(settings: GuildSettings, services: BotServices, guildId: string): string[] {
  const data = services.guildData.forGuild(guildId);
  return [
    `Données : ${data ? datasetSummary(data) : 'aucune (/donnees importer)'}.`,
    `Rôle de l’équipe : ${settings.staffRoleIds.length > 0 ? settings.staffRoleIds.map((r) => `<@&${r}>`).join(', ') : 'aucun (seule la permission « Gérer le serveur » compte)'}.`,
    `Salon de l’équipe : ${settings.staffChannelId ? `<#${settings.staffChannelId}>` : 'aucun'}.`,
    `Résumé : ${settings.digest ? `<#${settings.digest.channelId}>, ${digestTimingFr(settings.digest.timing)}` : 'désactivé'}.`,
    `Relance des comptes rendus : ${settings.minutesAfterDays} jours après la réunion.`,
    `Événements Discord : ${settings.events ? 'activés' : 'désactivés'}.`,
    `Fuseau horaire : ${settings.timeZone ?? data?.timeZone ?? 'Europe/Paris'}.`,
  ];
}

function change(
  guildId: string,
  userId: string,
  patch: GuildSettingsChange,
  what: string,
  services: BotServices,
): Reply {
  const now = services.clock.now();
  try {
    services.store.changeGuildSettings(guildId, patch, now);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'invalid-settings') {
      return reply('settings', 'Réglage refusé', { lines: [error.message], error: true });
    }
    throw error;
  }
  services.store.logDecision(guildId, {
    key: 'parametres',
    decision: 'changed',
    reason: `${what} par ${userId}`,
    at: now,
  });
  services.logger.info('guild settings changed', { guild: guildId, change: what });
  services.guildChanged(guildId);
  return reply('settings', 'Réglage enregistré', {
    lines: [`${what}.`, ...settingsLines(services.settings(guildId), services, guildId)],
  });
}

const textChannel = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/**
 * `/parametres` (staff of this server): see and change this server's settings. Each change is
 * logged to the decision log and the server's jobs pick it up at once.
 */
export const parametres: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('parametres')
    .setNameLocalizations(inEnglish('settings'))
    .setDescription('Réglages du PTCE sur ce serveur (réservé à l’équipe)')
    .setDescriptionLocalizations(inEnglish('This server’s PTCE settings (staff only)'))
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('voir')
        .setNameLocalizations(inEnglish('show'))
        .setDescription('Affiche les réglages')
        .setDescriptionLocalizations(inEnglish('Shows the settings')),
    )
    .addSubcommand((s) =>
      s
        .setName('role-equipe')
        .setNameLocalizations(inEnglish('staff-role'))
        .setDescription('Le rôle de l’équipe d’animation (ses membres peuvent tout régler)')
        .setDescriptionLocalizations(inEnglish('The staff role (its members may change everything)'))
        .addRoleOption((o) =>
          o
            .setName('role')
            .setNameLocalizations(inEnglish('role'))
            .setDescription('Le rôle')
            .setDescriptionLocalizations(inEnglish('The role'))
            .setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('salon-equipe')
        .setNameLocalizations(inEnglish('staff-channel'))
        .setDescription('Le salon où l’équipe reçoit les alertes (données refusées, rappels en échec)')
        .setDescriptionLocalizations(inEnglish('Where staff get alerts (refused data, failed reminders)'))
        .addChannelOption((o) =>
          o
            .setName('salon')
            .setNameLocalizations(inEnglish('channel'))
            .setDescription('Le salon')
            .setDescriptionLocalizations(inEnglish('The channel'))
            .addChannelTypes(...textChannel)
            .setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('evenements')
        .setNameLocalizations(inEnglish('events'))
        .setDescription('Publie (ou non) les réunions comme événements Discord')
        .setDescriptionLocalizations(inEnglish('Mirrors meetings as Discord events, or not'))
        .addBooleanOption((o) =>
          o
            .setName('actif')
            .setNameLocalizations(inEnglish('enabled'))
            .setDescription('Oui ou non')
            .setDescriptionLocalizations(inEnglish('Yes or no'))
            .setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('relance-compte-rendu')
        .setNameLocalizations(inEnglish('minutes-nudge'))
        .setDescription('Jours après une réunion avant de relancer l’équipe pour son compte rendu')
        .setDescriptionLocalizations(
          inEnglish('Days after a meeting before staff are nudged for its minutes'),
        )
        .addIntegerOption((o) =>
          o
            .setName('jours')
            .setNameLocalizations(inEnglish('days'))
            .setDescription('De 0 à 365')
            .setDescriptionLocalizations(inEnglish('From 0 to 365'))
            .setMinValue(0)
            .setMaxValue(365)
            .setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('resume')
        .setNameLocalizations(inEnglish('digest'))
        .setDescription('Le résumé des réunions à venir : salon et horaire ; sans option, le désactive')
        .setDescriptionLocalizations(
          inEnglish('The digest of coming meetings: channel and schedule; none turns it off'),
        )
        .addChannelOption((o) =>
          o
            .setName('salon')
            .setNameLocalizations(inEnglish('channel'))
            .setDescription('Le salon')
            .setDescriptionLocalizations(inEnglish('The channel'))
            .addChannelTypes(...textChannel),
        )
        .addStringOption((o) =>
          o
            .setName('horaire')
            .setNameLocalizations(inEnglish('schedule'))
            .setDescription('« lundi 08:00 » ou « 1er et 15 à 08:00 »')
            .setDescriptionLocalizations(inEnglish('« lundi 08:00 » or « 1er et 15 à 08:00 »'))
            .setMaxLength(60),
        ),
    )
    .toJSON(),
  defer: 'ephemeral',
  preconditions: [guildStaffOnly],
  run(interaction, services) {
    const guildId = interaction.guildId!;
    const userId = interaction.user.id;
    const options = interaction.options;
    switch (options.getSubcommand()) {
      case 'role-equipe': {
        const role = options.getRole('role', true);
        return change(
          guildId,
          userId,
          { staffRoleIds: [role.id] },
          `Rôle de l’équipe : <@&${role.id}>`,
          services,
        );
      }
      case 'salon-equipe': {
        const channel = options.getChannel('salon', true);
        return change(
          guildId,
          userId,
          { staffChannelId: channel.id },
          `Salon de l’équipe : <#${channel.id}>`,
          services,
        );
      }
      case 'evenements': {
        const on = options.getBoolean('actif', true);
        return change(
          guildId,
          userId,
          { events: on },
          `Événements Discord ${on ? 'activés' : 'désactivés'}`,
          services,
        );
      }
      case 'relance-compte-rendu': {
        const days = options.getInteger('jours', true);
        return change(
          guildId,
          userId,
          { minutesAfterDays: days },
          `Relance des comptes rendus : ${days} jours après la réunion`,
          services,
        );
      }
      case 'resume': {
        const channel = options.getChannel('salon');
        const text = options.getString('horaire');
        if (!channel && !text) return change(guildId, userId, { digest: null }, 'Résumé désactivé', services);
        const timing = text ? parseDigestSchedule(text) : undefined;
        if (!channel || !timing) {
          return reply('settings', 'Réglage refusé', {
            lines: [
              !channel
                ? 'Indiquez le salon du résumé (option salon).'
                : `Horaire « ${text ?? ''} » non compris : écrivez par exemple « lundi 08:00 » (chaque semaine) ou « 1er et 15 à 08:00 » (deux fois par mois, jours 1 à 28).`,
            ],
            error: true,
          });
        }
        return change(
          guildId,
          userId,
          {
            digest: {
              channelId: channel.id,
              timing: 'weekday' in timing ? { ...timing } : { ...timing, monthDays: [...timing.monthDays] },
            },
          },
          `Résumé : <#${channel.id}>, ${digestTimingFr(timing)}`,
          services,
        );
      }
      default:
        return reply('settings', 'Réglages de ce serveur', {
          lines: settingsLines(services.settings(guildId), services, guildId),
        });
    }
  },
};
