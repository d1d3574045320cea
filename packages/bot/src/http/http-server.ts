import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Dataset, type DatedMeeting, toLocalDate } from '@ptce/core';
import { calendarFeed, isCalendarTarget, unknownTargetMessage } from './calendar-feed.js';
import { type CachedFeed, feedCache } from './feed-cache.js';
import { COMMON_HEADERS, pageHeaders } from './security-headers.js';
import type { SiteContext, SiteSource } from './site-context.js';
import { type SiteResponse, siteResponse } from './site-routes.js';

/** Where the HTTP server reports what it did. `console` fits. */
export interface HttpLogger {
  info(message: string): void;
  error(message: string): void;
}

/** Options of `startHttpServer`. */
export interface HttpServerOptions {
  /** The port to listen on; 0 picks a free one. */
  readonly port: number;
  /** The address to listen on (default `127.0.0.1`; `0.0.0.0` to publish the feed). */
  readonly host?: string;
  /** The dataset to serve, read on every request so a reloaded one is served at once. */
  readonly getDataset: () => Dataset;
  /** The `SEQUENCE` of a meeting's event (the store's revision); 0 by default. */
  readonly getSequence?: (meeting: DatedMeeting) => number;
  readonly now: () => Date;
  readonly logger?: HttpLogger;
  /** Serve the web pages of `getDataset()` at the root (`ptce serve`). */
  readonly pages?: boolean;
  /** Serve the pages and feeds of each PTCE at `/<ptce-id>/` (the bot: one per guild). */
  readonly sites?: (ptceId: string) => SiteSource | undefined;
  /** The public address of the server, for the webcal link and the widget snippet (default its own URL). */
  readonly publicUrl?: string;
  /** Connections open at once past which new ones are refused (default 256). */
  readonly maxConnections?: number;
  /** Time a client has to send its request headers, in ms (default 10 s). */
  readonly headersTimeoutMs?: number;
  /** Time a client has to send its whole request, in ms (default 15 s). */
  readonly requestTimeoutMs?: number;
}

/** A running HTTP server. */
export interface HttpServer {
  /** The port it listens on (the one chosen when 0 was asked). */
  readonly port: number;
  /** Its base URL, without a trailing slash (`http://127.0.0.1:8080`). */
  readonly url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

const CALENDAR_PATH = /^\/calendar\/([^/]+)\.ics$/;
const SITE_PATH = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/.*)?$/;
// Dot segments are resolved by URL parsers, so `/x/../calendar.ics` would reach another route:
// a path that holds one, written plainly or percent-encoded, is refused whatever follows.
const TRAVERSAL = /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\/i;

let datasetCount = 0;
const datasetIds = new WeakMap<Dataset, number>();
/** A number per dataset object: a dataset is immutable, so a new one is a new version. */
function datasetVersion(dataset: Dataset): number {
  let id = datasetIds.get(dataset);
  if (id === undefined) {
    id = ++datasetCount;
    datasetIds.set(dataset, id);
  }
  return id;
}

/**
 * Serves the calendar feeds, a health check and, when asked, the web pages over HTTP (node:http):
 *
 * - `GET /calendar.ics`: every meeting of the PTCE, as iCalendar;
 * - `GET /calendar/<id>.ics`: the meetings of one body, group or sub-group (404 otherwise);
 * - `GET /healthz`: `{ status: 'ok', dataset, meetings }`;
 * - with `pages`, the site of the PTCE at `/` (see `siteResponse`); with `sites`, the site and
 *   feeds of each PTCE at `/<ptce-id>/`.
 *
 * Each feed and page is rendered once per version of the dataset (and per day for feeds, per
 * minute for pages, which say what is coming) and then served from memory, so a flood of feed
 * requests costs little and leaves the event loop to the bot. Responses carry `ETag` and
 * `Last-Modified` and answer `304` to a matching `If-None-Match` (or, without one,
 * `If-Modified-Since`). `HEAD` works everywhere. Connections are capped, and a client that is slow
 * to send its headers or its body is cut off.
 */
export function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const cache = feedCache(options.now);
  const server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? 10_000,
      requestTimeout: options.requestTimeoutMs ?? 15_000,
      // The timeouts above are enforced on this tick (Node's default is 30 s).
      connectionsCheckingInterval: 1_000,
    },
    (request, response) => {
      try {
        handle(request, response);
      } catch (error) {
        options.logger?.error(`HTTP ${request.method} ${request.url} : ${String(error)}`);
        if (!response.headersSent) sendText(request, response, 500, 'Erreur interne du serveur.');
        else response.end();
      }
    },
  );
  server.maxConnections = options.maxConnections ?? 256;
  let origin = '';

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : target.slice(queryAt + 1));
    const traversal = TRAVERSAL.test(path) || !path.startsWith('/');
    const calendar = path === '/calendar.ics' ? '' : CALENDAR_PATH.exec(path)?.[1];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(request, response, 405, 'Méthode non permise : seules GET et HEAD le sont.');
      return;
    }
    if (!traversal && path === '/healthz') {
      const dataset = options.getDataset();
      const body = JSON.stringify({
        status: 'ok',
        dataset: dataset.ptce.id,
        meetings: dataset.meetings.length,
      });
      send(
        request,
        response,
        200,
        { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
        body,
      );
      return;
    }
    const site = traversal || options.sites === undefined ? undefined : SITE_PATH.exec(path);
    const source = site === undefined || site === null ? undefined : options.sites?.(site[1]!);
    if (site && source) {
      if (site[2] === undefined) {
        response.setHeader('Location', `${path}/`);
        sendText(request, response, 301, `Page déplacée : ${path}/`);
        return;
      }
      serveSite(request, response, source, `/${site[1]}`, site[2], query);
      return;
    }
    if (options.pages) {
      const source: SiteSource = {
        dataset: options.getDataset(),
        ...(options.getSequence === undefined ? {} : { sequenceOf: options.getSequence }),
      };
      serveSite(request, response, source, '', traversal ? '/404' : path, query);
      return;
    }
    if (traversal || calendar === undefined) {
      sendText(request, response, 404, `Page introuvable : ${path}. Essayez /calendar.ics ou /healthz.`);
      return;
    }
    const dataset = options.getDataset();
    const feedTarget = calendar === '' ? undefined : safeDecode(calendar);
    if (feedTarget !== undefined && !isCalendarTarget(dataset, feedTarget)) {
      sendText(request, response, 404, unknownTargetMessage(dataset, feedTarget));
      return;
    }
    const now = options.now();
    const feed = cache.get(
      `/${feedTarget ?? ''}`,
      versionOf(dataset, now, 'day'),
      (stamp) =>
        calendarFeed(dataset, {
          now,
          stamp,
          ...(feedTarget === undefined ? {} : { target: feedTarget }),
          ...(options.getSequence === undefined ? {} : { sequenceOf: options.getSequence }),
        }).ics,
    );
    sendCached(request, response, 200, { 'Content-Type': 'text/calendar; charset=utf-8' }, feed);
  }

  function serveSite(
    request: IncomingMessage,
    response: ServerResponse,
    source: SiteSource,
    prefix: string,
    path: string,
    query: URLSearchParams,
  ): void {
    const now = options.now();
    const context: SiteContext = { ...source, now, prefix, origin: options.publicUrl ?? origin };
    const answer = siteResponse(context, path, query);
    const headers = headersOf(answer);
    if (answer.status === 404) {
      send(request, response, 404, headers, answer.render(now));
      return;
    }
    const instance = query.get('instance');
    const key = `${prefix}${path}${instance === null ? '' : `?instance=${instance}`}`;
    const entry = cache.get(key, versionOf(source.dataset, now, answer.changes), answer.render);
    sendCached(request, response, 200, headers, entry);
  }

  function versionOf(dataset: Dataset, now: Date, changes: SiteResponse['changes']): string {
    const local = toLocalDate(now, dataset.timeZone).text;
    const bucket = changes === 'day' ? local.slice(0, 10) : String(Math.floor(now.getTime() / 60_000));
    return `${datasetVersion(dataset)}:${bucket}`;
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${host}:${address.port}`;
      origin = url;
      options.logger?.info(
        options.pages ? `Agenda servi sur ${url}/` : `Flux iCalendar servi sur ${url}/calendar.ics`,
      );
      resolve({
        port: address.port,
        url,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

function headersOf(answer: SiteResponse): Record<string, string> {
  switch (answer.kind) {
    case 'html':
      return pageHeaders(false);
    case 'widget':
      return pageHeaders(true);
    case 'css':
      return { 'Content-Type': 'text/css; charset=utf-8' };
    case 'calendar':
      return {
        'Content-Type': 'text/calendar; charset=utf-8',
        ...(answer.filename === undefined
          ? {}
          : { 'Content-Disposition': `attachment; filename="${answer.filename}"` }),
      };
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function sendCached(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  entry: CachedFeed,
): void {
  const validators = {
    ETag: entry.etag,
    'Last-Modified': entry.lastModified.toUTCString(),
    'Cache-Control': 'no-cache',
  };
  if (notModified(request, entry)) {
    response.writeHead(304, { ...COMMON_HEADERS, ...validators });
    response.end();
    return;
  }
  send(request, response, status, { ...headers, ...validators }, entry.bytes);
}

// If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2); weak tags compare equal.
function notModified(request: IncomingMessage, feed: CachedFeed): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === feed.etag);
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && feed.lastModified.getTime() <= since;
}

function sendText(request: IncomingMessage, response: ServerResponse, status: number, text: string): void {
  send(request, response, status, { 'Content-Type': 'text/plain; charset=utf-8' }, `${text}\n`);
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): void {
  response.writeHead(status, {
    ...COMMON_HEADERS,
    ...headers,
    'Content-Length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
