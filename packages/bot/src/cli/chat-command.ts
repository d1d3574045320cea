import type { Command } from 'commander';
import { runChat } from '../console/chat.js';
import { loadDataset, loadRegistry } from '../data/load-data.js';
import type { CliIo } from './io.js';
import { parseNow } from './options.js';

interface ChatFlags {
  now?: string;
  data?: string;
}

/** The banner shown when `npm start` falls back to the terminal chat. */
export const NO_TOKEN_BANNER =
  'Mode terminal : aucun DISCORD_TOKEN n’est défini. Pour connecter le bot à Discord, voir docs/fr/connecter-discord.md.';

/** Runs the chat on the given data; shared by `ptce chat` and `ptce start`. */
export async function startChat(io: CliIo, flags: ChatFlags, banner?: string): Promise<void> {
  const dataset = loadDataset(flags.data ?? io.env.PTCE_DATA);
  const registry = loadRegistry();
  const fixed = flags.now === undefined ? undefined : parseNow(flags.now, dataset.timeZone);
  await runChat({
    dataset,
    ...(registry ? { registry } : {}),
    now: () => fixed ?? new Date(),
    input: io.stdin ?? process.stdin,
    output: io.out,
    ...(banner ? { banner } : {}),
  });
}

/** `ptce chat`: the interactive terminal chat. */
export function registerChat(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('chat')
    .description('discussion en français dans le terminal')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .action(async (flags: ChatFlags) => {
      await startChat(io, flags);
      setExit(0);
    });
}
