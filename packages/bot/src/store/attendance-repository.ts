import type { AttendanceAnswer, AttendanceResponse } from '@ptce/core';
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

type MeetingParams = GuildParams & { meeting: string };
type UserParams = GuildParams & { user: string };

const ANSWER_COLUMNS = 'meeting_id, user_id, respondent, answer, holder, answered_at';

/**
 * Answers to convocations, one per (guild, meeting, member) (table `attendance_answers`):
 * answering again replaces the answer, so a double click or two clicks racing never count twice.
 * Also which person or structure each member answers for (`member_links`), the messages whose
 * counts the bot keeps up to date (`attendance_messages`). The feuilles d'émargement have their
 * own repository (`attendance-sheet-repository.ts`).
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
  };
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
