import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { agenda } from './commands/agenda.js';
import { aide } from './commands/aide.js';
import { comptesRendus } from './commands/comptes-rendus.js';
import { donnees } from './commands/donnees.js';
import { gouvernance } from './commands/gouvernance.js';
import { groupe } from './commands/groupe.js';
import { indicateurs } from './commands/indicateurs.js';
import { membre } from './commands/membre.js';
import { mesDonnees } from './commands/mes-donnees.js';
import { mesReunions } from './commands/mes-reunions.js';
import { parametres } from './commands/parametres.js';
import { prochain } from './commands/prochain.js';
import { question } from './commands/question.js';
import { rappels } from './commands/rappels.js';
import { reunion } from './commands/reunion.js';
import { structure } from './commands/structure.js';
import type { SlashCommand } from './slash-command.js';

/** Every slash command of the bot, by name. */
export const SLASH_COMMANDS: ReadonlyMap<string, SlashCommand> = new Map(
  [
    prochain,
    agenda,
    groupe,
    structure,
    indicateurs,
    gouvernance,
    question,
    aide,
    comptesRendus,
    mesReunions,
    mesDonnees,
    membre,
    donnees,
    parametres,
    reunion,
    rappels,
  ].map((c) => [c.definition.name, c]),
);

/** The body of the bulk overwrite that registers the commands. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [...SLASH_COMMANDS.values()].map((c) => c.definition);
}
