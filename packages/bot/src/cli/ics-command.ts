import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of `ptce ics`. */
export interface IcsFlags {
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
    .action(async (flags: IcsFlags) => {
      const { icsAction } = await import('./ics-action.js');
      await icsAction(io, setExit, flags);
    });
}
