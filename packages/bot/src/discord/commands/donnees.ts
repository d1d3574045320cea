import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { type Reply, reply } from '../../conversation/reply.js';
import { acceptDataset, MAX_DATA_FILE_BYTES } from '../../tenancy/accept-dataset.js';
import { datasetImportReply, failedImportReply, versionLine } from '../../tenancy/dataset-import-reply.js';
import { downloadAttachment } from '../../tenancy/download-attachment.js';
import type { BotServices } from '../bot-services.js';
import { guildStaffOnly, sharedStaffOnly } from '../preconditions/staff-only.js';
import { datasetSummary, reloadReply } from '../reload-reply.js';
import type { Precondition, SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** `recharger` re-reads the process-wide file (the seeded guild's); the rest act on this guild's own data. */
const donneesStaffOnly: Precondition = (interaction, services) =>
  interaction.options.getSubcommand() === 'recharger'
    ? sharedStaffOnly(interaction, services)
    : guildStaffOnly(interaction, services);

function keptSummary(services: BotServices, guildId: string): string | undefined {
  const current = services.guildData.forGuild(guildId);
  return current ? datasetSummary(current) : undefined;
}

async function importFile(
  guildId: string,
  userId: string,
  attachment: { url: string; name: string; size: number },
  services: BotServices,
): Promise<Reply> {
  const kept = keptSummary(services, guildId);
  if (attachment.size > MAX_DATA_FILE_BYTES) {
    const size = (attachment.size / 1_048_576).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    return failedImportReply(
      `Le fichier « ${attachment.name} » pèse ${size} Mo : la limite est de 1 Mo.`,
      [],
      kept,
    );
  }
  const download = await downloadAttachment(attachment.url);
  if (!download.ok) return failedImportReply(download.message, [], kept);
  return accept(guildId, userId, download.text, attachment.name, undefined, services);
}

function accept(
  guildId: string,
  userId: string,
  text: string,
  filename: string,
  restoredFrom: number | undefined,
  services: BotServices,
): Reply {
  const now = services.clock.now();
  const kept = keptSummary(services, guildId);
  const outcome = acceptDataset(services.store, {
    guildId,
    text,
    filename,
    importedBy: userId,
    previous: services.guildData.forGuild(guildId),
    now,
    ...(restoredFrom === undefined ? {} : { restoredFrom }),
  });
  if (outcome.ok) {
    services.guildData.remember(guildId, outcome.version.sha256, outcome.dataset);
    services.store.logDecision(guildId, {
      key: 'donnees',
      decision: restoredFrom === undefined ? 'imported' : 'restored',
      reason: `version ${outcome.version.version} (${outcome.dataset.ptce.id}, sha256 ${outcome.version.sha256}) par ${userId}`,
      at: now,
    });
    services.logger.info('guild data accepted', {
      guild: guildId,
      version: outcome.version.version,
      data: datasetSummary(outcome.dataset),
    });
    services.guildChanged(guildId);
  } else {
    services.logger.info('guild data refused', { guild: guildId, errors: outcome.errors.length });
  }
  return datasetImportReply(outcome, restoredFrom === undefined ? 'importées' : 'restaurées', kept);
}

function history(guildId: string, services: BotServices): Reply {
  const versions = services.store.datasetVersions(guildId);
  if (versions.length === 0) {
    return reply('data-history', 'Historique des données', {
      lines: [
        services.guildData.isSetUp(guildId)
          ? 'Aucun fichier importé depuis Discord : ce serveur utilise le fichier de données de l’hébergeur.'
          : 'Aucun fichier importé : utilisez /donnees importer.',
      ],
    });
  }
  return reply('data-history', 'Historique des données', {
    lines: versions.slice(0, 20).map((v, i) => `${versionLine(v)}${i === 0 ? ' — en service' : ''}`),
    ...(versions.length > 20
      ? { fields: [{ name: 'Plus anciennes', value: `${versions.length - 20} autres versions.` }] }
      : {}),
  });
}

function restore(guildId: string, userId: string, version: number, services: BotServices): Reply {
  const stored = services.store.datasetVersion(guildId, version);
  if (!stored) {
    const known = services.store.datasetVersions(guildId).map((v) => v.version);
    return reply('data-restore', 'Version introuvable', {
      lines: [
        known.length > 0
          ? `Ce serveur n’a pas de version ${version} : versions disponibles ${known.sort((a, b) => a - b).join(', ')} (voir /donnees historique).`
          : 'Ce serveur n’a encore aucune version importée.',
      ],
      error: true,
    });
  }
  return accept(guildId, userId, stored.yaml, `version-${version}.yaml`, version, services);
}

function exportFile(guildId: string, services: BotServices): Reply {
  const current = services.store.datasetVersion(guildId);
  if (!current) {
    return reply('data-export', 'Rien à exporter', {
      lines: ['Ce serveur n’a encore importé aucun fichier de données : utilisez /donnees importer.'],
      error: true,
    });
  }
  return reply('data-export', 'Fichier de données', {
    lines: [versionLine(current)],
    files: [{ name: `${current.ptceId}-v${current.version}.yaml`, text: current.yaml }],
  });
}

/**
 * `/donnees` (staff): `importer` a data file for this server's PTCE, its `historique`, `restaurer`
 * an earlier version, `exporter` the current one, and `recharger` the host's file. A broken file
 * is refused with its located errors, and the data in force stay.
 */
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
    .addSubcommand((s) =>
      s
        .setName('importer')
        .setNameLocalizations(inEnglish('import'))
        .setDescription('Importe le fichier de données YAML du PTCE de ce serveur (1 Mo au plus)')
        .setDescriptionLocalizations(inEnglish('Imports this server’s PTCE data file (YAML, 1 MB at most)'))
        .addAttachmentOption((o) =>
          o
            .setName('fichier')
            .setNameLocalizations(inEnglish('file'))
            .setDescription('Le fichier .yaml')
            .setDescriptionLocalizations(inEnglish('The .yaml file'))
            .setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('historique')
        .setNameLocalizations(inEnglish('history'))
        .setDescription('Liste les versions importées : qui, quand, empreinte')
        .setDescriptionLocalizations(inEnglish('Lists the imported versions: who, when, hash')),
    )
    .addSubcommand((s) =>
      s
        .setName('restaurer')
        .setNameLocalizations(inEnglish('restore'))
        .setDescription('Remet en service une version précédente')
        .setDescriptionLocalizations(inEnglish('Brings an earlier version back'))
        .addIntegerOption((o) =>
          o
            .setName('version')
            .setNameLocalizations(inEnglish('version'))
            .setDescription('Le numéro donné par /donnees historique')
            .setDescriptionLocalizations(inEnglish('The number /donnees historique shows'))
            .setMinValue(1)
            .setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('exporter')
        .setNameLocalizations(inEnglish('export'))
        .setDescription('Renvoie le fichier de données en service')
        .setDescriptionLocalizations(inEnglish('Returns the data file in force')),
    )
    .toJSON(),
  defer: 'ephemeral',
  preconditions: [donneesStaffOnly],
  async run(interaction, services) {
    const guildId = interaction.guildId!;
    const userId = interaction.user.id;
    switch (interaction.options.getSubcommand()) {
      case 'importer':
        return importFile(guildId, userId, interaction.options.getAttachment('fichier', true), services);
      case 'historique':
        return history(guildId, services);
      case 'restaurer':
        return restore(guildId, userId, interaction.options.getInteger('version', true), services);
      case 'exporter':
        return exportFile(guildId, services);
      default: {
        const outcome = await services.reload(`/donnees recharger par ${userId}`);
        return reloadReply(outcome, services.data.current);
      }
    }
  },
};
