import type { Message } from 'discord.js';
import { discordConversationKey } from '../conversation/conversation-memories.js';
import { converseIn } from '../conversation/converse.js';
import { helpReply } from '../conversation/engine.js';
import { MAX_QUESTION_LENGTH } from '../conversation/max-question-length.js';
import { type Reply, reply } from '../conversation/reply.js';
import { notSetUpReply } from '../tenancy/not-set-up-reply.js';
import { apologyReply } from './apology-reply.js';
import { type BotServices, conversationContext } from './bot-services.js';
import { chosenLinks } from './chosen-links.js';
import { replyMessage } from './reply-message.js';

/** What deciding whether to answer a message needs to know. */
export interface MessageFacts {
  readonly content: string;
  readonly authorIsBot: boolean;
  /** False in a DM. */
  readonly inGuild: boolean;
  /** The message mentions the bot itself (not @everyone, not a role of members). */
  readonly mentionsBot: boolean;
  readonly botId: string;
  /** The bot's own managed role: Discord sometimes inserts it when members type @bot. */
  readonly botRoleId?: string;
}

/**
 * The question a message asks the bot, mention stripped, or undefined when the bot should stay
 * silent: messages from bots (itself included), and guild messages that do not mention it.
 */
export function messageQuestion(facts: MessageFacts): string | undefined {
  if (facts.authorIsBot) return undefined;
  if (facts.inGuild && !facts.mentionsBot) return undefined;
  const own = [
    `<@${facts.botId}>`,
    `<@!${facts.botId}>`,
    ...(facts.botRoleId ? [`<@&${facts.botRoleId}>`] : []),
  ];
  let text = facts.content;
  for (const mention of own) text = text.replaceAll(mention, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

function factsOf(message: Message): MessageFacts {
  const botId = message.client.user.id;
  const botRoleId = message.guild?.members.me?.roles.botRole?.id;
  return {
    content: message.content,
    authorIsBot: message.author.bot,
    inGuild: message.inGuild(),
    mentionsBot:
      message.mentions.users.has(botId) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId)),
    botId,
    ...(botRoleId ? { botRoleId } : {}),
  };
}

/** A message longer than the questions the bot reads: said, not read in part. */
function tooLongReply(length: number): Reply {
  return reply('too-long', 'Question trop longue', {
    lines: [
      `Votre message fait ${length} caractères ; je lis les questions de ${MAX_QUESTION_LENGTH} caractères au plus. Posez-la plus court, ou en plusieurs messages.`,
    ],
    error: true,
  });
}

/** Answers a mention or a DM with the conversation engine, as an embed. Never throws. */
export async function handleMessage(message: Message, services: BotServices): Promise<void> {
  const question = messageQuestion(factsOf(message));
  if (question === undefined) return;
  try {
    const key = discordConversationKey(message.guildId, message.channelId, message.author.id);
    const answer =
      message.guildId && !services.guildData.isSetUp(message.guildId)
        ? notSetUpReply()
        : question === ''
          ? helpReply()
          : question.length > MAX_QUESTION_LENGTH
            ? tooLongReply(question.length)
            : converseIn(
                question,
                conversationContext(services, message.guildId),
                services.conversations,
                key,
              );
    await message.reply(
      replyMessage(answer, chosenLinks(services.dataset(message.guildId), services.calendarUrl)),
    );
    services.logger.debug('message answered', { intent: answer.intent, dm: !message.inGuild() });
  } catch (error) {
    services.logger.error('message answer failed', { channel: message.channelId, error });
    await message.reply(replyMessage(apologyReply())).catch((apologyError: unknown) => {
      services.logger.warn('apology not delivered', { channel: message.channelId, error: apologyError });
    });
  }
}
