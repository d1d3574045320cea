import { redactToken } from '../config.js';
import { configOrExit } from './config-or-exit.js';
import { type CliIo, UsageError } from './io.js';
import type { RegisterFlags } from './register-command.js';

/** Registers the slash commands of `ptce register`. */
export async function registerAction(
  io: CliIo,
  setExit: (code: number) => void,
  flags: RegisterFlags,
): Promise<void> {
  const config = configOrExit(io, setExit);
  if (!config) return;
  if (!flags.global && !config.guildId) {
    throw new UsageError(
      'DISCORD_GUILD_ID n’est pas défini : indiquez l’identifiant du serveur, ou ajoutez --global pour enregistrer les commandes sur tous les serveurs.',
    );
  }
  const scope = flags.global ? 'global' : { guildId: config.guildId! };
  // discord.js loads only for the commands that talk to Discord, so `ptce ask` starts fast.
  const [{ registerCommands }, { DiscordAPIError }] = await Promise.all([
    import('../discord/register-commands.js'),
    import('discord.js'),
  ]);
  try {
    const registered = await registerCommands(config, scope);
    const where = scope === 'global' ? 'pour tous les serveurs' : `sur le serveur ${scope.guildId}`;
    io.out(
      `✓ ${registered.names.length} commandes enregistrées ${where} : ${registered.names.map((n) => `/${n}`).join(', ')}`,
    );
    setExit(0);
  } catch (error) {
    const why =
      error instanceof DiscordAPIError && error.status === 401
        ? 'Discord a refusé le jeton (DISCORD_TOKEN).'
        : redactToken(error instanceof Error ? error.message : String(error), config);
    io.err(`Échec de l’enregistrement des commandes : ${why}`);
    setExit(1);
  }
}
