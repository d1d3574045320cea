import { type ConversationMemory, MEMORY_TTL_MS } from './conversation-memory.js';

/**
 * The memories of the conversations going on, one per key (a member in a channel, the terminal
 * chat). A follow-up is read against the memory of its own conversation only, so two members
 * asking in the same channel never answer each other's « et son téléphone ? ».
 */
export interface ConversationMemories {
  /** The memory of a conversation, if it has one that is still fresh at `now`. */
  recall(key: string, now: Date): ConversationMemory | undefined;
  /** Keeps what a conversation remembers after its last answer. */
  remember(key: string, memory: ConversationMemory): void;
  /** How many conversations are remembered. */
  readonly size: number;
}

/**
 * Conversation memories held in the process. They are context, not data: a restart forgets them,
 * as a person would after five minutes. Stale memories are dropped when the book is written to,
 * and past `capacity` the oldest goes first, so a busy server cannot grow it without bound.
 *
 * @param capacity - The most conversations remembered at once.
 * @returns An empty book.
 */
export function conversationMemories(capacity = 10_000): ConversationMemories {
  // A Map iterates in insertion order: re-inserting on write keeps the oldest first.
  const byKey = new Map<string, ConversationMemory>();
  return {
    recall(key, now) {
      const memory = byKey.get(key);
      if (memory === undefined) return undefined;
      if (now.getTime() - memory.at > MEMORY_TTL_MS) {
        byKey.delete(key);
        return undefined;
      }
      return memory;
    },
    remember(key, memory) {
      byKey.delete(key);
      byKey.set(key, memory);
      for (const [k, m] of byKey) {
        if (byKey.size <= capacity && memory.at - m.at <= MEMORY_TTL_MS) break;
        byKey.delete(k);
      }
    },
    get size() {
      return byKey.size;
    },
  };
}

/**
 * The key of a member's conversation on Discord: the same member in the same channel (or DM).
 *
 * @param guildId - The server, or null in a DM.
 * @param channelId - The channel.
 * @param userId - The member.
 * @returns The key.
 */
export function discordConversationKey(guildId: string | null, channelId: string, userId: string): string {
  return `${guildId ?? 'dm'}:${channelId}:${userId}`;
}
