/**
 * The bot's HTTP side: the iCalendar feeds of the PTCE and of each body or group, and a health
 * check.
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
