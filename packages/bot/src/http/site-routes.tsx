import { type Dataset, toICalendar } from '@ptce/core';
import type { JSX } from 'preact';
import { calendarFeed, isCalendarTarget, unknownTargetMessage } from './calendar-feed.js';
import { HomePage } from './pages/home-page.js';
import { MeetingPage } from './pages/meeting-page.js';
import { MinutesPage } from './pages/minutes-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { renderHtml } from './pages/render-html.js';
import { SITE_STYLE } from './pages/site-style.js';
import { SubscribePage } from './pages/subscribe-page.js';
import { TargetPage } from './pages/target-page.js';
import { WidgetPage } from './pages/widget-page.js';
import type { SiteContext } from './site-context.js';
import { siteMeetings } from './site-meetings.js';

/** What a path of a site answers, before the HTTP layer adds headers and validators. */
export interface SiteResponse {
  readonly status: 200 | 404;
  readonly kind: 'html' | 'widget' | 'calendar' | 'css';
  /** How often the content can change: with the clock's minute (pages) or day (feeds). */
  readonly changes: 'minute' | 'day';
  /** The file name a download gets (`Content-Disposition`). */
  readonly filename?: string;
  /** The body; `stamp` is the `DTSTAMP` of a feed's events (see `feedCache`). */
  readonly render: (stamp: Date) => string;
}

const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const MEETING = new RegExp(`^/reunions/${ID}$`);
const MEETING_ICS = new RegExp(`^/reunions/${ID}\\.ics$`);
const BODY = new RegExp(`^/instances/${ID}$`);
const GROUP = new RegExp(`^/groupes/${ID}$`);
const TARGET_FEED = /^\/calendar\/([^/]+)\.ics$/;

function page(render: () => JSX.Element, kind: 'html' | 'widget' = 'html'): SiteResponse {
  return { status: 200, kind, changes: 'minute', render: () => renderHtml(render()) };
}

function notFound(site: SiteContext, what?: string): SiteResponse {
  return {
    status: 404,
    kind: 'html',
    changes: 'minute',
    render: () => renderHtml(<NotFoundPage site={site} {...(what === undefined ? {} : { what })} />),
  };
}

function isTarget(dataset: Dataset, id: string): boolean {
  return dataset.bodyById.has(id) || dataset.groupById.has(id);
}

/**
 * What a path of a PTCE's site answers: the pages (home, meeting, body, group, comptes-rendus,
 * subscribe, widget), the stylesheet and the iCalendar feeds; a French 404 page otherwise.
 *
 * @param site - The PTCE, the clock and where the site is served.
 * @param path - The path under the site's prefix (`/`, `/reunions/…`), not decoded.
 * @param query - The query string (only `instance` is read, on the home page).
 */
export function siteResponse(site: SiteContext, path: string, query: URLSearchParams): SiteResponse {
  const { dataset } = site;
  if (path === '/') {
    const target = query.get('instance') ?? undefined;
    if (target !== undefined && !isTarget(dataset, target)) {
      return notFound(site, `Aucune instance ni aucun groupe ne porte l’identifiant « ${target} ».`);
    }
    return page(() => <HomePage site={site} target={target} />);
  }
  if (path === '/style.css') return { status: 200, kind: 'css', changes: 'day', render: () => SITE_STYLE };
  if (path === '/comptes-rendus') return page(() => <MinutesPage site={site} />);
  if (path === '/s-abonner') return page(() => <SubscribePage site={site} />);
  if (path === '/widget') return page(() => <WidgetPage site={site} />, 'widget');
  if (path === '/calendar.ics' || TARGET_FEED.test(path)) {
    const raw = TARGET_FEED.exec(path)?.[1];
    const target = raw === undefined ? undefined : safeDecode(raw);
    if (target !== undefined && !isCalendarTarget(dataset, target)) {
      return notFound(site, unknownTargetMessage(dataset, target));
    }
    return {
      status: 200,
      kind: 'calendar',
      changes: 'day',
      render: (stamp) =>
        calendarFeed(dataset, {
          now: site.now,
          stamp,
          ...(target === undefined ? {} : { target }),
          ...(site.sequenceOf === undefined ? {} : { sequenceOf: site.sequenceOf }),
        }).ics,
    };
  }
  const meetings = siteMeetings(dataset, site.now);
  const meetingId = MEETING.exec(path)?.[1];
  if (meetingId !== undefined) {
    const meeting = meetings.byId.get(meetingId);
    return meeting === undefined
      ? notFound(site, 'Cette réunion n’existe pas, ou plus.')
      : page(() => <MeetingPage site={site} meeting={meeting} />);
  }
  const icsId = MEETING_ICS.exec(path)?.[1];
  if (icsId !== undefined) {
    const meeting = meetings.byId.get(icsId);
    if (meeting === undefined) return notFound(site, 'Cette réunion n’existe pas, ou plus.');
    return {
      status: 200,
      kind: 'calendar',
      changes: 'day',
      filename: `${meeting.id}.ics`,
      render: (stamp) =>
        toICalendar([meeting], {
          dataset,
          name: `${meeting.title} — ${dataset.ptce.name}`,
          now: stamp,
          ...(site.sequenceOf === undefined ? {} : { sequenceOf: site.sequenceOf }),
        }).ics,
    };
  }
  const bodyId = BODY.exec(path)?.[1];
  const body = bodyId === undefined ? undefined : dataset.bodyById.get(bodyId);
  if (body !== undefined) return page(() => <TargetPage site={site} target={{ kind: 'body', body }} />);
  const groupId = GROUP.exec(path)?.[1];
  const group = groupId === undefined ? undefined : dataset.groupById.get(groupId);
  if (group !== undefined) return page(() => <TargetPage site={site} target={{ kind: 'group', group }} />);
  return notFound(site);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
