import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of `ptce serve`. */
export interface ServeFlags {
  port?: string;
  host?: string;
  url?: string;
  data?: string;
  now?: string;
}

/** `ptce serve`: the PTCE's web pages and feeds, with no Discord at all, until Ctrl+C. */
export function registerServe(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('publie l’agenda sur le web : pages, widget et flux iCalendar (sans Discord)')
    .option('--port <n>', 'port d’écoute (8080 par défaut, 0 pour un port libre)')
    .option('--host <adresse>', 'adresse d’écoute (127.0.0.1 par défaut ; 0.0.0.0 pour publier)')
    .option('--url <adresse>', 'adresse publique du site (pour le lien webcal et le widget)')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .action(async (flags: ServeFlags) => {
      const { serveAction } = await import('./serve-action.js');
      await serveAction(io, setExit, flags);
    });
}
