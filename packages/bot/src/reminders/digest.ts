import {
  type Dataset,
  formatLocalDateFr,
  localStartInstant,
  missingMinutes,
  parseLocalDate,
  toLocalDate,
  type Weekday,
} from '@ptce/core';
import { agendaReply } from '../conversation/answers/agenda.js';
import type { Logger } from '../logger.js';
import { targetName } from '../meeting-text/target-name.js';
import { reminderNonce, type Store } from '../store/index.js';
import type { ReminderMessage } from './reminder-message.js';
import type { EditingSender } from './reminder-sender.js';

/** When and where the weekly digest goes. */
export interface DigestSchedule {
  readonly channelId: string;
  readonly weekday: Weekday;
  /** Local `HH:MM`. */
  readonly time: string;
  /** How many weeks ahead it lists (default 4). */
  readonly weeks?: number;
}

const WEEKDAY_INDEX: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const WEEKDAY_WORDS: Record<string, Weekday> = {
  lundi: 'MO',
  mardi: 'TU',
  mercredi: 'WE',
  jeudi: 'TH',
  vendredi: 'FR',
  samedi: 'SA',
  dimanche: 'SU',
};

/** Reads `lundi 08:00` (the `PTCE_DIGEST_SCHEDULE` setting). */
export function parseDigestSchedule(text: string): { weekday: Weekday; time: string } | undefined {
  const m = /^\s*(\p{L}+)\s+(\d{1,2})[:h](\d{2})\s*$/u.exec(text.toLowerCase());
  const weekday = m ? WEEKDAY_WORDS[m[1]!] : undefined;
  if (!m || !weekday || Number(m[2]) > 23 || Number(m[3]) > 59) return undefined;
  return { weekday, time: `${m[2]!.padStart(2, '0')}:${m[3]}` };
}

/** The local day (`YYYY-MM-DD`) of the latest digest slot at or before `now`. */
export function latestDigestSlot(
  now: Date,
  schedule: { weekday: Weekday; time: string },
  timeZone: string,
): string {
  const today = toLocalDate(now, timeZone);
  for (let back = 0; back <= 7; back++) {
    const day = new Date(Date.UTC(today.year, today.month! - 1, today.day! - back));
    if (day.getUTCDay() !== WEEKDAY_INDEX[schedule.weekday]) continue;
    const text = day.toISOString().slice(0, 10);
    const at = localStartInstant(parseLocalDate(`${text}T${schedule.time}`)!, timeZone);
    if (at.getTime() <= now.getTime()) return text;
  }
  const previous = new Date(Date.UTC(today.year, today.month! - 1, today.day! - 7));
  return latestDigestSlot(previous, schedule, timeZone);
}

/**
 * The weekly digest and the staff nudges about missing comptes-rendus. Each runs at most once
 * per slot or per meeting, whatever the restarts: the store remembers what was posted.
 */
export class DigestJob {
  constructor(
    private readonly deps: {
      readonly guildId: string;
      readonly store: Store;
      readonly sender: EditingSender;
      readonly logger: Logger;
      readonly schedule?: DigestSchedule;
      readonly staffChannelId?: string;
      /** Days after a held meeting before staff are nudged about its compte-rendu (default 14). */
      readonly minutesAfterDays?: number;
    },
  ) {}

  /** Posts or edits the digest when a new slot has come, and nudges staff about missing minutes. */
  async tick(dataset: Dataset, now: Date): Promise<{ digest: 'posted' | 'edited' | 'none'; nudges: number }> {
    const digest = this.deps.schedule ? await this.digest(dataset, now, this.deps.schedule) : 'none';
    const nudges = await this.nudges(dataset, now);
    return { digest, nudges };
  }

  private async digest(
    dataset: Dataset,
    now: Date,
    schedule: DigestSchedule,
  ): Promise<'posted' | 'edited' | 'none'> {
    const { store, guildId, sender, logger } = this.deps;
    const slot = latestDigestSlot(now, schedule, dataset.timeZone);
    const state = store.getDigest(guildId, schedule.channelId);
    if (state?.periodKey === slot) return 'none';
    const from = localStartInstant(parseLocalDate(slot)!, dataset.timeZone);
    const to = new Date(from.getTime() + (schedule.weeks ?? 4) * 7 * 86_400_000);
    const r = agendaReply(dataset, { from, to, statuses: ['planned'] });
    const lines = [
      `🗓️ **Les réunions des ${schedule.weeks ?? 4} prochaines semaines** (mis à jour le ${formatLocalDateFr(parseLocalDate(slot)!)})`,
    ];
    lines.push(
      ...r.lines.map((l) => (l.at === undefined ? l.text : `${l.text} (<t:${Math.floor(l.at / 1000)}:R>)`)),
    );
    const message: ReminderMessage = { content: lines.join('\n').slice(0, 2000), allowedRoleIds: [] };
    try {
      if (state?.messageId) {
        await sender.edit(schedule.channelId, state.messageId, message);
        store.setDigest(
          guildId,
          { channelId: schedule.channelId, messageId: state.messageId, periodKey: slot },
          now,
        );
        logger.info('digest edited', { channel: schedule.channelId, slot });
        return 'edited';
      }
      const id = await sender.send(
        schedule.channelId,
        message,
        reminderNonce(`digest/${schedule.channelId}`, slot),
      );
      store.setDigest(guildId, { channelId: schedule.channelId, messageId: id, periodKey: slot }, now);
      logger.info('digest posted', { channel: schedule.channelId, slot });
      return 'posted';
    } catch (error) {
      logger.warn('digest not delivered, will retry at the next tick', {
        channel: schedule.channelId,
        error,
      });
      return 'none';
    }
  }

  private async nudges(dataset: Dataset, now: Date): Promise<number> {
    const { store, guildId, sender, logger, staffChannelId } = this.deps;
    if (!staffChannelId) return 0;
    let sent = 0;
    // Only recent meetings: a nudge about minutes of years ago helps nobody.
    const recent = missingMinutes(dataset, now, { afterDays: this.deps.minutesAfterDays ?? 14 }).filter(
      (m) => m.daysOverdue <= 60,
    );
    for (const missing of recent) {
      const key = `${missing.meeting.id}/compte-rendu/${staffChannelId}`;
      const fingerprint = 'v1';
      if (store.ledgerFor(guildId, key).some((e) => e.state === 'sent')) continue;
      const nonce = reminderNonce(key, fingerprint);
      const claimed = store.claim(guildId, { key, fingerprint, channelId: staffChannelId, nonce }, now);
      if (!claimed && !store.ledgerFor(guildId, key).some((e) => e.state === 'claimed')) continue;
      const name =
        targetName(dataset, missing.meeting.body ?? missing.meeting.group) || missing.meeting.title;
      const content = `📝 **Compte-rendu manquant** — ${name}, réunion du ${formatLocalDateFr(missing.meeting.when.start)} : toujours pas de compte-rendu ${missing.daysOverdue} jour(s) après l’échéance. Ajoutez-le avec /reunion compte-rendu.`;
      try {
        const id = await sender.send(staffChannelId, { content, allowedRoleIds: [] }, nonce);
        store.markSent(guildId, key, fingerprint, id, now);
        sent++;
      } catch (error) {
        store.recordFailure(
          guildId,
          key,
          fingerprint,
          error instanceof Error ? error.message : String(error),
          now,
        );
        logger.warn('minutes nudge not delivered', { key, error });
      }
    }
    return sent;
  }
}
