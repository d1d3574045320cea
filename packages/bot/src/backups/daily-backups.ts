import fs from 'node:fs';
import nodePath from 'node:path';
import type { Clock, ClockTimer } from '../clock.js';
import type { Logger } from '../logger.js';
import { backupDatabase } from '../store/backup-database.js';
import { backupStamp } from '../store/backup-stamp.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^ptce-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)\.sqlite$/;

/** Options of `DailyBackups`. */
export interface DailyBackupsOptions {
  readonly dbPath: string;
  /** The folder of the backups (`PTCE_BACKUP_DIR`), created if missing. */
  readonly dir: string;
  /** How many backups to keep, the newest (`PTCE_BACKUP_KEEP`). */
  readonly keep: number;
  readonly clock: Clock;
  readonly logger: Logger;
}

function stampInstant(stamp: string): number {
  return Date.parse(stamp.replace(/T(\d{2})-(\d{2})-(\d{2})Z$/, 'T$1:$2:$3Z'));
}

/**
 * One backup of the bot's database a day, on the bot's clock, in `ptce-<instant>.sqlite` files of
 * one folder, keeping the newest `keep`. At start it backs up at once when the newest backup is a
 * day old or more (or there is none), so a bot restarted every night still gets its backups.
 */
export class DailyBackups {
  private timer: ClockTimer | undefined;
  private running = false;
  private pass: Promise<void> | undefined;

  constructor(private readonly options: DailyBackupsOptions) {}

  /** The backups in the folder, oldest first. */
  backups(): string[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.options.dir);
    } catch {
      return [];
    }
    return names.filter((n) => NAME.test(n)).sort();
  }

  /** Starts the loop. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const newest = this.backups().at(-1);
    const age = newest
      ? this.options.clock.now().getTime() - stampInstant(NAME.exec(newest)![1]!)
      : Number.POSITIVE_INFINITY;
    this.schedule(Math.max(0, DAY_MS - age));
  }

  /** Stops the loop and waits for a backup in progress. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) this.options.clock.clearTimeout(this.timer);
    await this.pass;
  }

  /** Takes one backup now and prunes the old ones; a failure is logged, never thrown. */
  async runOnce(): Promise<string | undefined> {
    const { dbPath, dir, keep, clock, logger } = this.options;
    const out = nodePath.join(dir, `ptce-${backupStamp(clock.now())}.sqlite`);
    try {
      const report = await backupDatabase(dbPath, out);
      const old = this.backups().slice(0, -keep);
      for (const name of old) fs.rmSync(nodePath.join(dir, name), { force: true });
      logger.info('database backed up', { file: report.file, version: report.version, removed: old.length });
      return report.file;
    } catch (error) {
      logger.error('database backup failed', { file: out, error });
      return undefined;
    }
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.pass = this.runOnce().then(() => this.schedule(DAY_MS));
    }, ms);
  }
}
