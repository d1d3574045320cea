import { writeFileSync } from 'node:fs';
import { calendarMeetings, formatCountFr, toJsonLd } from '@ptce/core';
import type { Command } from 'commander';
import { loadDataset } from '../data/load-data.js';
import {
  calendarFeed,
  isCalendarTarget,
  omittedNotice,
  unknownTargetMessage,
} from '../http/calendar-feed.js';
import { type CliIo, UsageError } from './io.js';
import { parseNow } from './options.js';

interface IcsFlags {
  body?: string;
  out?: string;
  jsonLd?: boolean;
  data?: string;
  now?: string;
}

/** `ptce ics`: the meetings as an iCalendar feed (or schema.org JSON-LD), on stdout or in a file. */
export function registerIcs(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ics')
    .description('exporte les réunions au format iCalendar (.ics), pour un agenda')
    .option('--body <id>', 'une instance ou un groupe de travail (identifiant)')
    .option('--out <file>', 'fichier à écrire (par défaut : la sortie standard)')
    .option('--json-ld', 'sortie JSON-LD (schema.org Event) au lieu d’iCalendar')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .option('--now <iso>', 'date et heure courantes (horodatage DTSTAMP, séries récurrentes)')
    .action((flags: IcsFlags) => {
      const dataset = loadDataset(flags.data);
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
    });
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
