import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import type { Reply } from '../conversation/reply.js';
import { notSetUpReply } from '../tenancy/not-set-up-reply.js';
import { apologyReply } from './apology-reply.js';
import type { BotServices } from './bot-services.js';
import { chosenLinks } from './chosen-links.js';
import { handleAttendanceComponent } from './components/handle-attendance-component.js';
import { handleSheetComponent } from './components/handle-sheet-component.js';
import type { LinkCheck } from './discord-text.js';
import { interactionReplyMessage, replyMessage } from './reply-message.js';
import type { SlashCommand } from './slash-command.js';

/** Commands that work in a guild with no PTCE yet. */
const EVERYWHERE = new Set(['aide', 'parametres']);

async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  command: SlashCommand,
  services: BotServices,
): Promise<void> {
  try {
    // A guild without a PTCE has no bodies, groups or structures to offer; never another guild's.
    const choices =
      interaction.guildId && !services.guildData.isSetUp(interaction.guildId)
        ? []
        : (command.autocomplete?.(interaction, services) ?? []);
    await interaction.respond(choices.slice(0, 25));
  } catch (error) {
    services.logger.error('autocomplete failed', { command: interaction.commandName, error });
  }
}

/**
 * Sends a reply once the interaction was deferred. An error, or a private reply (members' names
 * for staff), cannot stay public, so it moves to an ephemeral follow-up.
 */
async function sendDeferred(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
  publicDefer: boolean,
  isLink: LinkCheck,
  components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[],
) {
  if ((reply.error || reply.private) && publicDefer) {
    await interaction.deleteReply();
    await interaction.followUp({
      ...replyMessage(reply, isLink),
      ...(components.length > 0 ? { components: [...components] } : {}),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  await interaction.editReply({
    ...replyMessage(reply, isLink),
    ...(components.length > 0 ? { components: [...components] } : {}),
  });
}

/** The links a reply in this guild may show, read after the command ran (it may have set one). */
const linksOf = (interaction: ChatInputCommandInteraction, services: BotServices): LinkCheck =>
  chosenLinks(services.dataset(interaction.guildId), services.calendarUrl);

async function apologise(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  const apology = interactionReplyMessage(apologyReply());
  try {
    if (interaction.deferred && !interaction.ephemeral) {
      await interaction.deleteReply().catch(() => {});
      await interaction.followUp(apology);
    } else if (interaction.deferred) {
      await interaction.editReply(replyMessage(apologyReply()));
    } else if (interaction.replied) {
      await interaction.followUp(apology);
    } else {
      await interaction.reply(apology);
    }
  } catch (error) {
    services.logger.warn('apology not delivered', { command: interaction.commandName, error });
  }
}

async function answerCommand(
  interaction: ChatInputCommandInteraction,
  command: SlashCommand,
  services: BotServices,
): Promise<void> {
  const started = performance.now();
  try {
    for (const precondition of command.preconditions ?? []) {
      const refusal = precondition(interaction, services);
      if (refusal) {
        services.logger.info('command refused', {
          command: command.definition.name,
          user: interaction.user.id,
        });
        await interaction.reply(interactionReplyMessage(refusal));
        return;
      }
    }
    // Member commands of a guild without a PTCE: one line saying how to set it up. Staff
    // commands are checked by their preconditions, which say why they are refused.
    if (!command.preconditions?.length && !EVERYWHERE.has(command.definition.name)) {
      if (interaction.guildId && !services.guildData.isSetUp(interaction.guildId)) {
        await interaction.reply(interactionReplyMessage(notSetUpReply()));
        return;
      }
    }
    let reply: Reply;
    if (command.defer) {
      const ephemeral = command.defer === 'ephemeral';
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      reply = await command.run(interaction, services);
      const components = reply.error ? [] : (command.components?.(reply, interaction, services) ?? []);
      await sendDeferred(interaction, reply, !ephemeral, linksOf(interaction, services), components);
    } else {
      reply = await command.run(interaction, services);
      const components = reply.error ? [] : (command.components?.(reply, interaction, services) ?? []);
      await interaction.reply({
        ...interactionReplyMessage(reply, linksOf(interaction, services)),
        ...(components.length > 0 ? { components } : {}),
      });
    }
    services.logger.debug('command answered', {
      command: command.definition.name,
      intent: reply.intent,
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    services.logger.error('command failed', {
      command: command.definition.name,
      user: interaction.user.id,
      error,
    });
    await apologise(interaction, services);
  }
}

/**
 * Routes an interaction to its command: autocomplete gets choices, a slash command gets its reply
 * as an embed. Never throws: a failure is logged and the member gets an apology.
 */
export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, SlashCommand>,
  services: BotServices,
): Promise<void> {
  if (interaction.isMessageComponent()) {
    const handled = async () =>
      (await handleAttendanceComponent(interaction, services)) ||
      (await handleSheetComponent(interaction, services));
    await handled().catch(async (error: unknown) => {
      services.logger.error('component failed', { customId: interaction.customId, error });
      if (!interaction.replied && !interaction.deferred) {
        await interaction.reply(interactionReplyMessage(apologyReply())).catch(() => {});
      }
    });
    return;
  }
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
  const command = commands.get(interaction.commandName);
  if (!command) {
    services.logger.warn('unknown command', { command: interaction.commandName });
    if (interaction.isChatInputCommand()) await apologise(interaction, services);
    return;
  }
  if (interaction.isAutocomplete()) await answerAutocomplete(interaction, command, services);
  else await answerCommand(interaction, command, services);
}
