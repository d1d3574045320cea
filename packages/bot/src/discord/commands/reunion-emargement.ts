import type { SlashCommandSubcommandBuilder } from 'discord.js';
import { currentSheet, sheetMeeting } from '../../attendance/current-sheet.js';
import { type SheetView, sheetFiles, sheetReply } from '../../attendance/sheet-reply.js';
import { type Reply, reply } from '../../conversation/reply.js';
import { memberDisplayName } from '../member-display-name.js';
import { inEnglish } from './in-english.js';
import type { PresencesChange } from './reunion-presences.js';

/** `/reunion emargement reunion:` — the subcommand's definition. */
export const emargementDefinition = (s: SlashCommandSubcommandBuilder) =>
  s
    .setName('emargement')
    .setNameLocalizations(inEnglish('sign-in-sheet'))
    .setDescription('La feuille d’émargement d’une réunion commencée : corriger, confirmer, CSV et PDF')
    .setDescriptionLocalizations(
      inEnglish('The sign-in sheet of a meeting that started: correct, confirm, CSV and PDF'),
    )
    .addStringOption((o) =>
      o
        .setName('reunion')
        .setNameLocalizations(inEnglish('meeting'))
        .setDescription('La réunion')
        .setDescriptionLocalizations(inEnglish('The meeting'))
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    );

/**
 * `/reunion emargement`: the meeting's feuille d'émargement for staff, privately — pre-filled from
 * the members' answers, or as corrected or confirmed — with the selects that correct it and the
 * button that confirms it; a confirmed sheet comes with its CSV and PDF.
 */
export async function emargement(change: PresencesChange): Promise<Reply> {
  const { services, guildId, dataset, now, interaction } = change;
  const found = sheetMeeting(dataset, interaction.options.getString('reunion', true), now);
  if (!found.ok) return reply('usage', found.title, { lines: [found.text], error: true });
  const nameOf = memberDisplayName(interaction.client, guildId);
  const sheet = await currentSheet(services.store, guildId, dataset, found, now, nameOf);
  const view: SheetView = { dataset, meeting: found.meeting, rules: found.rules, sheet, page: 0 };
  const answer = sheetReply(view);
  if (sheet.draft || !sheet.confirmed) return answer;
  return { ...answer, files: await sheetFiles(view, await nameOf(sheet.confirmed.confirmedBy)) };
}
