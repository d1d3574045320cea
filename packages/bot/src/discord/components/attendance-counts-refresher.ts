import { attendanceReport, meetingAttendanceRules } from '@ptce/core';
import { type APIEmbed, type APIMessage, DiscordAPIError, type REST, Routes } from 'discord.js';
import { attendanceCountsText, COUNTS_PREFIX } from '../../attendance/attendance-counts-text.js';
import type { BotServices } from '../bot-services.js';

/** Discord allows a few edits per message per few seconds; the counts change at most this often. */
export const COUNTS_EDIT_INTERVAL_MS = 10_000;

/** Puts the counts line into a message's text, or its first embed, replacing the previous one. */
function withCounts(message: APIMessage, line: string): { content?: string; embeds?: APIEmbed[] } {
  const [embed, ...rest] = message.embeds;
  if (embed && !message.content) {
    const fields = (embed.fields ?? []).filter((f) => f.name !== 'Réponses');
    const value = line.slice(COUNTS_PREFIX.length).trim();
    return { embeds: [{ ...embed, fields: [...fields, { name: 'Réponses', value }] }, ...rest] };
  }
  const kept = message.content.split('\n').filter((l) => !l.startsWith(COUNTS_PREFIX));
  return { content: [...kept, line].join('\n').slice(0, 2000) };
}

/**
 * Keeps the counts on the messages that carry answer buttons: each message is edited at most once
 * every `intervalMs` (real time: Discord's limits are), the last change always shows, and what a
 * message shows is recorded so that a restart catches up the edits it missed.
 */
export class AttendanceCountsRefresher {
  private readonly lastEdit = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly services: BotServices,
    private readonly rest: REST,
    private readonly intervalMs = COUNTS_EDIT_INTERVAL_MS,
  ) {}

  /** Asks for the counts of every message of a meeting to be brought up to date. */
  refresh(guildId: string, meetingId: string): void {
    for (const message of this.services.store.attendanceMessages(guildId, meetingId)) {
      this.schedule(guildId, message.messageId);
    }
  }

  /** Brings up to date every tracked message whose counts changed (after a restart). */
  catchUp(guildId: string): void {
    for (const message of this.services.store.attendanceMessages(guildId))
      this.schedule(guildId, message.messageId);
  }

  /** Cancels the pending edits (on stop). */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(guildId: string, messageId: string): void {
    if (this.timers.has(messageId)) return;
    const wait = Math.max(0, (this.lastEdit.get(messageId) ?? -Infinity) + this.intervalMs - Date.now());
    const timer = setTimeout(() => {
      this.timers.delete(messageId);
      this.edit(guildId, messageId).catch((error: unknown) =>
        this.services.logger.warn('attendance counts not edited', {
          guild: guildId,
          message: messageId,
          error,
        }),
      );
    }, wait);
    timer.unref();
    this.timers.set(messageId, timer);
  }

  private async edit(guildId: string, messageId: string): Promise<void> {
    const { store, clock } = this.services;
    const tracked = store.attendanceMessages(guildId).find((m) => m.messageId === messageId);
    if (!tracked) return;
    const dataset = this.services.dataset(guildId);
    const meeting = dataset.meetingById.get(tracked.meetingId);
    const rules = meeting ? meetingAttendanceRules(dataset, meeting) : undefined;
    if (!meeting || !rules) return;
    const now = clock.now();
    const report = attendanceReport(meeting, store.attendanceResponses(guildId, meeting.id), rules, now);
    const line = attendanceCountsText(report);
    if (line === tracked.shown) return;
    this.lastEdit.set(messageId, Date.now());
    try {
      const message = (await this.rest.get(
        Routes.channelMessage(tracked.channelId, messageId),
      )) as APIMessage;
      await this.rest.patch(Routes.channelMessage(tracked.channelId, messageId), {
        body: { ...withCounts(message, line), allowed_mentions: { parse: [] } },
      });
    } catch (error) {
      // A deleted message or channel will never take the counts again.
      if (error instanceof DiscordAPIError && (error.code === 10008 || error.code === 10003)) {
        store.forgetAttendanceMessage(guildId, messageId);
        return;
      }
      throw error;
    }
    store.markAttendanceShown(guildId, messageId, line, now);
  }
}

const refreshers = new WeakMap<BotServices, AttendanceCountsRefresher>();

/**
 * The refresher of a running bot (one per services object).
 *
 * @param services - The bot's services.
 * @param rest - The client's REST, used to edit the messages.
 */
export function attendanceCountsRefresher(services: BotServices, rest: REST): AttendanceCountsRefresher {
  let refresher = refreshers.get(services);
  if (!refresher) {
    refresher = new AttendanceCountsRefresher(services, rest);
    refreshers.set(services, refresher);
  }
  return refresher;
}
