/**
 * The bot's HTTP side: the iCalendar feeds of the PTCE and of each body or group, the web pages
 * (agenda, meetings, bodies, groups, comptes-rendus, subscribe, widget) and a health check.
 *
 * @packageDocumentation
 */
export {
  type CalendarFeed,
  type CalendarFeedOptions,
  calendarFeed,
  isCalendarTarget,
  omittedNotice,
  unknownTargetMessage,
} from './calendar-feed.js';
export { type CachedFeed, type FeedCache, feedCache } from './feed-cache.js';
export { type HttpLogger, type HttpServer, type HttpServerOptions, startHttpServer } from './http-server.js';
export type { SiteContext, SiteSource } from './site-context.js';
export { type SiteResponse, siteResponse } from './site-routes.js';
