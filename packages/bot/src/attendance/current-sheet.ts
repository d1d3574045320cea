import {
  attendanceReport,
  type Dataset,
  type DatedMeeting,
  type MeetingAttendanceRules,
  meetingAttendanceRules,
  type SheetRow,
  sheetRows,
} from '@ptce/core';
import { meetingDateText } from '../meeting-text/meeting-date-text.js';
import { targetName } from '../meeting-text/target-name.js';
import type { ConfirmedSheet, Store } from '../store/index.js';

/** A meeting whose sheet may be opened, or why not (a title and a sentence, in French). */
export type SheetMeeting =
  | { readonly ok: true; readonly meeting: DatedMeeting; readonly rules: MeetingAttendanceRules }
  | { readonly ok: false; readonly title: string; readonly text: string };

/**
 * The meeting of a feuille d'émargement: it must be known, have attendance rules, not be
 * cancelled, and have started (the sheet records who came).
 *
 * @param dataset - The guild's data.
 * @param meetingId - The meeting picked.
 * @param now - The current instant.
 * @returns The meeting and its rules, or the refusal.
 */
export function sheetMeeting(dataset: Dataset, meetingId: string, now: Date): SheetMeeting {
  const meeting = dataset.meetingById.get(meetingId);
  if (!meeting) {
    return {
      ok: false,
      title: 'Réunion inconnue',
      text: `Je ne connais pas la réunion « ${meetingId} ». Choisissez-la dans la liste proposée.`,
    };
  }
  const rules = meetingAttendanceRules(dataset, meeting);
  if (!rules) {
    return {
      ok: false,
      title: 'Pas de règles de présence',
      text: `${targetName(dataset, meeting.body ?? meeting.group) || meeting.title} n’a pas de règles de présence dans le fichier de données (« attendance »).`,
    };
  }
  if (meeting.status === 'cancelled') {
    return {
      ok: false,
      title: 'Réunion annulée',
      text: 'Cette réunion a été annulée : elle n’a pas de feuille d’émargement.',
    };
  }
  if (now.getTime() < meeting.when.startsAt) {
    return {
      ok: false,
      title: 'Réunion pas encore commencée',
      text: `La feuille d’émargement s’ouvre au début de la réunion, prévue le ${meetingDateText(meeting)}.`,
    };
  }
  return { ok: true, meeting, rules };
}

/** A sheet as it stands: the rows shown, and where they come from. */
export interface CurrentSheet {
  readonly rows: readonly SheetRow[];
  /** The sheet confirmed last, if any. */
  readonly confirmed?: ConfirmedSheet;
  /** Whether the rows are staff's corrections not yet confirmed. */
  readonly draft: boolean;
}

/**
 * The sheet of a meeting as staff left it: their corrections in progress, else the confirmed
 * sheet, else the sheet pre-filled from the members' answers. A member of an open meeting answered
 * as a Discord user: `discordName` gives the name the sheet prints.
 *
 * @param store - The store.
 * @param guildId - The guild.
 * @param dataset - Its data.
 * @param found - The meeting and its rules.
 * @param now - The current instant.
 * @param discordName - The display name of a Discord member, if it can be had.
 * @returns The sheet.
 */
export async function currentSheet(
  store: Store,
  guildId: string,
  dataset: Dataset,
  found: Extract<SheetMeeting, { ok: true }>,
  now: Date,
  discordName: (userId: string) => Promise<string | undefined>,
): Promise<CurrentSheet> {
  const confirmed = store.confirmedSheet(guildId, found.meeting.id);
  const draft = store.sheetDraft(guildId, found.meeting.id);
  if (draft) return { rows: draft, draft: true, ...(confirmed ? { confirmed } : {}) };
  if (confirmed) return { rows: confirmed.rows, draft: false, confirmed };
  const responses = store.attendanceResponses(guildId, found.meeting.id);
  const rows = sheetRows(dataset, attendanceReport(found.meeting, responses, found.rules, now));
  const named = await Promise.all(
    rows.map(async (row) => {
      if (!row.id.startsWith('discord:')) return row;
      const userId = row.id.slice('discord:'.length);
      return { ...row, name: (await discordName(userId)) ?? `Membre Discord ${userId}` };
    }),
  );
  return { rows: named, draft: false };
}
