import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Reply } from '../conversation/reply.js';
import type { BotServices } from './bot-services.js';

/** A check run before a command; a reply means "refused", shown only to the person who asked. */
export type Precondition = (
  interaction: ChatInputCommandInteraction,
  services: BotServices,
) => Reply | undefined;

/** A slash command: its definition for Discord, and how it answers. */
export interface SlashCommand {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Answer "thinking…" first, for commands that may take over a few hundred ms. */
  readonly defer?: 'public' | 'ephemeral';
  readonly preconditions?: readonly Precondition[];
  /** The answer; the router renders it, ephemeral when it is an error. */
  run(interaction: ChatInputCommandInteraction, services: BotServices): Reply | Promise<Reply>;
  /** Buttons to add under a reply (not under errors). */
  components?(
    reply: Reply,
    interaction: ChatInputCommandInteraction,
    services: BotServices,
  ): APIActionRowComponent<APIComponentInMessageActionRow>[];
  autocomplete?(
    interaction: AutocompleteInteraction,
    services: BotServices,
  ): readonly ApplicationCommandOptionChoiceData<string>[];
}
