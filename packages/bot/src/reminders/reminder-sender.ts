import { type REST, Routes } from 'discord.js';
import type { ReminderMessage } from './reminder-message.js';

/** Posts a message to a channel and returns its id. Throws when Discord refuses. */
export interface ReminderSender {
  send(channelId: string, message: ReminderMessage, nonce: string): Promise<string>;
}

/** A sender that can also edit its own messages (for the weekly digest). */
export interface EditingSender extends ReminderSender {
  edit(channelId: string, messageId: string, message: ReminderMessage): Promise<void>;
}

/**
 * The Discord edge of the scheduler: a plain REST create-message with `nonce` and
 * `enforce_nonce`, so a retried send after a crash returns the first message instead of a
 * second one.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function discordSender(rest: REST): EditingSender {
  return {
    async send(channelId, message, nonce) {
      const created = (await rest.post(Routes.channelMessages(channelId), {
        body: {
          content: message.content,
          ...(message.components ? { components: message.components } : {}),
          nonce,
          enforce_nonce: true,
          allowed_mentions: { parse: [], roles: [...message.allowedRoleIds] },
        },
      })) as { id: string };
      return created.id;
    },
    async edit(channelId, messageId, message) {
      await rest.patch(Routes.channelMessage(channelId, messageId), {
        body: {
          content: message.content,
          allowed_mentions: { parse: [], roles: [...message.allowedRoleIds] },
        },
      });
    },
  };
}
