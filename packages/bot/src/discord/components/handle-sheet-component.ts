import {
  correctSheet,
  formatCountFr,
  SHEET_STATUS_FR,
  type SheetRefusal,
  type SheetRow,
  sheetVoiceLabel,
} from '@ptce/core';
import { type MessageComponentInteraction, MessageFlags } from 'discord.js';
import { type CurrentSheet, currentSheet, sheetMeeting } from '../../attendance/current-sheet.js';
import { type SheetReplyData, type SheetView, sheetFiles, sheetReply } from '../../attendance/sheet-reply.js';
import { retryWhileLocked, StoreError } from '../../store/index.js';
import type { BotServices } from '../bot-services.js';
import { memberDisplayName } from '../member-display-name.js';
import { staffRefusal } from '../preconditions/staff-only.js';
import { interactionReplyMessage, noMentions, replyMessage } from '../reply-message.js';
import { holderComponents, sheetComponents } from './sheet-components.js';
import { parseSheetCustomId } from './sheet-custom-id.js';

function refusalText(reason: SheetRefusal, holder: SheetRow | undefined, cap: number): string {
  const name = holder ? `« ${sheetVoiceLabel(holder)} »` : 'Cette voix';
  switch (reason) {
    case 'unknown':
      return 'Cette voix n’est pas sur la feuille.';
    case 'not-allowed':
      return 'Cette instance n’accepte pas les pouvoirs.';
    case 'self':
      return 'Un pouvoir se donne à une autre voix que la sienne.';
    case 'holder-not-present':
      return `${name} n’est pas présent·e : marquez d’abord le porteur présent·e.`;
    case 'over-cap':
      return `${name} porte déjà ${cap} pouvoir${cap > 1 ? 's' : ''}, le maximum pour cette instance.`;
  }
}

function labels(rows: readonly SheetRow[]): string {
  return rows.map((r) => `« ${sheetVoiceLabel(r)} »`).join(', ');
}

/**
 * Answers a click on the staff's feuille d'émargement: a select marks voices present, absent,
 * excused or represented (then asks who carries the proxy), a button turns the page or confirms
 * the sheet, which stores it, makes its count the meeting's participant figure and attaches the
 * CSV and the PDF. Staff only, like `/reunion`. Returns `false` for components that are not ours.
 */
export async function handleSheetComponent(
  interaction: MessageComponentInteraction,
  services: BotServices,
): Promise<boolean> {
  const parsed = parseSheetCustomId(interaction.customId);
  if (!parsed) return false;
  const refused = staffRefusal(interaction, services);
  const guildId = interaction.guildId;
  if (refused || !guildId) {
    if (refused) await interaction.reply(interactionReplyMessage(refused));
    return true;
  }
  const ephemeral = (content: string) =>
    interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions() });
  const dataset = services.dataset(guildId);
  const now = services.clock.now();
  const found = sheetMeeting(dataset, parsed.meetingId, now);
  if (!found.ok) {
    await ephemeral(found.text);
    return true;
  }
  const store = services.store;
  const nameOf = memberDisplayName(interaction.client, guildId);
  const sheet = await currentSheet(store, guildId, dataset, found, now, nameOf);
  const view = (s: CurrentSheet, notice?: string): SheetView => ({
    dataset,
    meeting: found.meeting,
    rules: found.rules,
    sheet: s,
    page: parsed.page,
    ...(notice ? { notice } : {}),
  });
  const show = async (v: SheetView, files = false) => {
    const answer = sheetReply(v);
    const attached = files
      ? await sheetFiles(v, v.sheet.confirmed && (await nameOf(v.sheet.confirmed.confirmedBy)))
      : [];
    await interaction.update({
      ...replyMessage({ ...answer, files: attached }),
      // Files are the confirmed sheet: a correction makes them stale, so they go until it is confirmed.
      ...(attached.length === 0 ? { attachments: [] } : {}),
      components: sheetComponents(answer.data as SheetReplyData),
    });
  };
  const save = async (rows: readonly SheetRow[], notice: string) => {
    await retryWhileLocked(() =>
      store.saveSheetDraft(guildId, found.meeting.id, rows, interaction.user.id, now),
    );
    await show(
      view({ rows, draft: true, ...(sheet.confirmed ? { confirmed: sheet.confirmed } : {}) }, notice),
    );
  };
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  const cap = found.rules.rules.proxies?.maxPerHolder ?? 0;

  try {
    switch (parsed.kind) {
      case 'page':
        await show(view(sheet), !sheet.draft && sheet.confirmed !== undefined);
        return true;
      case 'present':
      case 'absent':
      case 'excused': {
        const status = parsed.kind;
        let rows = sheet.rows;
        const changed: SheetRow[] = [];
        const dropped: SheetRow[] = [];
        for (const id of values) {
          const corrected = correctSheet(rows, { id, status }, found.rules.rules);
          if (!corrected.ok) continue;
          rows = corrected.rows;
          dropped.push(...corrected.dropped);
          changed.push(rows.find((r) => r.id === id) as SheetRow);
        }
        const fell = dropped.length > 0 ? ` Pouvoirs tombés, désormais excusé·es : ${labels(dropped)}.` : '';
        await save(rows, `${labels(changed)} : ${SHEET_STATUS_FR[status]}.${fell}`);
        return true;
      }
      case 'giver': {
        const giver = sheet.rows.findIndex((r) => r.id === values[0]);
        const data = sheetReply(view(sheet)).data as SheetReplyData;
        const components = holderComponents(data, giver);
        if (!components) {
          await show(
            view(
              sheet,
              'Aucune voix présente ne peut porter ce pouvoir : marquez d’abord le porteur présent·e.',
            ),
          );
          return true;
        }
        const row = sheet.rows[giver] as SheetRow;
        const answer = sheetReply(view(sheet, `Qui porte le pouvoir de « ${sheetVoiceLabel(row)} » ?`));
        await interaction.update({ ...replyMessage(answer), attachments: [], components });
        return true;
      }
      case 'holder': {
        const giver = sheet.rows[parsed.giver];
        const holderId = values[0] ?? '';
        const corrected = giver
          ? correctSheet(
              sheet.rows,
              { id: giver.id, status: 'represented', holder: holderId },
              found.rules.rules,
            )
          : ({ ok: false, reason: 'unknown' } as const);
        if (!corrected.ok) {
          const holder = sheet.rows.find((r) => r.id === holderId);
          await show(view(sheet, `Pouvoir refusé : ${refusalText(corrected.reason, holder, cap)}`));
          return true;
        }
        const holder = corrected.rows.find((r) => r.id === holderId) as SheetRow;
        const fell =
          corrected.dropped.length > 0
            ? ` Pouvoirs tombés, désormais excusé·es : ${labels(corrected.dropped)}.`
            : '';
        await save(
          corrected.rows,
          `${labels([giver as SheetRow])} : représenté·e par « ${sheetVoiceLabel(holder)} ».${fell}`,
        );
        return true;
      }
      case 'confirm': {
        const confirmed = await retryWhileLocked(() =>
          store.confirmSheet(guildId, found.meeting.id, sheet.rows, interaction.user.id, now),
        );
        services.logger.info('attendance sheet confirmed', {
          guild: guildId,
          meeting: found.meeting.id,
          user: interaction.user.id,
          present: confirmed.rows.filter((r) => r.status === 'present').length,
        });

        const present = confirmed.rows.filter((r) => r.status === 'present').length;
        await show(
          view(
            { rows: confirmed.rows, draft: false, confirmed },
            `Feuille enregistrée : ${formatCountFr(present, 'participant·e', 'participant·es')} pour cette réunion. Les réponses des membres à cette réunion sont effacées ; seule la feuille est gardée.`,
          ),
          true,
        );
        return true;
      }
    }
  } catch (error) {
    // The store names its faults (lock, read-only, full disk) in French, for staff.
    if (error instanceof StoreError && !interaction.replied) {
      await ephemeral(error.message);
      return true;
    }
    throw error;
  }
  return true;
}
