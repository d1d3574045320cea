import { describe, expect, it } from 'vitest';
import {
  conversationMemories,
  discordConversationKey,
} from '../../../packages/bot/src/conversation/conversation-memories.js';
import type { ConversationMemory } from '../../../packages/bot/src/conversation/conversation-memory.js';

const memory = (at: number, words: string[] = ['prochain', 'bureau']): ConversationMemory => ({
  words,
  intent: { kind: 'help' },
  at,
});
const T0 = Date.parse('2026-12-03T09:00:00Z');

describe('conversationMemories', () => {
  it('recalls a conversation for five minutes, then forgets it', () => {
    const book = conversationMemories();
    book.remember('a', memory(T0));
    expect(book.recall('a', new Date(T0 + 5 * 60_000))).toEqual(memory(T0));
    expect(book.recall('a', new Date(T0 + 5 * 60_000 + 1))).toBeUndefined();
    expect(book.size).toBe(0);
  });

  it('keeps each conversation apart', () => {
    const book = conversationMemories();
    book.remember('a', memory(T0, ['a']));
    book.remember('b', memory(T0, ['b']));
    expect(book.recall('a', new Date(T0))?.words).toEqual(['a']);
    expect(book.recall('b', new Date(T0))?.words).toEqual(['b']);
  });

  it('drops the oldest conversation past its capacity, and stale ones on write', () => {
    const book = conversationMemories(2);
    book.remember('a', memory(T0));
    book.remember('b', memory(T0 + 1));
    book.remember('a', memory(T0 + 2)); // a is now the newest
    book.remember('c', memory(T0 + 3));
    expect([book.size, book.recall('b', new Date(T0 + 3)), book.recall('a', new Date(T0 + 3))?.at]).toEqual([
      2,
      undefined,
      T0 + 2,
    ]);
    book.remember('d', memory(T0 + 10 * 60_000));
    expect(book.size).toBe(1);
  });
});

describe('discordConversationKey', () => {
  it('is one member in one channel, DMs apart', () => {
    expect(discordConversationKey('g1', 'c1', 'u1')).toBe('g1:c1:u1');
    expect(discordConversationKey(null, 'c1', 'u1')).toBe('dm:c1:u1');
  });
});
