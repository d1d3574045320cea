import { writeFileSync } from 'node:fs';
import { calendarMeetings, formatCountFr, toJsonLd } from '@ptce/core';
import { loadDatasetLazily } from '../data/lazy-load-data.js';
import {
  calendarFeed,
  isCalendarTarget,
  omittedNotice,
  unknownTargetMessage,
} from '../http/calendar-feed.js';
import type { IcsFlags } from './ics-command.js';
import { type CliIo, UsageError } from './io.js';
import { parseNow } from './options.js';

/** Writes the feed of `ptce ics`. */
export async function icsAction(io: CliIo, setExit: (code: number) => void, flags: IcsFlags): Promise<void> {
  const dataset = await loadDatasetLazily(flags.data);
  const now = parseNow(flags.now, dataset.timeZone);
  if (flags.body !== undefined && !isCalendarTarget(dataset, flags.body)) {
    throw new UsageError(unknownTargetMessage(dataset, flags.body));
  }
  const target = flags.body === undefined ? {} : { target: flags.body };
  const feed = calendarFeed(dataset, { now, ...target });
  const text = flags.jsonLd
    ? `${JSON.stringify(toJsonLd(calendarMeetings(dataset, { now, ...target }), { dataset }).jsonLd, null, 2)}\n`
    : feed.ics;
  const summary = [
    `${formatCountFr(feed.events, 'événement')} dans « ${feed.name} ».`,
    omittedNotice(feed.omitted),
  ].filter((line) => line !== undefined);
  if (flags.out === undefined) {
    io.out(text);
    // The feed owns stdout; what a person reads goes to stderr.
    for (const line of summary) io.err(line);
  } else {
    try {
      writeFileSync(flags.out, text);
    } catch (error) {
      throw new UsageError(`Impossible d’écrire « ${flags.out} » : ${writeFailure(error)}.`);
    }
    io.out(`Calendrier écrit dans « ${flags.out} ».`);
    for (const line of summary) io.out(line);
  }
  setExit(0);
}

function writeFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'dossier introuvable';
    case 'EISDIR':
      return 'c’est un dossier';
    case 'EACCES':
    case 'EPERM':
      return 'accès refusé';
    default:
      return String((error as NodeJS.ErrnoException).code ?? error);
  }
}
