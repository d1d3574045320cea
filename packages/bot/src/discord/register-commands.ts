import { REST, Routes } from 'discord.js';
import type { BotConfig } from '../config.js';
import { commandDefinitions } from './slash-commands.js';

/** Where commands are registered: one guild (instant) or every guild the bot is in. */
export type CommandScope = { readonly guildId: string } | 'global';

/** The names of the registered commands, as Discord stored them. */
export interface RegisteredCommands {
  readonly scope: CommandScope;
  readonly names: readonly string[];
}

/**
 * Registers every slash command with one bulk overwrite, replacing the previous set.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
 */
export async function registerCommands(
  config: Pick<BotConfig, 'token' | 'applicationId' | 'apiUrl'>,
  scope: CommandScope,
  rest: REST = new REST({ api: config.apiUrl }).setToken(config.token),
): Promise<RegisteredCommands> {
  const route =
    scope === 'global'
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, scope.guildId);
  const stored = (await rest.put(route, { body: commandDefinitions() })) as { name: string }[];
  return { scope, names: stored.map((c) => c.name) };
}
