import type { Dataset } from '@ptce/core';
import type { REST } from 'discord.js';
import type { Clock, ClockTimer } from '../clock.js';
import { syncEvents } from '../events/sync-events.js';
import type { Logger } from '../logger.js';
import { type Store, StoreError } from '../store/index.js';
import { DigestJob, type DigestSchedule } from './digest.js';
import type { EditingSender } from './reminder-sender.js';
import { ReminderScheduler } from './scheduler.js';

/** Everything the automated jobs of one guild need. */
export interface GuildJobsOptions {
  readonly guildId: string;
  readonly store: Store;
  readonly dataset: () => Dataset;
  readonly clock: Clock;
  readonly sender: EditingSender;
  readonly rest: REST;
  readonly logger: Logger;
  readonly staffChannelId?: string;
  readonly calendarUrl?: string;
  readonly digest?: DigestSchedule;
  readonly minutesAfterDays?: number;
  /** Mirror meetings as Discord scheduled events (default true). */
  readonly events?: boolean;
  /** The longest wait between two passes, in the bot's clock (default 60 s). */
  readonly tickMs?: number;
  /** The wait before the next pass when the store failed one (a lock, a full disk), in real ms (default 2 s). */
  readonly storeRetryMs?: number;
}

/**
 * The automated work of one guild, on the bot's clock: reminders (caught up at start), the weekly
 * digest and compte-rendu nudges, and the scheduled-events mirror. It wakes when the next
 * reminder is due, or at least every `tickMs`. One job failing never stops the others.
 */
export class GuildJobs {
  private readonly reminders: ReminderScheduler;
  private readonly digest: DigestJob;
  private timer: ClockTimer | undefined;
  private running = false;
  private pass: Promise<void> | undefined;
  private eventsAdopted = false;

  constructor(private readonly options: GuildJobsOptions) {
    const { guildId, store, dataset, clock, sender, logger, staffChannelId } = options;
    this.reminders = new ReminderScheduler({
      guildId,
      store,
      dataset,
      clock,
      sender,
      logger,
      ...(staffChannelId ? { staffChannelId } : {}),
      ...(options.calendarUrl ? { calendarUrl: options.calendarUrl } : {}),
    });
    this.digest = new DigestJob({
      guildId,
      store,
      sender,
      logger,
      ...(options.digest ? { schedule: options.digest } : {}),
      ...(staffChannelId ? { staffChannelId } : {}),
      ...(options.minutesAfterDays === undefined ? {} : { minutesAfterDays: options.minutesAfterDays }),
    });
  }

  /** Starts the loop; the first pass runs at once (the catch-up after a restart). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops the loop and waits for a pass in progress to finish. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) this.options.clock.clearTimeout(this.timer);
    await this.pass;
  }

  /** Runs one pass now (also used by tests and `/rappels tester`). Returns when the next is due. */
  async runOnce(): Promise<number | undefined> {
    const { clock, logger, guildId } = this.options;
    let nextAt: number | undefined;
    try {
      const report = await this.reminders.tick();
      nextAt = report.nextAt;
      if (report.sent + report.late + report.skipped + report.failed + report.cancellations > 0) {
        logger.info('reminders pass', { guild: guildId, ...report });
      }
    } catch (error) {
      logger.error('reminders pass failed', { guild: guildId, error });
      // A store fault wrote nothing (the claims stay claimable): try again soon, in real time
      // whatever the clock's speed (a stepped clock, speed 0, waits for its next step), rather
      // than at the next tick.
      if (error instanceof StoreError) {
        nextAt = clock.now().getTime() + (this.options.storeRetryMs ?? 2000) * Math.max(1, clock.speed);
      }
    }
    const dataset = this.options.dataset();
    try {
      await this.digest.tick(dataset, clock.now());
    } catch (error) {
      logger.error('digest pass failed', { guild: guildId, error });
    }
    if (this.options.events !== false) {
      try {
        const report = await syncEvents(
          this.options.rest,
          guildId,
          this.options.store,
          dataset,
          clock.now(),
          logger,
          {
            adopt: !this.eventsAdopted,
          },
        );
        this.eventsAdopted = true;
        if (
          report.created +
            report.updated +
            report.cancelled +
            report.deleted +
            report.adopted +
            report.failed >
          0
        ) {
          logger.info('scheduled events synchronised', { guild: guildId, ...report });
        }
      } catch (error) {
        logger.warn('scheduled events not synchronised', { guild: guildId, error });
      }
    }
    return nextAt;
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.pass = this.runOnce().then((nextAt) => {
        const tickMs = this.options.tickMs ?? 60_000;
        const now = this.options.clock.now().getTime();
        this.schedule(nextAt === undefined ? tickMs : Math.min(tickMs, Math.max(0, nextAt - now)));
      });
      // A stepped clock (tests) waits for the pass, and the next one is scheduled, before it moves on.
      return this.pass;
    }, ms);
  }
}
