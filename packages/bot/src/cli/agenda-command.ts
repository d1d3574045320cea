import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of `ptce agenda`. */
export interface AgendaFlags {
  from?: string;
  to?: string;
  body?: string;
  json?: boolean;
  data?: string;
  now?: string;
}

/** `ptce agenda`: the meetings in a range (by default, the coming 90 days). */
export function registerAgenda(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('agenda')
    .description('liste les réunions d’une période')
    .option('--from <date>', 'début (AAAA-MM-JJ, AAAA-MM ou AAAA)')
    .option('--to <date>', 'fin incluse (AAAA-MM-JJ, AAAA-MM ou AAAA)')
    .option('--body <id>', 'une instance ou un groupe de travail (identifiant)')
    .option('--json', 'sortie JSON')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .action(async (flags: AgendaFlags) => {
      const { agendaAction } = await import('./agenda-action.js');
      await agendaAction(io, setExit, flags);
    });
}
