import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of `ptce register`. */
export interface RegisterFlags {
  global?: boolean;
}

/** `ptce register [--global]`: registers the slash commands on DISCORD_GUILD_ID, or on every server. */
export function registerRegister(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('register')
    .description(
      'enregistre les commandes slash du bot sur le serveur DISCORD_GUILD_ID (ou partout avec --global)',
    )
    .option('--global', 'enregistre les commandes pour tous les serveurs où le bot est invité')
    .action(async (flags: RegisterFlags) => {
      const { registerAction } = await import('./register-action.js');
      await registerAction(io, setExit, flags);
    });
}
