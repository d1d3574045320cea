import { type Dataset, type DatedMeeting, normalizeText, upcomingMeetings } from '@ptce/core';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import { type Choice, MAX_CHOICES } from '../autocomplete-choices.js';
import { truncate } from '../render-embed.js';

const DAY_MS = 86_400_000;

/** How far back `/reunion compte-rendu` offers meetings: minutes often come weeks later. */
export const RECENT_PAST_DAYS = 120;

/** "jeudi 3 décembre 2026 de 14 h à 16 h 30 — Conseil de coopération de décembre", within 100 characters. */
export function meetingChoiceName(dataset: Dataset, meeting: DatedMeeting): string {
  const target = targetName(dataset, meeting.body ?? meeting.group);
  const label =
    target && !meeting.title.toLowerCase().includes(target.toLowerCase())
      ? `${meeting.title} · ${target}`
      : meeting.title;
  return truncate(`${meetingDateText(meeting)} — ${label}`, 100);
}

/**
 * The meetings staff may pick for a change: those still ahead (not cancelled), in date order;
 * with `recentPast`, first the meetings of the last {@link RECENT_PAST_DAYS} days, latest first.
 * Every word typed must appear in the date, the title, the body or the id.
 */
export function meetingChoices(
  dataset: Dataset,
  query: string,
  now: Date,
  options: { readonly recentPast?: boolean } = {},
): Choice[] {
  const upcoming = upcomingMeetings(dataset, now);
  const ahead = new Set(upcoming);
  const past = options.recentPast
    ? dataset.meetings
        .filter(
          (m) =>
            !ahead.has(m) &&
            m.status !== 'cancelled' &&
            m.when.startsAt <= now.getTime() &&
            m.when.endsAt > now.getTime() - RECENT_PAST_DAYS * DAY_MS,
        )
        .reverse()
    : [];
  const words = normalizeText(query)
    .split(' ')
    .filter((w) => w !== '');
  const out: Choice[] = [];
  for (const meeting of [...past, ...upcoming]) {
    // Discord refuses a choice value over 100 characters.
    if (meeting.id.length > 100) continue;
    const name = meetingChoiceName(dataset, meeting);
    const key = normalizeText(`${name} ${meeting.id}`);
    if (!words.every((w) => key.includes(w))) continue;
    out.push({ name, value: meeting.id });
    if (out.length === MAX_CHOICES) break;
  }
  return out;
}
