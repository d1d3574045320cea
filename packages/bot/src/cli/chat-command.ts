import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of `ptce chat`. */
export interface ChatFlags {
  now?: string;
  data?: string;
}

/** The banner shown when `npm start` falls back to the terminal chat. */
export const NO_TOKEN_BANNER =
  'Mode terminal : aucun DISCORD_TOKEN n’est défini. Pour connecter le bot à Discord, voir docs/fr/connecter-discord.md.';

/** `ptce chat`: the interactive terminal chat. */
export function registerChat(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('chat')
    .description('discussion en français dans le terminal')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .action(async (flags: ChatFlags) => {
      const { startChat } = await import('./chat-action.js');
      await startChat(io, flags);
      setExit(0);
    });
}
