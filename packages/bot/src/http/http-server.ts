import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dataset, DatedMeeting } from '@ptce/core';
import { calendarFeed, isCalendarTarget, unknownTargetMessage } from './calendar-feed.js';
import { type CachedFeed, feedCache } from './feed-cache.js';

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
  /** The data of the guild bound to a PTCE id, for `/<ptce-id>/calendar.ics` (hosted mode). */
  readonly getPtce?: (
    ptceId: string,
  ) => { readonly dataset: Dataset; readonly getSequence?: (meeting: DatedMeeting) => number } | undefined;
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
/** `/<ptce-id>/calendar.ics` and `/<ptce-id>/calendar/<id>.ics`: one guild's PTCE. */
const PTCE_PATH = /^\/([a-z0-9][a-z0-9-]*)\/calendar(?:\.ics|\/([^/]+)\.ics)$/;

/**
 * Serves the calendar feeds and a health check over HTTP (node:http):
 *
 * - `GET /calendar.ics`: every meeting of the PTCE, as iCalendar;
 * - `GET /calendar/<id>.ics`: the meetings of one body, group or sub-group (404 otherwise);
 * - `GET /healthz`: `{ status: 'ok', dataset, meetings }`.
 *
 * Feeds carry `ETag` and `Last-Modified` and answer `304` to a matching `If-None-Match` (or, without
 * one, `If-Modified-Since`), so calendar apps that poll cost little. `HEAD` works everywhere.
 */
export function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const cache = feedCache(options.now);
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      options.logger?.error(`HTTP ${request.method} ${request.url} : ${String(error)}`);
      if (!response.headersSent) sendText(request, response, 500, 'Erreur interne du serveur.');
      else response.end();
    }
  });

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const scoped = options.getPtce ? PTCE_PATH.exec(path) : null;
    if (scoped) {
      const found = options.getPtce?.(scoped[1]!);
      if (!found) {
        sendText(request, response, 404, `Aucun PTCE « ${scoped[1]} » n’est servi ici.`);
        return;
      }
      serveFeed(request, response, found.dataset, scoped[2] ?? '', found.getSequence);
      return;
    }
    const calendar = path === '/calendar.ics' ? '' : CALENDAR_PATH.exec(path)?.[1];
    if (calendar === undefined && path !== '/healthz') {
      sendText(request, response, 404, `Page introuvable : ${path}. Essayez /calendar.ics ou /healthz.`);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(request, response, 405, 'Méthode non permise : seules GET et HEAD le sont.');
      return;
    }
    const dataset = options.getDataset();
    if (calendar === undefined) {
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
    serveFeed(request, response, dataset, calendar, options.getSequence);
  }

  function serveFeed(
    request: IncomingMessage,
    response: ServerResponse,
    dataset: Dataset,
    calendar: string,
    getSequence: ((meeting: DatedMeeting) => number) | undefined,
  ): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(request, response, 405, 'Méthode non permise : seules GET et HEAD le sont.');
      return;
    }
    const target = calendar === '' ? undefined : safeDecode(calendar);
    if (target !== undefined && !isCalendarTarget(dataset, target)) {
      sendText(request, response, 404, unknownTargetMessage(dataset, target));
      return;
    }
    const now = options.now();
    const feed = cache.get(
      `${dataset.ptce.id}/${target ?? ''}`,
      (stamp) =>
        calendarFeed(dataset, {
          now,
          stamp,
          ...(target === undefined ? {} : { target }),
          ...(getSequence === undefined ? {} : { sequenceOf: getSequence }),
        }).ics,
    );
    sendFeed(request, response, feed);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${host}:${address.port}`;
      options.logger?.info(`Flux iCalendar servi sur ${url}/calendar.ics`);
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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function sendFeed(request: IncomingMessage, response: ServerResponse, feed: CachedFeed): void {
  const validators = {
    ETag: feed.etag,
    'Last-Modified': feed.lastModified.toUTCString(),
    'Cache-Control': 'no-cache',
  };
  if (notModified(request, feed)) {
    response.writeHead(304, validators);
    response.end();
    return;
  }
  send(request, response, 200, { 'Content-Type': 'text/calendar; charset=utf-8', ...validators }, feed.body);
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
  body: string,
): void {
  response.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  response.end(request.method === 'HEAD' ? undefined : body);
}
