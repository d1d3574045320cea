import { capitalizeFr, type DatedMeeting, formatLocalDateFr, parseLocalDate } from '@ptce/core';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { SiteContext } from '../site-context.js';
import { movedFromStart, siteMeetings } from '../site-meetings.js';
import { sitePaths } from '../site-paths.js';
import { meetingStanding, STANDING_FR } from './meeting-status-fr.js';

/** The page of what a meeting belongs to: a body, a working group (a sub-group's group), or none. */
export function targetPath(site: SiteContext, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const { dataset, prefix } = site;
  if (dataset.bodyById.has(id)) return sitePaths.body(prefix, id);
  if (dataset.groupById.has(id)) return sitePaths.group(prefix, id);
  const sub = dataset.subgroupById.get(id);
  return sub === undefined ? undefined : sitePaths.group(prefix, sub.group.id);
}

/** "le jeudi 6 avril 2023 à 13 h 30": the start a moved meeting had. */
export function movedFromText(start: string): string {
  const date = parseLocalDate(start);
  return date === undefined ? start : formatLocalDateFr(date);
}

/** The status badge of a meeting: prévue, déplacée (with its former date), annulée, tenue, passée. */
export function MeetingStatus({ site, meeting }: { site: SiteContext; meeting: DatedMeeting }) {
  const movedFrom = movedFromStart(meeting, siteMeetings(site.dataset, site.now), site.base);
  const standing = meetingStanding(meeting, site.now, movedFrom);
  return (
    <span class={`status status-${standing}`}>
      {STANDING_FR[standing]}
      {standing === 'moved' && movedFrom !== undefined ? (
        <span class="moved-from"> (initialement le {movedFromText(movedFrom)})</span>
      ) : null}
    </span>
  );
}

interface MeetingItemProps {
  readonly site: SiteContext;
  readonly meeting: DatedMeeting;
  /** Leave out the body or group, on that body's or group's own page. */
  readonly hideTarget?: boolean;
}

/** One meeting in a list: date and time, title, body or group, place and status. */
export function MeetingItem({ site, meeting, hideTarget }: MeetingItemProps) {
  const target = meeting.body ?? meeting.group;
  const name = targetName(site.dataset, target);
  const showTarget = !hideTarget && name !== '' && !meeting.title.toLowerCase().includes(name.toLowerCase());
  return (
    <li class={`meeting${meeting.status === 'cancelled' ? ' cancelled' : ''}`}>
      <p class="when">
        <time dateTime={meeting.when.start.text}>{capitalizeFr(meetingDateText(meeting))}</time>
      </p>
      <p class="what">
        <a href={sitePaths.meeting(site.prefix, meeting.id)}>{meeting.title}</a>
        {showTarget ? <span class="target"> · {name}</span> : null}
      </p>
      <p class="details">
        {meeting.place === undefined ? null : <span class="place">{meeting.place} · </span>}
        <MeetingStatus site={site} meeting={meeting} />
      </p>
    </li>
  );
}
