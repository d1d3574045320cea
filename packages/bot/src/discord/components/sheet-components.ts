import { type SheetRow, sheetVoiceLabel } from '@ptce/core';
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { SHEET_PAGE_SIZE, type SheetReplyData } from '../../attendance/sheet-reply.js';
import { sheetStatusText } from '../../attendance/sheet-texts.js';
import { clipText } from '../../clip-text.js';
import { type SheetAction, sheetCustomId, sheetHolderId } from './sheet-custom-id.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

function option(row: SheetRow, rows: readonly SheetRow[]) {
  return {
    label: clipText(sheetVoiceLabel(row), 100),
    value: row.id,
    description: clipText(sheetStatusText(row, rows), 100),
  };
}

function select(
  customId: string,
  placeholder: string,
  options: ReturnType<typeof option>[],
  many: boolean,
): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder,
        min_values: 1,
        max_values: many ? options.length : 1,
        options,
      },
    ],
  } as Row;
}

function button(customId: string, label: string, style: ButtonStyle) {
  return { type: ComponentType.Button as const, custom_id: customId, label, style };
}

/**
 * The components under the staff's sheet: string selects to mark voices present, absent or
 * excused, and (where the body allows proxies) represented; then the page buttons when there are
 * more than 25 voices, and « Confirmer la feuille ».
 *
 * @param data - The sheet's rows and page, from the reply.
 * @returns At most five rows of components.
 */
export function sheetComponents(data: SheetReplyData): Row[] {
  const { rows, meetingId } = data;
  const pages = Math.max(1, Math.ceil(rows.length / SHEET_PAGE_SIZE));
  const page = Math.min(Math.max(0, data.page), pages - 1);
  const shown = rows.slice(page * SHEET_PAGE_SIZE, (page + 1) * SHEET_PAGE_SIZE).map((r) => option(r, rows));
  const id = (action: SheetAction) => sheetCustomId(action, page, meetingId);
  const selects =
    shown.length === 0
      ? []
      : [
          select(id('present'), 'Marquer présent·e…', shown, true),
          select(id('absent'), 'Marquer absent·e…', shown, true),
          select(id('excused'), 'Marquer excusé·e…', shown, true),
          ...(data.proxies
            ? [select(id('giver'), 'Marquer représenté·e par un pouvoir…', shown, false)]
            : []),
        ];
  const buttons = [
    ...(page > 0
      ? [button(sheetCustomId('page', page - 1, meetingId), '◀ Voix précédentes', ButtonStyle.Secondary)]
      : []),
    ...(page < pages - 1
      ? [button(sheetCustomId('page', page + 1, meetingId), 'Voix suivantes ▶', ButtonStyle.Secondary)]
      : []),
    button(id('confirm'), 'Confirmer la feuille', ButtonStyle.Success),
  ];
  return [...selects, { type: ComponentType.ActionRow, components: buttons } as Row];
}

/**
 * The components of the second step of a proxy: who, among the present voices, carries the
 * giver's voice (25 at most), and a button back to the sheet.
 *
 * @param data - The sheet's rows and page.
 * @param giver - The giver's position in the rows.
 * @returns The rows of components, or `undefined` when no present voice can carry it.
 */
export function holderComponents(data: SheetReplyData, giver: number): Row[] | undefined {
  const giverRow = data.rows[giver];
  const holders = data.rows.filter((r) => r.status === 'present' && r.id !== giverRow?.id);
  if (!giverRow || holders.length === 0) return undefined;
  return [
    select(
      sheetHolderId(data.page, giver, data.meetingId),
      clipText(`Qui porte le pouvoir de ${sheetVoiceLabel(giverRow)} ?`, 150),
      holders.slice(0, SHEET_PAGE_SIZE).map((r) => option(r, data.rows)),
      false,
    ),
    {
      type: ComponentType.ActionRow,
      components: [
        button(
          sheetCustomId('page', data.page, data.meetingId),
          'Retour à la feuille',
          ButtonStyle.Secondary,
        ),
      ],
    } as Row,
  ];
}
