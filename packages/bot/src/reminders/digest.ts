import {
  type Dataset,
  formatLocalDateFr,
  localStartInstant,
  missingMinutes,
  parseLocalDate,
  toLocalDate,
  type Weekday,
} from '@ptce/core';
import { clipText } from '../clip-text.js';
import { agendaReply } from '../conversation/answers/agenda.js';
import { defusedMentions } from '../defused-mentions.js';
import { chosenLinks } from '../discord/chosen-links.js';
import { discordText } from '../discord/discord-text.js';
import type { Logger } from '../logger.js';
import { targetName } from '../meeting-text/target-name.js';
import { reminderNonce, type Store } from '../store/index.js';
import type { ReminderMessage } from './reminder-message.js';
import type { EditingSender } from './reminder-sender.js';
import { postStaffOnce, staffAlerts } from './staff-alerts.js';

/**
 * When the digest comes: weekly on a weekday (`lundi 08:00`), or on days of the month
 * (`1er et 15 à 08:00`, as PHARE's newsletter went to two a month).
 */
export type DigestTiming =
  | { readonly weekday: Weekday; readonly time: string }
  | { readonly monthDays: readonly number[]; readonly time: string };

/** When and where the digest goes. */
export type DigestSchedule = DigestTiming & {
  readonly channelId: string;
  /** How many weeks ahead it lists (default 4). */
  readonly weeks?: number;
};

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

const TIME = String.raw`(\d{1,2})[:h](\d{2})`;

function clockTime(hours: string, minutes: string): string | undefined {
  return Number(hours) > 23 || Number(minutes) > 59 ? undefined : `${hours.padStart(2, '0')}:${minutes}`;
}

/**
 * Reads a digest schedule: `lundi 08:00` (weekly) or `1er et 15 à 08:00` (days of the month,
 * 1 to 28 so that every month has them). The `PTCE_DIGEST_SCHEDULE` and `/parametres resume` form.
 */
export function parseDigestSchedule(text: string): DigestTiming | undefined {
  const lower = text.toLowerCase().trim();
  const weekly = new RegExp(`^(\\p{L}+)\\s+(?:à\\s+)?${TIME}$`, 'u').exec(lower);
  if (weekly) {
    const weekday = WEEKDAY_WORDS[weekly[1]!];
    const time = clockTime(weekly[2]!, weekly[3]!);
    return weekday && time ? { weekday, time } : undefined;
  }
  const monthly = new RegExp(`^([\\d\\p{L}\\s,]+?)\\s+(?:du mois\\s+)?(?:à\\s+)?${TIME}$`, 'u').exec(lower);
  if (!monthly) return undefined;
  const parts = monthly[1]!.split(/\s*(?:,|\bet\b)\s*/u).filter((p) => p !== '');
  const days = parts.map((p) => Number(/^(?:les?\s+)?(\d{1,2})(?:er|e|ème)?$/u.exec(p.trim())?.[1]));
  const time = clockTime(monthly[2]!, monthly[3]!);
  if (!time || days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 28))
    return undefined;
  return { monthDays: [...new Set(days)].sort((a, b) => a - b), time };
}

/** How a digest timing reads in French (`chaque lundi à 08:00`, `le 1er et le 15 du mois à 08:00`). */
export function digestTimingFr(timing: DigestTiming): string {
  if ('weekday' in timing) {
    const word = Object.entries(WEEKDAY_WORDS).find(([, w]) => w === timing.weekday)?.[0] ?? timing.weekday;
    return `chaque ${word} à ${timing.time}`;
  }
  const days = timing.monthDays.map((d) => (d === 1 ? 'le 1er' : `le ${d}`));
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} et ${days.at(-1)}` : days[0];
  return `${list} du mois à ${timing.time}`;
}

/** The local day (`YYYY-MM-DD`) of the latest digest slot at or before `now`. */
export function latestDigestSlot(now: Date, schedule: DigestTiming, timeZone: string): string {
  const today = toLocalDate(now, timeZone);
  const isSlotDay = (day: Date) =>
    'weekday' in schedule
      ? day.getUTCDay() === WEEKDAY_INDEX[schedule.weekday]
      : schedule.monthDays.includes(day.getUTCDate());
  // A month holds every monthly slot; 62 days back always reaches one.
  for (let back = 0; back <= 62; back++) {
    const day = new Date(Date.UTC(today.year, today.month! - 1, today.day! - back));
    if (!isSlotDay(day)) continue;
    const text = day.toISOString().slice(0, 10);
    const at = localStartInstant(parseLocalDate(`${text}T${schedule.time}`)!, timeZone);
    if (at.getTime() <= now.getTime()) return text;
  }
  throw new Error('digest schedule without a slot');
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

  /**
   * Posts or edits the digest when a new slot has come, nudges staff about missing minutes, and
   * alerts them about late convocations and quorums at risk.
   */
  async tick(
    dataset: Dataset,
    now: Date,
  ): Promise<{ digest: 'posted' | 'edited' | 'none'; nudges: number; alerts: number }> {
    const digest = this.deps.schedule ? await this.digest(dataset, now, this.deps.schedule) : 'none';
    const nudges = await this.nudges(dataset, now);
    const alerts = await staffAlerts(this.deps, dataset, now);
    return { digest, nudges, alerts };
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
    const isLink = chosenLinks(dataset);
    lines.push(
      ...r.lines.map((l) => {
        const text = defusedMentions(discordText(l.text, isLink));
        return l.at === undefined ? text : `${text} (<t:${Math.floor(l.at / 1000)}:R>)`;
      }),
    );
    const message: ReminderMessage = { content: clipText(lines.join('\n'), 2000), allowedRoleIds: [] };
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
    const { staffChannelId } = this.deps;
    if (!staffChannelId) return 0;
    let sent = 0;
    // Only recent meetings: a nudge about minutes of years ago helps nobody.
    const recent = missingMinutes(dataset, now, { afterDays: this.deps.minutesAfterDays ?? 14 }).filter(
      (m) => m.daysOverdue <= 60,
    );
    for (const missing of recent) {
      const name = defusedMentions(
        discordText(
          targetName(dataset, missing.meeting.body ?? missing.meeting.group) || missing.meeting.title,
        ),
      );
      const content = `📝 **Compte-rendu manquant** — ${name}, réunion du ${formatLocalDateFr(missing.meeting.when.start)} : toujours pas de compte-rendu ${missing.daysOverdue} jour(s) après l’échéance. Ajoutez-le avec /reunion compte-rendu.`;
      const key = `${missing.meeting.id}/compte-rendu/${staffChannelId}`;
      if (await postStaffOnce({ ...this.deps, staffChannelId }, key, content, now)) sent++;
    }
    return sent;
  }
}
