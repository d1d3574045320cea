import { type AttendanceSheet, attendanceSheetOf, type SheetRow } from '@ptce/core';
import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';

/** A meeting's feuille d'émargement as staff confirmed it. */
export interface ConfirmedSheet {
  readonly meetingId: string;
  readonly rows: readonly SheetRow[];
  /** The Discord member who confirmed it last. */
  readonly confirmedBy: string;
  readonly confirmedAt: Date;
}

interface SheetRowRow {
  voter_id: string;
  kind: 'structure' | 'person';
  structure_id: string | null;
  structure_name: string | null;
  name: string | null;
  status: SheetRow['status'];
  holder: string | null;
}

interface SheetHeaderRow {
  meeting_id: string;
  confirmed_by: string;
  confirmed_at: string;
}

type MeetingParams = GuildParams & { meeting: string };

/**
 * The feuilles d'émargement: the one staff are correcting (`attendance_sheet_drafts`) and the
 * confirmed one, one per meeting (`attendance_sheets`, `attendance_sheet_rows`). Confirming a
 * sheet also removes the members' answers to its meeting (`attendance_answers`).
 */
export interface AttendanceSheetRepository {
  /**
   * The sheet staff are correcting for a meeting, if they started.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @returns The rows as last corrected, or `undefined`.
   * @example
   * store.sheetDraft('123', 'ca')?.length
   * //=> 4
   */
  sheetDraft(guild: string, meetingId: string): SheetRow[] | undefined;

  /**
   * Keeps the sheet as corrected so far (replacing the previous draft).
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @param rows - The whole sheet.
   * @param userId - The staff member who corrected it.
   * @param now - When.
   * @example
   * store.saveSheetDraft('123', 'ca', rows, 'u', now)
   */
  saveSheetDraft(
    guild: string,
    meetingId: string,
    rows: readonly SheetRow[],
    userId: string,
    now: Date,
  ): void;

  /**
   * Confirms a meeting's sheet, in one immediate transaction: the sheet replaces any confirmed
   * before (never a second one), the draft goes, and so do the members' answers to the meeting,
   * which are kept after it only as the confirmed sheet.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @param rows - The whole sheet.
   * @param userId - The staff member who confirms it.
   * @param now - When.
   * @returns The confirmed sheet.
   * @example
   * store.confirmSheet('123', 'ca', rows, 'u', now).rows.length
   * //=> 4
   */
  confirmSheet(
    guild: string,
    meetingId: string,
    rows: readonly SheetRow[],
    userId: string,
    now: Date,
  ): ConfirmedSheet;

  /**
   * A meeting's confirmed sheet.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @returns The sheet, or `undefined` before staff confirm one.
   * @example
   * store.confirmedSheet('123', 'ca')?.confirmedBy
   * //=> 'u'
   */
  confirmedSheet(guild: string, meetingId: string): ConfirmedSheet | undefined;

  /**
   * Every confirmed sheet of the guild, as core's indicators read them (`participantsPerMeeting`).
   *
   * @param guild - The Discord guild id.
   * @returns The sheets, by meeting id.
   * @example
   * store.attendanceSheets('123').map((s) => s.present.length)
   * //=> [3]
   */
  attendanceSheets(guild: string): AttendanceSheet[];
}

/**
 * The attendance sheet tables over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function attendanceSheetRepository(db: Database.Database): AttendanceSheetRepository {
  const sql = {
    draft: db.prepare<MeetingParams, { rows: string }>(
      'SELECT rows FROM attendance_sheet_drafts WHERE guild_id = @guild AND meeting_id = @meeting',
    ),
    saveDraft: db.prepare<MeetingParams & { rows: string; user: string; at: string }>(
      `INSERT INTO attendance_sheet_drafts (guild_id, meeting_id, rows, updated_by, updated_at)
       VALUES (@guild, @meeting, @rows, @user, @at)
       ON CONFLICT (guild_id, meeting_id) DO UPDATE SET
         rows = excluded.rows, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ),
    deleteDraft: db.prepare<MeetingParams>(
      'DELETE FROM attendance_sheet_drafts WHERE guild_id = @guild AND meeting_id = @meeting',
    ),
    upsertSheet: db.prepare<
      MeetingParams & { present: number; represented: number; user: string; at: string }
    >(
      `INSERT INTO attendance_sheets (guild_id, meeting_id, present, represented, confirmed_by, confirmed_at)
       VALUES (@guild, @meeting, @present, @represented, @user, @at)
       ON CONFLICT (guild_id, meeting_id) DO UPDATE SET
         present = excluded.present, represented = excluded.represented,
         confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`,
    ),
    deleteSheetRows: db.prepare<MeetingParams>(
      'DELETE FROM attendance_sheet_rows WHERE guild_id = @guild AND meeting_id = @meeting',
    ),
    insertSheetRow: db.prepare<
      MeetingParams & {
        position: number;
        voter: string;
        kind: string;
        structureId: string | null;
        structureName: string | null;
        name: string | null;
        status: string;
        holder: string | null;
      }
    >(
      `INSERT INTO attendance_sheet_rows
         (guild_id, meeting_id, position, voter_id, kind, structure_id, structure_name, name, status, holder)
       VALUES (@guild, @meeting, @position, @voter, @kind, @structureId, @structureName, @name, @status, @holder)`,
    ),
    deleteMeetingAnswers: db.prepare<MeetingParams>(
      'DELETE FROM attendance_answers WHERE guild_id = @guild AND meeting_id = @meeting',
    ),
    sheet: db.prepare<MeetingParams, SheetHeaderRow>(
      `SELECT meeting_id, confirmed_by, confirmed_at FROM attendance_sheets
       WHERE guild_id = @guild AND meeting_id = @meeting`,
    ),
    sheets: db.prepare<GuildParams, SheetHeaderRow>(
      `SELECT meeting_id, confirmed_by, confirmed_at FROM attendance_sheets
       WHERE guild_id = @guild ORDER BY meeting_id`,
    ),
    sheetRows: db.prepare<MeetingParams, SheetRowRow>(
      `SELECT voter_id, kind, structure_id, structure_name, name, status, holder FROM attendance_sheet_rows
       WHERE guild_id = @guild AND meeting_id = @meeting ORDER BY position`,
    ),
  };
  const confirmedSheet = (guild: string, header: SheetHeaderRow): ConfirmedSheet => ({
    meetingId: header.meeting_id,
    rows: sql.sheetRows.all({ guild, meeting: header.meeting_id }).map(toSheetRow),
    confirmedBy: header.confirmed_by,
    confirmedAt: new Date(header.confirmed_at),
  });
  const confirm = db.transaction(
    (guild: string, meeting: string, rows: readonly SheetRow[], user: string, at: string) => {
      sql.upsertSheet.run({
        guild,
        meeting,
        present: rows.filter((r) => r.status === 'present').length,
        represented: rows.filter((r) => r.status === 'represented').length,
        user,
        at,
      });
      sql.deleteSheetRows.run({ guild, meeting });
      rows.forEach((row, position) =>
        sql.insertSheetRow.run({
          guild,
          meeting,
          position,
          voter: row.id,
          kind: row.kind,
          structureId: row.structure?.id ?? null,
          structureName: row.structure?.name ?? null,
          name: row.name ?? null,
          status: row.status,
          holder: row.holder ?? null,
        }),
      );
      sql.deleteDraft.run({ guild, meeting });
      sql.deleteMeetingAnswers.run({ guild, meeting });
    },
  );
  return {
    sheetDraft(guild, meetingId) {
      const row = sql.draft.get({ guild, meeting: meetingId });
      return row ? (JSON.parse(row.rows) as SheetRow[]) : undefined;
    },
    saveSheetDraft(guild, meetingId, rows, userId, now) {
      sql.saveDraft.run({
        guild,
        meeting: meetingId,
        rows: JSON.stringify(rows),
        user: userId,
        at: now.toISOString(),
      });
    },
    confirmSheet(guild, meetingId, rows, userId, now) {
      confirm.immediate(guild, meetingId, rows, userId, now.toISOString());
      return confirmedSheet(guild, {
        meeting_id: meetingId,
        confirmed_by: userId,
        confirmed_at: now.toISOString(),
      });
    },
    confirmedSheet(guild, meetingId) {
      const header = sql.sheet.get({ guild, meeting: meetingId });
      return header ? confirmedSheet(guild, header) : undefined;
    },
    attendanceSheets(guild) {
      return sql.sheets.all({ guild }).map((header) => {
        const sheet = confirmedSheet(guild, header);
        return attendanceSheetOf(sheet.meetingId, sheet.rows, sheet.confirmedAt.getTime());
      });
    },
  };
}

function toSheetRow(row: SheetRowRow): SheetRow {
  return {
    id: row.voter_id,
    kind: row.kind,
    ...(row.structure_id === null
      ? {}
      : { structure: { id: row.structure_id, name: row.structure_name ?? '' } }),
    ...(row.name === null ? {} : { name: row.name }),
    status: row.status,
    ...(row.holder === null ? {} : { holder: row.holder }),
  };
}
