import {
  attendanceReport,
  convocationDue,
  convocationWarnings,
  type Dataset,
  type DatedMeeting,
  formatLocalDateFr,
  meetingAttendanceRules,
  parseLocalDate,
  reminderPlan,
  upcomingMeetings,
} from '@ptce/core';
import { defusedMentions } from '../defused-mentions.js';
import { discordText } from '../discord/discord-text.js';
import type { Logger } from '../logger.js';
import { meetingDateText } from '../meeting-text/meeting-date-text.js';
import { targetName } from '../meeting-text/target-name.js';
import { reminderNonce, type Store } from '../store/index.js';
import type { EditingSender } from './reminder-sender.js';

const DAY = 86_400_000;
/** How long before a meeting staff hear that its quorum is at risk. */
export const QUORUM_ALERT_DAYS = 3;

/** What the staff alerts need: the guild's store, where to post, and how. */
export interface StaffAlertDeps {
  readonly guildId: string;
  readonly store: Store;
  readonly sender: EditingSender;
  readonly logger: Logger;
  readonly staffChannelId?: string;
}

/**
 * Posts one staff-channel message under a ledger key, once whatever the restarts: claimed before
 * it is sent, marked sent after, a failure recorded so the next tick retries it.
 *
 * @returns Whether it was posted now.
 */
export async function postStaffOnce(
  deps: StaffAlertDeps & { readonly staffChannelId: string },
  key: string,
  content: string,
  now: Date,
): Promise<boolean> {
  const { store, guildId, sender, logger, staffChannelId } = deps;
  const fingerprint = 'v1';
  if (store.ledgerFor(guildId, key).some((e) => e.state === 'sent')) return false;
  const nonce = reminderNonce(key, fingerprint);
  const claimed = store.claim(guildId, { key, fingerprint, channelId: staffChannelId, nonce }, now);
  if (!claimed && !store.ledgerFor(guildId, key).some((e) => e.state === 'claimed')) return false;
  try {
    const id = await sender.send(staffChannelId, { content, allowedRoleIds: [] }, nonce);
    store.markSent(guildId, key, fingerprint, id, now);
    return true;
  } catch (error) {
    store.recordFailure(
      guildId,
      key,
      fingerprint,
      error instanceof Error ? error.message : String(error),
      now,
    );
    logger.warn('staff alert not delivered', { key, error });
    return false;
  }
}

function meetingName(dataset: Dataset, m: DatedMeeting): string {
  return defusedMentions(discordText(targetName(dataset, m.body ?? m.group) || m.title));
}

/**
 * The staff alerts about attendance, each posted once to the staff channel:
 * - on the eve of a meeting's convocation deadline, when no reminder carrying the agenda is
 *   planned to go out by then (« convocation à envoyer »);
 * - three days before a meeting whose quorum the answers do not reach yet (« quorum en danger »).
 *
 * @returns How many alerts were posted.
 */
export async function staffAlerts(deps: StaffAlertDeps, dataset: Dataset, now: Date): Promise<number> {
  const { staffChannelId } = deps;
  if (!staffChannelId) return 0;
  const t = now.getTime();
  let posted = 0;
  const soon = upcomingMeetings(dataset, now, { statuses: ['planned'] }).filter(
    (m) => m.when.start.precision !== 'month' && m.when.startsAt > t && m.when.startsAt - t <= 60 * DAY,
  );
  for (const m of soon) {
    const rules = meetingAttendanceRules(dataset, m);
    if (!rules) continue;
    const name = meetingName(dataset, m);
    const due = convocationDue(m, rules.rules);
    if (due && t >= due.eveStartsAt && t < due.deadline) {
      // The window must hold the meeting itself, not only the reminders before it.
      const plan = reminderPlan([m], dataset.reminders, {
        from: new Date(t - 366 * DAY),
        to: new Date(m.when.endsAt + DAY),
      });
      const late = convocationWarnings(plan, [due])[0];
      if (late) {
        const content = `📨 **Convocation à envoyer** — ${name}, ${meetingDateText(m)} : la convocation (${due.noticeDays} jours avant) doit partir au plus tard le ${formatLocalDateFr(parseLocalDate(due.latestDay)!)}, et ${late.reason === 'no-convocation' ? 'aucun rappel avec l’ordre du jour n’est prévu' : 'le premier rappel avec l’ordre du jour partira trop tard'}. Envoyez-la, ou ajoutez l’ordre du jour avec /reunion ordre-du-jour.`;
        if (
          await postStaffOnce(
            { ...deps, staffChannelId },
            `${m.id}/alerte-convocation/${staffChannelId}`,
            content,
            now,
          )
        )
          posted++;
      }
    }
    if (m.when.startsAt - t <= QUORUM_ALERT_DAYS * DAY) {
      const report = attendanceReport(m, deps.store.attendanceResponses(deps.guildId, m.id), rules, now);
      const quorum = report.quorum;
      if (quorum && !quorum.reached) {
        const content = `⚠️ **Quorum en danger** — ${name}, ${meetingDateText(m)} : ${quorum.counted} voix sur ${quorum.required} requises à ce jour, il en manque ${quorum.missing} ; ${report.counts.noAnswer} sans réponse${quorum.reachable ? '' : ', et il ne peut plus être atteint avec les réponses attendues'}. Relancez avec /reunion relancer.`;
        if (
          await postStaffOnce(
            { ...deps, staffChannelId },
            `${m.id}/alerte-quorum/${staffChannelId}`,
            content,
            now,
          )
        )
          posted++;
      }
    }
  }
  return posted;
}
