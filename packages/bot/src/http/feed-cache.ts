import { createHash } from 'node:crypto';

/** A response body with its validators. */
export interface CachedFeed {
  readonly body: string;
  /** The body in UTF-8, encoded once: a response writes these bytes as they are. */
  readonly bytes: Buffer;
  /** A strong entity tag: a hash of the body, quoted. */
  readonly etag: string;
  /** When this content was first served, to the second (also the events' `DTSTAMP`). */
  readonly lastModified: Date;
}

/** Bodies by key, built once per version of what they are made from. */
export interface FeedCache {
  /**
   * The body for `key`: the one in memory while `version` is the one it was built for, else
   * built again (keeping its validators when the text comes out the same).
   */
  get(key: string, version: string, build: (stamp: Date) => string): CachedFeed;
}

interface Entry extends CachedFeed {
  readonly version: string;
}

/** Past this many keys the oldest are dropped: keys are checked by the caller, this is a backstop. */
const MAX_ENTRIES = 5_000;

function etagOf(bytes: Buffer): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;
}

/**
 * A cache that renders a feed (or a page) once per version of its inputs and serves it from
 * memory after that: under a flood of requests, each costs a map look-up, not a render, nor even
 * an encoding of the text (a national feed is some 20 MB).
 *
 * `ETag` and `Last-Modified` stay stable while the content does not change. A feed's text holds
 * its own stamp (`DTSTAMP`), so on a new version it is rebuilt with the stamp of the last one:
 * when the text is the same, nothing changed; otherwise it is built again, stamped now.
 */
export function feedCache(now: () => Date): FeedCache {
  const entries = new Map<string, Entry>();
  const keep = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    return entry;
  };
  return {
    get(key, version, build) {
      const previous = entries.get(key);
      if (previous?.version === version) return previous;
      if (previous) {
        const body = build(previous.lastModified);
        if (body === previous.body) return keep(key, { ...previous, version });
      }
      const stamp = new Date(Math.floor(now().getTime() / 1000) * 1000);
      const body = build(stamp);
      const bytes = Buffer.from(body, 'utf8');
      return keep(key, { body, bytes, etag: etagOf(bytes), lastModified: stamp, version });
    },
  };
}
