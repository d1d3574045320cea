import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of `ptce presences`. */
export interface PresencesFlags {
  db?: string;
  data?: string;
  serveur?: string;
  now?: string;
  json?: boolean;
}

/**
 * `ptce presences <réunion>`: what `/reunion presences` shows staff, read from the bot's database
 * (the answers given with the buttons) and the data file: by status, the proxies, the quorum.
 */
export function registerPresences(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('presences')
    .description('les réponses à une convocation, le quorum et les pouvoirs (comme /reunion presences)')
    .argument('<reunion>', 'l’identifiant de la réunion')
    .option('--db <fichier>', 'la base du bot (par défaut : PTCE_DB, ou ./data/ptce.sqlite)')
    .option('--data <fichier>', 'fichier de données (par défaut : PTCE_DATA, ou le jeu embarqué)')
    .option('--serveur <id>', 'le serveur Discord (par défaut : DISCORD_GUILD_ID)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .option('--json', 'sortie JSON (le rapport de présences)')
    .action(async (id: string, flags: PresencesFlags) => {
      const { presencesAction } = await import('./presences-action.js');
      await presencesAction(io, setExit, id, flags);
    });
}
