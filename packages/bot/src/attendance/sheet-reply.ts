import {
  type Dataset,
  type DatedMeeting,
  formatInstantFr,
  type MeetingAttendanceRules,
  type SheetRow,
  sheetCsv,
  sheetSummary,
  sheetVoiceLabel,
} from '@ptce/core';
import { clipText } from '../clip-text.js';
import { type Reply, type ReplyField, type ReplyFile, reply } from '../conversation/reply.js';
import { defusedMentions } from '../defused-mentions.js';
import { meetingDateText } from '../meeting-text/meeting-date-text.js';
import { targetName } from '../meeting-text/target-name.js';
import type { CurrentSheet } from './current-sheet.js';
import { meetingWhat } from './presences-reply.js';
import { sheetPdf } from './sheet-pdf.js';
import { sheetCountsText, sheetQuorumText } from './sheet-texts.js';

/** How many voices a select of the sheet offers at once (Discord's limit). */
export const SHEET_PAGE_SIZE = 25;

/** What the staff's sheet message shows. */
export interface SheetView {
  readonly dataset: Dataset;
  readonly meeting: DatedMeeting;
  readonly rules: MeetingAttendanceRules;
  readonly sheet: CurrentSheet;
  /** Which voices the selects offer: the page's 25. */
  readonly page: number;
  /** A line above the rest: what the last click did, or why it was refused. */
  readonly notice?: string;
}

/** What the components of a sheet message need, carried as the reply's data. */
export interface SheetReplyData {
  readonly meetingId: string;
  readonly rows: readonly SheetRow[];
  readonly page: number;
  readonly proxies: boolean;
}

function listField(name: string, items: readonly string[]): ReplyField | undefined {
  if (items.length === 0) return undefined;
  return { name: `${name} (${items.length})`, value: clipText(items.join(', '), 1024) };
}

/** A voice as staff read it in Discord: names are shown as written, and never ping. */
function voiceText(row: SheetRow): string {
  return defusedMentions(sheetVoiceLabel(row));
}

/**
 * The staff's feuille d'émargement message: where it stands (pre-filled, corrected, confirmed),
 * the counts and the quorum, and the voices by status. Names are in it, so it is private.
 *
 * @param view - The meeting and its sheet.
 * @returns The reply, with what its components need as `data`.
 */
export function sheetReply(view: SheetView): Reply {
  const { dataset, meeting, rules, sheet } = view;
  const { rows, confirmed } = sheet;
  const summary = sheetSummary(rows, rules.rules, rules.open);
  const confirmedText = confirmed
    ? `le ${formatInstantFr(confirmed.confirmedAt, { timeZone: dataset.timeZone })} par <@${confirmed.confirmedBy}>`
    : undefined;
  const state = !confirmedText
    ? 'Pré-remplie d’après les réponses des membres : corrigez-la avec les menus, puis confirmez-la.'
    : sheet.draft
      ? `Corrections pas encore confirmées (feuille confirmée ${confirmedText}).`
      : `Feuille confirmée ${confirmedText}. Le CSV et le PDF sont joints ; les menus la corrigent encore.`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pages = Math.ceil(rows.length / SHEET_PAGE_SIZE);
  const of = (status: SheetRow['status']) => rows.filter((r) => r.status === status);
  const fields = [
    listField('Présents', of('present').map(voiceText)),
    listField(
      'Représentés',
      of('represented').map((r) => {
        const holder = r.holder === undefined ? undefined : byId.get(r.holder);
        return `${voiceText(r)} → ${holder ? voiceText(holder) : '?'}`;
      }),
    ),
    listField('Excusés', of('excused').map(voiceText)),
    listField('Absents', of('absent').map(voiceText)),
  ].filter((f): f is ReplyField => f !== undefined);
  const data: SheetReplyData = {
    meetingId: meeting.id,
    rows,
    page: view.page,
    proxies: rules.rules.proxies !== undefined,
  };
  return reply('attendance-sheet', `Feuille d’émargement : ${meetingWhat(dataset, meeting)}`, {
    lines: [
      ...(view.notice ? [view.notice] : []),
      state,
      sheetCountsText(summary),
      sheetQuorumText(summary),
      ...(pages > 1
        ? [
            `Les menus proposent les voix ${view.page * SHEET_PAGE_SIZE + 1} à ${Math.min(rows.length, (view.page + 1) * SHEET_PAGE_SIZE)} sur ${rows.length}.`,
          ]
        : []),
    ],
    fields,
    private: true,
    data,
  });
}

/**
 * The confirmed sheet as files: a CSV for a spreadsheet and a printable PDF.
 *
 * @param view - The meeting and its confirmed sheet.
 * @param confirmerName - The name of the staff member who confirmed it, for the PDF's foot.
 * @returns `emargement-<meeting>.csv` and `emargement-<meeting>.pdf`.
 */
export async function sheetFiles(view: SheetView, confirmerName: string | undefined): Promise<ReplyFile[]> {
  const { dataset, meeting, rules, sheet } = view;
  const confirmed = sheet.confirmed;
  const pdf = await sheetPdf({
    ptce: dataset.ptce.name,
    body: targetName(dataset, meeting.body ?? meeting.group) || meeting.title,
    when: meetingDateText(meeting),
    ...(meeting.place ? { place: meeting.place } : {}),
    rows: sheet.rows,
    summary: sheetSummary(sheet.rows, rules.rules, rules.open),
    ...(confirmed
      ? {
          confirmed: `Feuille confirmée le ${formatInstantFr(confirmed.confirmedAt, { timeZone: dataset.timeZone })}${confirmerName ? ` par ${confirmerName}` : ''}.`,
        }
      : {}),
    createdAt: confirmed?.confirmedAt ?? new Date(meeting.when.startsAt),
  });
  return [
    { name: `emargement-${meeting.id}.csv`, text: sheetCsv(sheet.rows) },
    { name: `emargement-${meeting.id}.pdf`, bytes: pdf },
  ];
}
