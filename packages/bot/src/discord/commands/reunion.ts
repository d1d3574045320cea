import { type Dataset, type DatedMeeting, datedMeeting, type Meeting } from '@ptce/core';
import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import type { SheetReplyData } from '../../attendance/sheet-reply.js';
import { type Reply, reply } from '../../conversation/reply.js';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { meetingLine } from '../../meeting-text/meeting-line.js';
import { targetName } from '../../meeting-text/target-name.js';
import {
  agendaFromText,
  changeableMeeting,
  minutesLink,
  parseMeetingStart,
  plannedMeeting,
} from '../../staff/meeting-changes.js';
import { cancelled, movedTo, withAgenda, withMinutesUrl } from '../../staff/meeting-edits.js';
import { retryWhileLocked, type StoredMeeting, StoreError } from '../../store/index.js';
import { matchingChoices } from '../autocomplete-choices.js';
import type { BotServices } from '../bot-services.js';
import { sheetComponents } from '../components/sheet-components.js';
import { staffOnly } from '../preconditions/staff-only.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';
import { meetingChoices } from './reunion-choices.js';
import { emargement, emargementDefinition } from './reunion-emargement.js';
import { movedEnd } from './reunion-moved-end.js';
import { presences, presencesDefinition, relancer, relancerDefinition } from './reunion-presences.js';

const TARGET_KINDS = ['body', 'group', 'subgroup'] as const;

/** What every subcommand works on: the guild, its data as staff changed it, and now. */
interface StaffChange {
  readonly interaction: ChatInputCommandInteraction;
  readonly services: BotServices;
  readonly guildId: string;
  readonly dataset: Dataset;
  readonly now: Date;
}

function refusal(title: string, error: string): Reply {
  return reply('usage', title, { lines: [error], error: true });
}

/** The dataset meeting as the store takes it, so the first change of a file meeting works. */
function baseOf(meeting: DatedMeeting): Meeting {
  const { when: _when, ...base } = meeting;
  return base;
}

/** The stored meeting with its time resolved, as answers show it. */
function dated(change: StaffChange, stored: StoredMeeting | undefined): DatedMeeting {
  // Every change passes the dataset meeting as base, so the store always has one to change.
  if (!stored) throw new Error('meeting change lost');
  return datedMeeting(stored.meeting, change.dataset.timeZone);
}

const meetingOption = (description: string, descriptionEn: string) => (o: SlashCommandStringOption) =>
  o
    .setName('reunion')
    .setNameLocalizations(inEnglish('meeting'))
    .setDescription(description)
    .setDescriptionLocalizations(inEnglish(descriptionEn))
    .setRequired(true)
    .setAutocomplete(true)
    .setMaxLength(100);

const dateOption = (o: SlashCommandStringOption) =>
  o
    .setName('date')
    .setNameLocalizations(inEnglish('date'))
    .setDescription('Par exemple 15/12/2026, 2026-12-15, 15 décembre 2026 ou mardi 15 décembre')
    .setDescriptionLocalizations(inEnglish('For example 15/12/2026, 2026-12-15 or 15 décembre 2026'))
    .setRequired(true)
    .setMaxLength(40);

const timeOption = (o: SlashCommandStringOption) =>
  o
    .setName('heure')
    .setNameLocalizations(inEnglish('time'))
    .setDescription('Par exemple 14:00, 14h ou 14 h 30')
    .setDescriptionLocalizations(inEnglish('For example 14:00, 14h or 14 h 30'))
    .setRequired(true)
    .setMaxLength(10);

function plan(change: StaffChange): Reply {
  const { interaction, services, guildId, dataset, now } = change;
  const place = interaction.options.getString('lieu');
  const link = interaction.options.getString('lien');
  const planned = plannedMeeting(
    dataset,
    {
      target: interaction.options.getString('instance', true),
      day: interaction.options.getString('date', true),
      time: interaction.options.getString('heure', true),
      ...(place === null ? {} : { place }),
      ...(link === null ? {} : { link }),
    },
    now,
  );
  if (!planned.ok) return refusal('Réunion non planifiée', planned.error);
  const meeting = planned.value;
  const target = meeting.body ?? meeting.group;
  const twin = (dataset.meetingsByTarget.get(target ?? '') ?? []).find(
    (m) => m.start === meeting.start && m.status !== 'cancelled',
  );
  if (twin) {
    return refusal(
      'Réunion non planifiée',
      `${targetName(dataset, target)} a déjà une réunion le ${meetingDateText(twin)} : « ${twin.title} ».`,
    );
  }
  const stored = dated(change, services.store.upsertMeeting(guildId, meeting, now));
  services.logger.info('meeting planned', { guild: guildId, meeting: meeting.id, user: interaction.user.id });
  return reply('meeting-planned', 'Réunion planifiée', {
    lines: [
      meetingLine(dataset, stored),
      ...(stored.link ? [`Lien : ${stored.link}`] : []),
      'Ajoutez l’ordre du jour avec /reunion ordre-du-jour ; les rappels suivront les salons de /rappels liste.',
    ],
  });
}

function move(change: StaffChange): Reply {
  const { interaction, services, guildId, dataset, now } = change;
  const found = changeableMeeting(dataset, interaction.options.getString('reunion', true), now);
  if (!found.ok) return refusal('Réunion non déplacée', found.error);
  const old = found.value;
  if (old.status === 'cancelled') {
    return refusal(
      'Réunion non déplacée',
      'Cette réunion est annulée : planifiez-en une nouvelle avec /reunion planifier.',
    );
  }
  const start = parseMeetingStart(
    dataset,
    interaction.options.getString('date', true),
    interaction.options.getString('heure', true),
    now,
  );
  if (!start.ok) return refusal('Réunion non déplacée', start.error);
  if (start.value === old.start) {
    return refusal('Réunion non déplacée', `Cette réunion est déjà prévue le ${meetingDateText(old)}.`);
  }
  const moved = dated(
    change,
    services.store.updateMeeting(guildId, old.id, movedTo(start.value, movedEnd(old, start.value)), {
      base: baseOf(old),
      now,
    }),
  );
  services.logger.info('meeting moved', { guild: guildId, meeting: old.id, user: interaction.user.id });
  return reply('meeting-moved', 'Réunion déplacée', {
    lines: [
      meetingLine(dataset, moved),
      `Ancienne date : ${meetingDateText(old)}.`,
      'Les rappels suivront la nouvelle date.',
    ],
  });
}

function cancel(change: StaffChange): Reply {
  const { interaction, services, guildId, dataset, now } = change;
  const found = changeableMeeting(dataset, interaction.options.getString('reunion', true), now);
  if (!found.ok) return refusal('Réunion non annulée', found.error);
  if (found.value.status === 'cancelled') {
    return refusal(
      'Réunion non annulée',
      `Cette réunion est déjà annulée (${meetingDateText(found.value)}).`,
    );
  }
  const stored = dated(
    change,
    services.store.updateMeeting(guildId, found.value.id, cancelled, { base: baseOf(found.value), now }),
  );
  services.logger.info('meeting cancelled', {
    guild: guildId,
    meeting: found.value.id,
    user: interaction.user.id,
  });
  return reply('meeting-cancelled', 'Réunion annulée', {
    lines: [
      meetingLine(dataset, stored),
      'Aucun rappel ne sera plus envoyé ; les salons déjà prévenus recevront un avis d’annulation.',
    ],
  });
}

function changeAgenda(change: StaffChange): Reply {
  const { interaction, services, guildId, dataset, now } = change;
  const found = changeableMeeting(dataset, interaction.options.getString('reunion', true), now);
  if (!found.ok) return refusal('Ordre du jour non enregistré', found.error);
  const items = agendaFromText(interaction.options.getString('points', true));
  if (!items.ok) return refusal('Ordre du jour non enregistré', items.error);
  const changed = dated(
    change,
    services.store.updateMeeting(guildId, found.value.id, withAgenda(items.value), {
      base: baseOf(found.value),
      now,
    }),
  );
  services.logger.info('meeting agenda set', {
    guild: guildId,
    meeting: found.value.id,
    items: items.value.length,
  });
  return reply('meeting-agenda', 'Ordre du jour enregistré', {
    lines: [
      meetingLine(dataset, changed),
      'Ordre du jour :',
      ...changed.agenda.map((item) => `• ${item.title}`),
    ],
  });
}

function attachMinutes(change: StaffChange): Reply {
  const { interaction, services, guildId, dataset, now } = change;
  const found = changeableMeeting(dataset, interaction.options.getString('reunion', true), now, true);
  if (!found.ok) return refusal('Compte rendu non enregistré', found.error);
  if (found.value.status === 'cancelled') {
    return refusal(
      'Compte rendu non enregistré',
      'Cette réunion a été annulée : elle n’a pas de compte rendu.',
    );
  }
  const link = minutesLink(interaction.options.getString('lien', true));
  if (!link.ok) return refusal('Compte rendu non enregistré', link.error);
  const changed = dated(
    change,
    services.store.updateMeeting(guildId, found.value.id, withMinutesUrl(link.value), {
      base: baseOf(found.value),
      now,
    }),
  );
  services.logger.info('meeting minutes set', { guild: guildId, meeting: found.value.id });
  return reply('meeting-minutes', 'Compte rendu enregistré', {
    lines: [meetingLine(dataset, changed), `Compte rendu : ${link.value}`],
  });
}

const SUBCOMMANDS: Record<string, (change: StaffChange) => Reply | Promise<Reply>> = {
  planifier: plan,
  deplacer: move,
  annuler: cancel,
  'ordre-du-jour': changeAgenda,
  'compte-rendu': attachMinutes,
  presences,
  relancer,
  emargement,
};

/**
 * `/reunion planifier|deplacer|annuler|ordre-du-jour|compte-rendu|presences|relancer|emargement`
 * (staff): plans or changes a meeting of the guild, follows its answers, and keeps its feuille
 * d'émargement. Changes are stored over the data file, so answers and reminders follow.
 */
export const reunion: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('reunion')
    .setNameLocalizations(inEnglish('meeting'))
    .setDescription('Planifier ou modifier une réunion (réservé à l’équipe)')
    .setDescriptionLocalizations(inEnglish('Plan or change a meeting (staff only)'))
    .setContexts(InteractionContextType.Guild)
    // Hidden by default from members who cannot manage the server; the handler checks anyway.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('planifier')
        .setNameLocalizations(inEnglish('plan'))
        .setDescription('Planifie une réunion d’une instance ou d’un groupe de travail')
        .setDescriptionLocalizations(inEnglish('Plans a meeting of a governance body or working group'))
        .addStringOption((o) =>
          o
            .setName('instance')
            .setNameLocalizations(inEnglish('body'))
            .setDescription('Instance, groupe ou sous-groupe')
            .setDescriptionLocalizations(inEnglish('Body, working group or sub-group'))
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption(dateOption)
        .addStringOption(timeOption)
        .addStringOption((o) =>
          o
            .setName('lieu')
            .setNameLocalizations(inEnglish('place'))
            .setDescription('Où elle a lieu')
            .setDescriptionLocalizations(inEnglish('Where it takes place'))
            .setMaxLength(200),
        )
        .addStringOption((o) =>
          o
            .setName('lien')
            .setNameLocalizations(inEnglish('link'))
            .setDescription('Lien de visioconférence (https://…)')
            .setDescriptionLocalizations(inEnglish('Video call link (https://…)'))
            .setMaxLength(500),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('deplacer')
        .setNameLocalizations(inEnglish('move'))
        .setDescription('Déplace une réunion à venir')
        .setDescriptionLocalizations(inEnglish('Moves an upcoming meeting'))
        .addStringOption(meetingOption('La réunion à déplacer', 'The meeting to move'))
        .addStringOption(dateOption)
        .addStringOption(timeOption),
    )
    .addSubcommand((s) =>
      s
        .setName('annuler')
        .setNameLocalizations(inEnglish('cancel'))
        .setDescription('Annule une réunion à venir')
        .setDescriptionLocalizations(inEnglish('Cancels an upcoming meeting'))
        .addStringOption(meetingOption('La réunion à annuler', 'The meeting to cancel')),
    )
    .addSubcommand((s) =>
      s
        .setName('ordre-du-jour')
        .setNameLocalizations(inEnglish('agenda'))
        .setDescription('Fixe l’ordre du jour d’une réunion à venir')
        .setDescriptionLocalizations(inEnglish('Sets the agenda of an upcoming meeting'))
        .addStringOption(meetingOption('La réunion', 'The meeting'))
        .addStringOption((o) =>
          o
            .setName('points')
            .setNameLocalizations(inEnglish('items'))
            .setDescription('Les points, séparés par des « ; »')
            .setDescriptionLocalizations(inEnglish('The items, separated by “;”'))
            .setRequired(true)
            .setMaxLength(2000),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('compte-rendu')
        .setNameLocalizations(inEnglish('minutes'))
        .setDescription('Joint le lien du compte rendu d’une réunion')
        .setDescriptionLocalizations(inEnglish('Attaches the link to the minutes of a meeting'))
        .addStringOption(meetingOption('La réunion', 'The meeting'))
        .addStringOption((o) =>
          o
            .setName('lien')
            .setNameLocalizations(inEnglish('link'))
            .setDescription('Adresse du compte rendu (https://…)')
            .setDescriptionLocalizations(inEnglish('Address of the minutes (https://…)'))
            .setRequired(true)
            .setMaxLength(500),
        ),
    )
    .addSubcommand(presencesDefinition)
    .addSubcommand(relancerDefinition)
    .addSubcommand(emargementDefinition)
    .toJSON(),
  // Answer "thinking…" before writing: a write may wait for another program's lock.
  defer: 'public',
  preconditions: [staffOnly],
  async run(interaction, services) {
    const guildId = interaction.guildId;
    const subcommand = SUBCOMMANDS[interaction.options.getSubcommand(true)];
    if (!guildId || !subcommand) {
      return refusal('Commande indisponible', 'Cette commande s’utilise dans le serveur du PTCE.');
    }
    const change: StaffChange = {
      interaction,
      services,
      guildId,
      dataset: services.dataset(guildId),
      now: services.clock.now(),
    };
    try {
      // A locked write wrote nothing, so the whole step is tried again, without blocking.
      return await retryWhileLocked(() => subcommand(change));
    } catch (error) {
      // The store checks the meeting against the schema and names faults (lock, read-only, full
      // disk); its French message is for staff.
      if (error instanceof StoreError) return refusal('Modification refusée', error.message);
      throw error;
    }
  },
  components(answer) {
    return answer.intent === 'attendance-sheet' ? sheetComponents(answer.data as SheetReplyData) : [];
  },
  autocomplete(interaction, services) {
    const dataset = services.dataset(interaction.guildId);
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'instance') return matchingChoices(dataset, focused.value, TARGET_KINDS);
    return meetingChoices(dataset, focused.value, services.clock.now(), {
      recentPast: ['compte-rendu', 'presences', 'emargement'].includes(
        interaction.options.getSubcommand(false) ?? '',
      ),
    });
  },
};
