import { type APIEmbed, type AttachmentPayload, MessageFlags, type MessageMentionOptions } from 'discord.js';
import type { Reply } from '../conversation/reply.js';
import type { LinkCheck } from './discord-text.js';
import { renderEmbed } from './render-embed.js';

/**
 * Mentions the bot may ping: none. Data files and members' questions can contain `@everyone`,
 * `@here` or `<@&role>`; echoing them must never notify anyone.
 */
export function noMentions(): MessageMentionOptions {
  return { parse: [] };
}

/** A message carrying one reply: its embed, and no mention allowed. */
export interface ReplyMessage {
  embeds: APIEmbed[];
  allowedMentions: MessageMentionOptions;
  files?: AttachmentPayload[];
}

/** The message for a reply; only the URLs `isLink` accepts are links. */
export function replyMessage(reply: Reply, isLink?: LinkCheck): ReplyMessage {
  const message: ReplyMessage = { embeds: [renderEmbed(reply, isLink)], allowedMentions: noMentions() };
  if (reply.files?.length) {
    message.files = reply.files.map((f) => ({
      attachment: 'bytes' in f ? Buffer.from(f.bytes) : Buffer.from(f.text, 'utf8'),
      name: f.name,
    }));
  }
  return message;
}

/** The message for a reply to an interaction: errors and usage help only reach the person who asked. */
export function interactionReplyMessage(
  reply: Reply,
  isLink?: LinkCheck,
): ReplyMessage & { flags?: MessageFlags.Ephemeral } {
  const message = replyMessage(reply, isLink);
  return reply.error || reply.private ? { ...message, flags: MessageFlags.Ephemeral } : message;
}
