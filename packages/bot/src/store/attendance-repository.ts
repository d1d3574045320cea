import type { AttendanceAnswer, AttendanceResponse } from '@ptce/core';
import type Database from 'better-sqlite3';

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

/**
 * Answers to convocations, one per (guild, meeting, member): answering again replaces the answer,
 * so a double click or two clicks racing never count twice. Also which person or structure each
 * member answers for, and the messages whose counts the bot keeps up to date.
 */
export class AttendanceRepository {
  readonly #sql;

  constructor(db: Database.Database) {
    this.#sql = {
      upsert: db.prepare<{
        guild: string;
        meeting: string;
        user: string;
        respondent: string;
        answer: string;
        holder: string | null;
        at: string;
      }>(
        `INSERT INTO attendance_answers (guild_id, meeting_id, user_id, respondent, answer, holder, answered_at)
         VALUES (@guild, @meeting, @user, @respondent, @answer, @holder, @at)
         ON CONFLICT (guild_id, meeting_id, user_id) DO UPDATE SET
           respondent = excluded.respondent, answer = excluded.answer, holder = excluded.holder,
           answered_at = excluded.answered_at
         WHERE attendance_answers.answer IS NOT excluded.answer
            OR attendance_answers.holder IS NOT excluded.holder
            OR attendance_answers.respondent IS NOT excluded.respondent`,
      ),
      answers: db.prepare<{ guild: string; meeting: string }, AnswerRow>(
        `SELECT meeting_id, user_id, respondent, answer, holder, answered_at FROM attendance_answers
         WHERE guild_id = @guild AND meeting_id = @meeting ORDER BY answered_at, user_id`,
      ),
      answerOf: db.prepare<{ guild: string; meeting: string; user: string }, AnswerRow>(
        `SELECT meeting_id, user_id, respondent, answer, holder, answered_at FROM attendance_answers
         WHERE guild_id = @guild AND meeting_id = @meeting AND user_id = @user`,
      ),
      answersOfUser: db.prepare<{ guild: string; user: string }, AnswerRow>(
        `SELECT meeting_id, user_id, respondent, answer, holder, answered_at FROM attendance_answers
         WHERE guild_id = @guild AND user_id = @user ORDER BY meeting_id`,
      ),
      deleteAnswer: db.prepare<{ guild: string; meeting: string; user: string }>(
        'DELETE FROM attendance_answers WHERE guild_id = @guild AND meeting_id = @meeting AND user_id = @user',
      ),
      link: db.prepare<{ guild: string; user: string; respondent: string; at: string }>(
        `INSERT INTO member_links (guild_id, user_id, respondent, updated_at) VALUES (@guild, @user, @respondent, @at)
         ON CONFLICT (guild_id, user_id) DO UPDATE SET respondent = excluded.respondent, updated_at = excluded.updated_at`,
      ),
      unlink: db.prepare<{ guild: string; user: string }>(
        'DELETE FROM member_links WHERE guild_id = @guild AND user_id = @user',
      ),
      respondentOf: db.prepare<{ guild: string; user: string }, { respondent: string }>(
        'SELECT respondent FROM member_links WHERE guild_id = @guild AND user_id = @user',
      ),
      links: db.prepare<{ guild: string }, { user_id: string; respondent: string }>(
        'SELECT user_id, respondent FROM member_links WHERE guild_id = @guild ORDER BY respondent, user_id',
      ),
      track: db.prepare<{ guild: string; channel: string; message: string; meeting: string; at: string }>(
        `INSERT INTO attendance_messages (guild_id, channel_id, message_id, meeting_id, updated_at)
         VALUES (@guild, @channel, @message, @meeting, @at) ON CONFLICT (guild_id, message_id) DO NOTHING`,
      ),
      messages: db.prepare<{ guild: string; meeting: string }, MessageRow>(
        `SELECT channel_id, message_id, meeting_id, shown FROM attendance_messages
         WHERE guild_id = @guild AND meeting_id = @meeting ORDER BY message_id`,
      ),
      allMessages: db.prepare<{ guild: string }, MessageRow>(
        `SELECT channel_id, message_id, meeting_id, shown FROM attendance_messages
         WHERE guild_id = @guild ORDER BY meeting_id, message_id`,
      ),
      shown: db.prepare<{ guild: string; message: string; shown: string; at: string }>(
        `UPDATE attendance_messages SET shown = @shown, updated_at = @at
         WHERE guild_id = @guild AND message_id = @message`,
      ),
      forget: db.prepare<{ guild: string; message: string }>(
        'DELETE FROM attendance_messages WHERE guild_id = @guild AND message_id = @message',
      ),
    };
  }

  /**
   * Stores a member's answer, replacing their previous one for the meeting.
   *
   * @returns `recorded` when the answer changed, `unchanged` when it was already the same.
   * @example
   * store.attendance.recordAnswer('g', { meetingId: 'ca', userId: 'u', respondent: 'espoir', answer: 'present' }, now)
   * //=> 'recorded'
   */
  recordAnswer(guild: string, answer: Omit<StoredAnswer, 'answeredAt'>, now: Date): 'recorded' | 'unchanged' {
    const { changes } = this.#sql.upsert.run({
      guild,
      meeting: answer.meetingId,
      user: answer.userId,
      respondent: answer.respondent,
      answer: answer.answer,
      holder: answer.holder ?? null,
      at: now.toISOString(),
    });
    return changes > 0 ? 'recorded' : 'unchanged';
  }

  /** Every stored answer to a meeting, oldest first. */
  answers(guild: string, meetingId: string): StoredAnswer[] {
    return this.#sql.answers.all({ guild, meeting: meetingId }).map(toAnswer);
  }

  /** The answers as core's `attendanceReport` reads them. */
  responses(guild: string, meetingId: string): AttendanceResponse[] {
    return this.answers(guild, meetingId).map((a) => ({
      respondent: a.respondent,
      answer: a.answer,
      ...(a.holder === undefined ? {} : { holder: a.holder }),
      at: a.answeredAt.getTime(),
    }));
  }

  /** A member's answer to a meeting, if any. */
  answerOf(guild: string, meetingId: string, userId: string): StoredAnswer | undefined {
    const row = this.#sql.answerOf.get({ guild, meeting: meetingId, user: userId });
    return row ? toAnswer(row) : undefined;
  }

  /** Every answer of a member, by meeting id. */
  answersOfUser(guild: string, userId: string): StoredAnswer[] {
    return this.#sql.answersOfUser.all({ guild, user: userId }).map(toAnswer);
  }

  /** Removes a member's answer to one meeting; returns whether there was one. */
  deleteAnswer(guild: string, meetingId: string, userId: string): boolean {
    return this.#sql.deleteAnswer.run({ guild, meeting: meetingId, user: userId }).changes > 0;
  }

  /** Says which person or structure of the data file a member answers for. */
  link(guild: string, userId: string, respondent: string, now: Date): void {
    this.#sql.link.run({ guild, user: userId, respondent, at: now.toISOString() });
  }

  /** Forgets a member's link; returns whether there was one. */
  unlink(guild: string, userId: string): boolean {
    return this.#sql.unlink.run({ guild, user: userId }).changes > 0;
  }

  /** The person or structure a member answers for, if staff linked them. */
  respondentOf(guild: string, userId: string): string | undefined {
    return this.#sql.respondentOf.get({ guild, user: userId })?.respondent;
  }

  /** Every link of the guild: Discord member → person or structure id. */
  links(guild: string): { userId: string; respondent: string }[] {
    return this.#sql.links.all({ guild }).map((r) => ({ userId: r.user_id, respondent: r.respondent }));
  }

  /** Remembers a message that carries answer buttons for a meeting (once). */
  trackMessage(guild: string, message: Omit<AttendanceMessage, 'shown'>, now: Date): void {
    this.#sql.track.run({
      guild,
      channel: message.channelId,
      message: message.messageId,
      meeting: message.meetingId,
      at: now.toISOString(),
    });
  }

  /** The messages that carry buttons for a meeting, or for every meeting. */
  messages(guild: string, meetingId?: string): AttendanceMessage[] {
    const rows =
      meetingId === undefined
        ? this.#sql.allMessages.all({ guild })
        : this.#sql.messages.all({ guild, meeting: meetingId });
    return rows.map((r) => ({
      channelId: r.channel_id,
      messageId: r.message_id,
      meetingId: r.meeting_id,
      ...(r.shown === null ? {} : { shown: r.shown }),
    }));
  }

  /** Records the counts text a message now shows. */
  markShown(guild: string, messageId: string, shown: string, now: Date): void {
    this.#sql.shown.run({ guild, message: messageId, shown, at: now.toISOString() });
  }

  /** Stops keeping a message up to date (deleted, or its meeting is over). */
  forgetMessage(guild: string, messageId: string): void {
    this.#sql.forget.run({ guild, message: messageId });
  }
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
