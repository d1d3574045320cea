import {
  type Dataset,
  type DatedMeeting,
  dueReminders,
  meetingFingerprint,
  type PlannedReminder,
  reminderPlan,
} from '@ptce/core';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { reminderNonce, type Store } from '../store/index.js';
import { cancellationMessage, type ReminderMessage, reminderMessage } from './reminder-message.js';
import type { ReminderSender } from './reminder-sender.js';

/** What the scheduler works with. Every effect goes through these. */
export interface SchedulerDeps {
  readonly guildId: string;
  readonly store: Store;
  /** The dataset as it is now, staff changes included. */
  readonly dataset: () => Dataset;
  readonly clock: Clock;
  readonly sender: ReminderSender;
  readonly logger: Logger;
  readonly staffChannelId?: string;
  readonly calendarUrl?: string;
  /** How long a missed reminder may still be sent late (default 3 days). */
  readonly catchUpWindowMs?: number;
  /** How far ahead meetings are planned (default 40 days; the longest rule must fit). */
  readonly horizonMs?: number;
  /** First wait after a failed send to a channel (default 60 s), doubled each time, 1 h at most. */
  readonly retryBaseMs?: number;
}

/** What one tick did. */
export interface TickReport {
  readonly sent: number;
  readonly late: number;
  readonly skipped: number;
  readonly cancellations: number;
  readonly failed: number;
  /** Epoch ms of the next reminder still to come, if any. */
  readonly nextAt?: number;
}

const DAY = 86_400_000;

interface RouteHealth {
  failures: number;
  until: number;
  reported: boolean;
}

/**
 * Carries out core's reminder decisions: claim in the ledger, send with a nonce, record the
 * message id. Its first tick after a start is the catch-up; it skips what must not be sent, and
 * never lets one failing channel stop the others. `GuildJobs` runs it on the bot's clock.
 */
export class ReminderScheduler {
  private readonly health = new Map<string, RouteHealth>();

  constructor(private readonly deps: SchedulerDeps) {}

  /** The channels (and their role) of each target, read once per tick. */
  private routeTable(): (meeting: DatedMeeting) => readonly { channelId: string; roleId?: string }[] {
    const byTarget = new Map<string, { channelId: string; roleId?: string }[]>();
    for (const r of this.deps.store.listRoutes(this.deps.guildId)) {
      const list = byTarget.get(r.target) ?? [];
      list.push(r.roleId ? { channelId: r.channelId, roleId: r.roleId } : { channelId: r.channelId });
      byTarget.set(r.target, list);
    }
    const everywhere = byTarget.get('*') ?? [];
    const memo = new Map<string, { channelId: string; roleId?: string }[]>();
    return (meeting) => {
      const target = meeting.body ?? meeting.group ?? '*';
      let routes = memo.get(target);
      if (!routes) {
        // The target's own routes first; a channel gets one reminder even if routed twice.
        const seen = new Set<string>();
        routes = [];
        for (const r of [...(target === '*' ? [] : (byTarget.get(target) ?? [])), ...everywhere]) {
          if (seen.has(r.channelId)) continue;
          seen.add(r.channelId);
          routes.push(r);
        }
        memo.set(target, routes);
      }
      return routes;
    };
  }

  /** One pass: decide with core, then carry out every decision. */
  async tick(): Promise<TickReport> {
    const { store, guildId, logger, clock } = this.deps;
    const now = clock.now();
    const dataset = this.deps.dataset();
    const catchUpWindowMs = this.deps.catchUpWindowMs ?? 3 * DAY;
    const horizon = this.deps.horizonMs ?? 40 * DAY;
    const routes = this.routeTable();
    const roleFor = (meeting: DatedMeeting, channelId: string) =>
      routes(meeting).find((r) => r.channelId === channelId)?.roleId;
    // Plan back to where the last tick decided (a restart after a long downtime), so every
    // reminder of the gap is decided and recorded; at most a year back.
    const mark = store.schedulerMark(guildId)?.getTime() ?? now.getTime();
    const from = Math.max(now.getTime() - 366 * DAY, Math.min(now.getTime() - catchUpWindowMs, mark));
    const plan = reminderPlan(dataset.meetings, dataset.reminders, {
      from: new Date(from),
      to: new Date(now.getTime() + horizon),
      targetsOf: (m) => routes(m).map((r) => r.channelId),
      sortedByStart: true,
    });
    const ledger = store.ledgerForKeys(guildId, [...new Set(plan.map((r) => r.key))]);
    const decisions = dueReminders(plan, ledger, now, { catchUpWindowMs });
    const at = now.toISOString();
    let skipped = 0;
    let cancellations = 0;
    let failed = 0;
    const recordSkip = (key: string, fingerprint: string, reason: string) => {
      store.markSkipped(guildId, key, fingerprint, reason, now);
      store.logDecision(guildId, { key, decision: 'skipped', reason, at: now });
      skipped++;
    };
    // The notice is decided apart from the skip: one that failed (or a crash) is retried on later
    // ticks, when the skip itself is already recorded. Its own ledger entry keeps it once.
    const toldCancelled = (s: (typeof decisions.skipped)[number]) =>
      (s.reason === 'cancelled' || (s.reason === 'recorded' && s.reminder.status === 'cancelled')) &&
      s.reminder.meetingStartsAt > now.getTime() &&
      ledger.some((e) => e.key === s.reminder.key && e.state === 'sent');
    // The skips between two cancellation notices are recorded in one commit: a first tick after a
    // long downtime records thousands. The log keeps the order of the decisions.
    const skips = decisions.skipped;
    let next = 0;
    do {
      let to = next;
      while (to < skips.length && !toldCancelled(skips[to]!)) to++;
      const superseded = next === 0 ? decisions.superseded : [];
      const recorded = skips.slice(next, to + 1).filter((s) => s.reason !== 'recorded');
      if (superseded.length + recorded.length > 0) {
        store.inTransaction(() => {
          for (const s of superseded) {
            recordSkip(s.entry.key, s.entry.fingerprint, s.reason);
            logger.info('reminder skipped: the meeting changed after it was claimed', {
              key: s.entry.key,
              reason: s.reason,
            });
          }
          for (const s of recorded) {
            recordSkip(s.reminder.key, s.reminder.fingerprint, s.reason);
            logger.info('reminder skipped', { key: s.reminder.key, reason: s.reason, at });
          }
        });
      }
      if (to < skips.length) {
        const outcome = await this.sendCancellation(dataset, skips[to]!.reminder, now, roleFor);
        if (outcome === 'sent') cancellations++;
        if (outcome === 'failed') failed++;
      }
      next = to + 1;
    } while (next < skips.length);
    let sent = 0;
    let late = 0;
    for (const r of [...decisions.due, ...decisions.late]) {
      const meeting = dataset.meetingById.get(r.meetingId);
      if (!meeting) continue;
      const message = reminderMessage(dataset, meeting, {
        label: r.label,
        late: r.late,
        includeAgenda: r.includeAgenda,
        ...this.optional(roleFor(meeting, r.target), this.deps.calendarUrl),
      });
      const outcome = await this.deliver(r.key, r.fingerprint, r.target, message, now, !r.retry);
      if (outcome === 'sent') {
        if (r.late) late++;
        else sent++;
      } else if (outcome === 'failed') failed++;
    }
    store.setSchedulerMark(guildId, now);
    const nextAt = decisions.pending.reduce<number | undefined>(
      (min, p) => (min === undefined || p.sendAt < min ? p.sendAt : min),
      undefined,
    );
    return { sent, late, skipped, cancellations, failed, ...(nextAt === undefined ? {} : { nextAt }) };
  }

  private optional(roleId: string | undefined, calendarUrl: string | undefined) {
    return { ...(roleId ? { roleId } : {}), ...(calendarUrl ? { calendarUrl } : {}) };
  }

  private async sendCancellation(
    dataset: Dataset,
    reminder: PlannedReminder,
    now: Date,
    roleFor: (meeting: DatedMeeting, channelId: string) => string | undefined,
  ): Promise<'sent' | 'failed' | 'deferred' | 'none'> {
    const meeting = dataset.meetingById.get(reminder.meetingId);
    if (!meeting) return 'none';
    const key = `${reminder.meetingId}/annulation/${reminder.target}`;
    const fingerprint = meetingFingerprint(meeting);
    const existing = this.deps.store
      .ledgerFor(this.deps.guildId, key)
      .find((e) => e.fingerprint === fingerprint);
    if (existing?.state === 'sent') return 'none';
    const message = cancellationMessage(dataset, meeting, roleFor(meeting, reminder.target));
    return this.deliver(key, fingerprint, reminder.target, message, now, existing === undefined);
  }

  /** Claim (unless resuming an earlier claim), send with the nonce, record. */
  private async deliver(
    key: string,
    fingerprint: string,
    channelId: string,
    message: ReminderMessage,
    now: Date,
    claimFirst: boolean,
  ): Promise<'sent' | 'failed' | 'deferred' | 'none'> {
    const { store, guildId, logger, sender } = this.deps;
    const health = this.health.get(channelId);
    if (health && health.until > now.getTime()) return 'deferred';
    const nonce = reminderNonce(key, fingerprint);
    if (claimFirst && !store.claim(guildId, { key, fingerprint, channelId, nonce }, now)) return 'none';
    let messageId: string;
    try {
      messageId = await sender.send(channelId, message, nonce);
    } catch (error) {
      return this.sendFailed(key, fingerprint, channelId, now, error);
    }
    // A store fault from here on (a lock, a full disk) ends the pass: the claim stays, and the
    // next pass resends with the same nonce, which Discord turns into the message already posted.
    store.inTransaction(() => {
      store.markSent(guildId, key, fingerprint, messageId, this.deps.clock.now());
      store.logDecision(guildId, {
        key,
        decision: 'sent',
        reason: `message ${messageId} dans ${channelId}`,
        at: now,
      });
    });
    logger.info('reminder sent', { key, channel: channelId, message: messageId });
    this.health.delete(channelId);
    return 'sent';
  }

  /** Records a failed send, backs the channel off and tells staff once. */
  private async sendFailed(
    key: string,
    fingerprint: string,
    channelId: string,
    now: Date,
    error: unknown,
  ): Promise<'failed'> {
    const { store, guildId, logger } = this.deps;
    const attempts = store.recordFailure(
      guildId,
      key,
      fingerprint,
      error instanceof Error ? error.message : String(error),
      now,
    );
    store.logDecision(guildId, {
      key,
      decision: 'failed',
      reason: error instanceof Error ? error.message : String(error),
      at: now,
    });
    const h = this.health.get(channelId) ?? { failures: 0, until: 0, reported: false };
    h.failures++;
    const base = this.deps.retryBaseMs ?? 60_000;
    h.until = now.getTime() + Math.min(3_600_000, base * 2 ** (h.failures - 1));
    this.health.set(channelId, h);
    logger.warn('reminder not delivered, will retry', {
      key,
      channel: channelId,
      attempts,
      retryAt: new Date(h.until).toISOString(),
      error,
    });
    if (!h.reported) {
      h.reported = true;
      await this.reportToStaff(channelId, error);
    }
    return 'failed';
  }

  private async reportToStaff(channelId: string, error: unknown): Promise<void> {
    const { staffChannelId, sender, logger, clock } = this.deps;
    if (!staffChannelId || staffChannelId === channelId) return;
    const why = error instanceof Error ? error.message : String(error);
    const content = `⚠️ Les rappels ne parviennent pas au salon <#${channelId}> (${why}). Vérifiez que le salon existe et que le bot peut y écrire ; de nouveaux essais auront lieu automatiquement.`;
    try {
      await sender.send(
        staffChannelId,
        { content, allowedRoleIds: [] },
        reminderNonce(`staff/${channelId}`, String(clock.now().getTime())),
      );
    } catch (reportError) {
      logger.error('staff channel unreachable too', { channel: staffChannelId, error: reportError });
    }
  }
}
