import type { Dataset, DatedMeeting } from '@ptce/core';

/** A PTCE as one site serves it: its dataset, and what the store adds to it. */
export interface SiteSource {
  readonly dataset: Dataset;
  /** The `SEQUENCE` of a meeting's event (the store's revision); 0 by default. */
  readonly sequenceOf?: (meeting: DatedMeeting) => number;
  /** The dataset before the staff's changes on Discord, to tell which meetings were moved. */
  readonly base?: Dataset;
}

/** What a page of a PTCE's site is rendered from. */
export interface SiteContext extends SiteSource {
  readonly now: Date;
  /** The path the site is served under: `''` at the root (`ptce serve`), `/auton-hommes` in the bot. */
  readonly prefix: string;
  /** The server's public address, without a trailing slash, for the webcal link and the widget snippet. */
  readonly origin: string;
}
