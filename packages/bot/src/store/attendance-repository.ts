import {
  type AttendanceAnswer,
  type AttendanceResponse,
  type AttendanceSheet,
  attendanceSheetOf,
  type SheetRow,
} from '@ptce/core';
import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';

/** A member's stored answer to one meeting's convocation. */
export interface StoredAnswer {
  readonly meetingId: string;
  readonly userId: string;
  /** The person or structure of the data file the member answered for. */
  readonly respondent: string;
  readonly answer: AttendanceAnswer;
  readonly holder?: string;
  readonly answeredAt: Date;
}

/** A message that carries answer buttons, and the counts text it last showed. */
export interface AttendanceMessage {
  readonly channelId: string;
  readonly messageId: string;
  readonly meetingId: string;
  readonly shown?: string;
}

interface AnswerRow {
  meeting_id: string;
  user_id: string;
  respondent: string;
  answer: AttendanceAnswer;
  holder: string | null;
  answered_at: string;
}

interface MessageRow {
  channel_id: string;
  message_id: string;
  meeting_id: string;
  shown: string | null;
}

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
type UserParams = GuildParams & { user: string };

const ANSWER_COLUMNS = 'meeting_id, user_id, respondent, answer, holder, answered_at';

/**
 * Answers to convocations, one per (guild, meeting, member) (table `attendance_answers`):
 * answering again replaces the answer, so a double click or two clicks racing never count twice.
 * Also which person or structure each member answers for (`member_links`), the messages whose
 * counts the bot keeps up to date (`attendance_messages`), and the feuilles d'émargement: the one
 * staff are correcting (`attendance_sheet_drafts`) and the confirmed one, one per meeting
 * (`attendance_sheets`, `attendance_sheet_rows`).
 */
export interface AttendanceRepository {
  /**
   * Stores a member's answer, replacing their previous one for the meeting.
   *
   * @param guild - The Discord guild id.
   * @param answer - The meeting, the member, who they answer for, the answer and the holder.
   * @param now - When they answered.
   * @returns `recorded` when the answer changed, `unchanged` when it was already the same.
   * @example
   * store.recordAnswer('123', { meetingId: 'ca', userId: 'u', respondent: 'espoir', answer: 'present' }, now)
   * //=> 'recorded'
   */
  recordAnswer(guild: string, answer: Omit<StoredAnswer, 'answeredAt'>, now: Date): 'recorded' | 'unchanged';

  /**
   * Every stored answer to a meeting, oldest first.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @returns The answers.
   * @example
   * store.attendanceAnswers('123', 'ca').length
   * //=> 2
   */
  attendanceAnswers(guild: string, meetingId: string): StoredAnswer[];

  /**
   * The answers to a meeting as core's `attendanceReport` reads them.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @returns The responses.
   * @example
   * store.attendanceResponses('123', 'ca')[0]?.answer
   * //=> 'present'
   */
  attendanceResponses(guild: string, meetingId: string): AttendanceResponse[];

  /**
   * A member's answer to a meeting.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @param userId - The Discord member.
   * @returns The answer, or `undefined` when they did not answer.
   * @example
   * store.answerOf('123', 'ca', 'u')?.answer
   * //=> 'excused'
   */
  answerOf(guild: string, meetingId: string, userId: string): StoredAnswer | undefined;

  /**
   * Every answer of a member, by meeting id.
   *
   * @param guild - The Discord guild id.
   * @param userId - The Discord member.
   * @returns The answers.
   * @example
   * store.answersOfUser('123', 'u').map((a) => a.meetingId)
   * //=> ['ca']
   */
  answersOfUser(guild: string, userId: string): StoredAnswer[];

  /**
   * Removes a member's answer to one meeting.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting.
   * @param userId - The Discord member.
   * @returns Whether there was one.
   * @example
   * store.deleteAnswer('123', 'ca', 'u')
   * //=> true
   */
  deleteAnswer(guild: string, meetingId: string, userId: string): boolean;

  /**
   * Removes a member's answers to some meetings, all or none (one immediate transaction).
   *
   * @param guild - The Discord guild id.
   * @param meetingIds - The meetings.
   * @param userId - The Discord member.
   * @returns How many answers were removed.
   * @example
   * store.deleteAnswers('123', ['ca', 'ag'], 'u')
   * //=> 2
   */
  deleteAnswers(guild: string, meetingIds: readonly string[], userId: string): number;

  /**
   * Says which person or structure of the data file a member answers for.
   *
   * @param guild - The Discord guild id.
   * @param userId - The Discord member.
   * @param respondent - The person or structure id.
   * @param now - When staff linked them.
   * @example
   * store.linkMember('123', 'u', 'espoir', now)
   */
  linkMember(guild: string, userId: string, respondent: string, now: Date): void;

  /**
   * Forgets a member's link.
   *
   * @param guild - The Discord guild id.
   * @param userId - The Discord member.
   * @returns Whether there was one.
   * @example
   * store.unlinkMember('123', 'u')
   * //=> true
   */
  unlinkMember(guild: string, userId: string): boolean;

  /**
   * The person or structure a member answers for.
   *
   * @param guild - The Discord guild id.
   * @param userId - The Discord member.
   * @returns The id, or `undefined` when staff did not link them.
   * @example
   * store.respondentOf('123', 'u')
   * //=> 'espoir'
   */
  respondentOf(guild: string, userId: string): string | undefined;

  /**
   * Every link of the guild, by respondent.
   *
   * @param guild - The Discord guild id.
   * @returns Discord member → person or structure id.
   * @example
   * store.memberLinks('123')
   * //=> [{ userId: 'u', respondent: 'espoir' }]
   */
  memberLinks(guild: string): { userId: string; respondent: string }[];

  /**
   * Remembers a message that carries answer buttons for a meeting (once).
   *
   * @param guild - The Discord guild id.
   * @param message - The channel, the message and the meeting.
   * @param now - When it was posted.
   * @example
   * store.trackAttendanceMessage('123', { channelId: '456', messageId: '789', meetingId: 'ca' }, now)
   */
  trackAttendanceMessage(guild: string, message: Omit<AttendanceMessage, 'shown'>, now: Date): void;

  /**
   * The messages that carry buttons for a meeting, or for every meeting.
   *
   * @param guild - The Discord guild id.
   * @param meetingId - The meeting; every meeting when omitted.
   * @returns The messages, with the counts they last showed.
   * @example
   * store.attendanceMessages('123', 'ca').map((m) => m.messageId)
   * //=> ['789']
   */
  attendanceMessages(guild: string, meetingId?: string): AttendanceMessage[];

  /**
   * Records the counts text a message now shows.
   *
   * @param guild - The Discord guild id.
   * @param messageId - The message.
   * @param shown - The counts line.
   * @param now - When it was edited.
   * @example
   * store.markAttendanceShown('123', '789', '✅ 2 présents', now)
   */
  markAttendanceShown(guild: string, messageId: string, shown: string, now: Date): void;

  /**
   * Stops keeping a message up to date (deleted, or its meeting is over).
   *
   * @param guild - The Discord guild id.
   * @param messageId - The message.
   * @example
   * store.forgetAttendanceMessage('123', '789')
   */
  forgetAttendanceMessage(guild: string, messageId: string): void;

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
 * The attendance tables over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function attendanceRepository(db: Database.Database): AttendanceRepository {
  const sql = {
    upsert: db.prepare<
      MeetingParams & UserParams & { respondent: string; answer: string; holder: string | null; at: string }
    >(
      `INSERT INTO attendance_answers (guild_id, meeting_id, user_id, respondent, answer, holder, answered_at)
       VALUES (@guild, @meeting, @user, @respondent, @answer, @holder, @at)
       ON CONFLICT (guild_id, meeting_id, user_id) DO UPDATE SET
         respondent = excluded.respondent, answer = excluded.answer, holder = excluded.holder,
         answered_at = excluded.answered_at
       WHERE attendance_answers.answer IS NOT excluded.answer
          OR attendance_answers.holder IS NOT excluded.holder
          OR attendance_answers.respondent IS NOT excluded.respondent`,
    ),
    answers: db.prepare<MeetingParams, AnswerRow>(
      `SELECT ${ANSWER_COLUMNS} FROM attendance_answers
       WHERE guild_id = @guild AND meeting_id = @meeting ORDER BY answered_at, user_id`,
    ),
    answerOf: db.prepare<MeetingParams & UserParams, AnswerRow>(
      `SELECT ${ANSWER_COLUMNS} FROM attendance_answers
       WHERE guild_id = @guild AND meeting_id = @meeting AND user_id = @user`,
    ),
    answersOfUser: db.prepare<UserParams, AnswerRow>(
      `SELECT ${ANSWER_COLUMNS} FROM attendance_answers
       WHERE guild_id = @guild AND user_id = @user ORDER BY meeting_id`,
    ),
    deleteAnswer: db.prepare<MeetingParams & UserParams>(
      'DELETE FROM attendance_answers WHERE guild_id = @guild AND meeting_id = @meeting AND user_id = @user',
    ),
    link: db.prepare<UserParams & { respondent: string; at: string }>(
      `INSERT INTO member_links (guild_id, user_id, respondent, updated_at) VALUES (@guild, @user, @respondent, @at)
       ON CONFLICT (guild_id, user_id) DO UPDATE SET respondent = excluded.respondent, updated_at = excluded.updated_at`,
    ),
    unlink: db.prepare<UserParams>('DELETE FROM member_links WHERE guild_id = @guild AND user_id = @user'),
    respondentOf: db.prepare<UserParams, { respondent: string }>(
      'SELECT respondent FROM member_links WHERE guild_id = @guild AND user_id = @user',
    ),
    links: db.prepare<GuildParams, { user_id: string; respondent: string }>(
      'SELECT user_id, respondent FROM member_links WHERE guild_id = @guild ORDER BY respondent, user_id',
    ),
    track: db.prepare<MeetingParams & { channel: string; message: string; at: string }>(
      `INSERT INTO attendance_messages (guild_id, channel_id, message_id, meeting_id, updated_at)
       VALUES (@guild, @channel, @message, @meeting, @at) ON CONFLICT (guild_id, message_id) DO NOTHING`,
    ),
    messages: db.prepare<MeetingParams, MessageRow>(
      `SELECT channel_id, message_id, meeting_id, shown FROM attendance_messages
       WHERE guild_id = @guild AND meeting_id = @meeting ORDER BY message_id`,
    ),
    allMessages: db.prepare<GuildParams, MessageRow>(
      `SELECT channel_id, message_id, meeting_id, shown FROM attendance_messages
       WHERE guild_id = @guild ORDER BY meeting_id, message_id`,
    ),
    shown: db.prepare<GuildParams & { message: string; shown: string; at: string }>(
      `UPDATE attendance_messages SET shown = @shown, updated_at = @at
       WHERE guild_id = @guild AND message_id = @message`,
    ),
    forget: db.prepare<GuildParams & { message: string }>(
      'DELETE FROM attendance_messages WHERE guild_id = @guild AND message_id = @message',
    ),
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
  const attendanceAnswers = (guild: string, meetingId: string) =>
    sql.answers.all({ guild, meeting: meetingId }).map(toAnswer);
  const deleteMany = db.transaction((guild: string, meetingIds: readonly string[], userId: string) =>
    meetingIds.reduce((n, meeting) => n + sql.deleteAnswer.run({ guild, meeting, user: userId }).changes, 0),
  );
  return {
    recordAnswer(guild, answer, now) {
      const { changes } = sql.upsert.run({
        guild,
        meeting: answer.meetingId,
        user: answer.userId,
        respondent: answer.respondent,
        answer: answer.answer,
        holder: answer.holder ?? null,
        at: now.toISOString(),
      });
      return changes > 0 ? 'recorded' : 'unchanged';
    },
    attendanceAnswers,
    attendanceResponses(guild, meetingId) {
      return attendanceAnswers(guild, meetingId).map((a) => ({
        respondent: a.respondent,
        answer: a.answer,
        ...(a.holder === undefined ? {} : { holder: a.holder }),
        at: a.answeredAt.getTime(),
      }));
    },
    answerOf(guild, meetingId, userId) {
      const row = sql.answerOf.get({ guild, meeting: meetingId, user: userId });
      return row ? toAnswer(row) : undefined;
    },
    answersOfUser(guild, userId) {
      return sql.answersOfUser.all({ guild, user: userId }).map(toAnswer);
    },
    deleteAnswer(guild, meetingId, userId) {
      return sql.deleteAnswer.run({ guild, meeting: meetingId, user: userId }).changes > 0;
    },
    deleteAnswers(guild, meetingIds, userId) {
      return deleteMany.immediate(guild, meetingIds, userId);
    },
    linkMember(guild, userId, respondent, now) {
      sql.link.run({ guild, user: userId, respondent, at: now.toISOString() });
    },
    unlinkMember(guild, userId) {
      return sql.unlink.run({ guild, user: userId }).changes > 0;
    },
    respondentOf(guild, userId) {
      return sql.respondentOf.get({ guild, user: userId })?.respondent;
    },
    memberLinks(guild) {
      return sql.links.all({ guild }).map((r) => ({ userId: r.user_id, respondent: r.respondent }));
    },
    trackAttendanceMessage(guild, message, now) {
      sql.track.run({
        guild,
        channel: message.channelId,
        message: message.messageId,
        meeting: message.meetingId,
        at: now.toISOString(),
      });
    },
    attendanceMessages(guild, meetingId) {
      const rows =
        meetingId === undefined
          ? sql.allMessages.all({ guild })
          : sql.messages.all({ guild, meeting: meetingId });
      return rows.map((r) => ({
        channelId: r.channel_id,
        messageId: r.message_id,
        meetingId: r.meeting_id,
        ...(r.shown === null ? {} : { shown: r.shown }),
      }));
    },
    markAttendanceShown(guild, messageId, shown, now) {
      sql.shown.run({ guild, message: messageId, shown, at: now.toISOString() });
    },
    forgetAttendanceMessage(guild, messageId) {
      sql.forget.run({ guild, message: messageId });
    },
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

function toAnswer(row: AnswerRow): StoredAnswer {
  return {
    meetingId: row.meeting_id,
    userId: row.user_id,
    respondent: row.respondent,
    answer: row.answer,
    ...(row.holder === null ? {} : { holder: row.holder }),
    answeredAt: new Date(row.answered_at),
  };
}
