import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerIntent } from '../../conversation/engine.js';
import type { Intent } from '../../conversation/intent.js';
import { reply } from '../../conversation/reply.js';
import { type ChoiceKind, matchingChoices, resolveChoice } from '../autocomplete-choices.js';
import { conversationContext } from '../bot-services.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';

/** What sets one « pick a named thing, get its card » command apart from another. */
export interface NamedEntityCommand {
  readonly name: string;
  readonly englishName: string;
  readonly description: string;
  readonly englishDescription: string;
  /** The `nom` option's description, in French then in English. */
  readonly option: readonly [string, string];
  /** The kinds of things offered and resolved. */
  readonly kinds: readonly ChoiceKind[];
  /** The error title, and its line for what was typed, when nothing matches. */
  readonly unknown: readonly [string, (typed: string) => string];
  /** The question the card answers. */
  readonly intent: (found: { kind: ChoiceKind; id: string }) => Intent;
}

/**
 * A slash command with one autocompleted `nom` option that answers the card of what it names
 * (`/groupe`, `/structure`): unknown names get an ephemeral French error.
 */
export function namedEntityCommand(c: NamedEntityCommand): SlashCommand {
  return {
    definition: new SlashCommandBuilder()
      .setName(c.name)
      .setNameLocalizations(inEnglish(c.englishName))
      .setDescription(c.description)
      .setDescriptionLocalizations(inEnglish(c.englishDescription))
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .addStringOption((o) =>
        o
          .setName('nom')
          .setNameLocalizations(inEnglish('name'))
          .setDescription(c.option[0])
          .setDescriptionLocalizations(inEnglish(c.option[1]))
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(100),
      )
      .toJSON(),
    run(interaction, services) {
      const ctx = conversationContext(services, interaction.guildId);
      const typed = interaction.options.getString('nom', true);
      const found = resolveChoice(ctx.dataset, typed, c.kinds);
      if (!found) return reply('usage', c.unknown[0], { lines: [c.unknown[1](typed)], error: true });
      return answerIntent(c.intent(found), ctx);
    },
    autocomplete(interaction, services) {
      return matchingChoices(
        services.dataset(interaction.guildId),
        interaction.options.getFocused(),
        c.kinds,
      );
    },
  };
}
