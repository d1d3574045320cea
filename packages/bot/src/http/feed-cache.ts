import { createHash } from 'node:crypto';

/** A response body with its validators. */
export interface CachedFeed {
  readonly body: string;
  /** A strong entity tag: a hash of the body, quoted. */
  readonly etag: string;
  /** When this content was first served, to the second (also the events' `DTSTAMP`). */
  readonly lastModified: Date;
}

/** Feeds by key, rebuilt on every request but kept while their content stays the same. */
export interface FeedCache {
  get(key: string, build: (stamp: Date) => string): CachedFeed;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * A cache that keeps `ETag` and `Last-Modified` stable while a feed's content does not change.
 * A feed's text holds its own stamp (`DTSTAMP`), so it is rebuilt with the stamp of the last
 * version: when the text is the same, nothing changed; otherwise it is built again, stamped now.
 * Keys are checked by the caller (one per body or group), so the cache cannot grow unbounded.
 */
export function feedCache(now: () => Date): FeedCache {
  const entries = new Map<string, CachedFeed>();
  return {
    get(key, build) {
      const previous = entries.get(key);
      if (previous) {
        const body = build(previous.lastModified);
        if (etagOf(body) === previous.etag) return previous;
      }
      const stamp = new Date(Math.floor(now().getTime() / 1000) * 1000);
      const body = build(stamp);
      const entry: CachedFeed = { body, etag: etagOf(body), lastModified: stamp };
      entries.set(key, entry);
      return entry;
    },
  };
}
