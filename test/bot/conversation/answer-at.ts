import { converse } from '../../../packages/bot/src/conversation/converse.js';
import type { ConversationContext } from '../../../packages/bot/src/conversation/intent.js';
import { loadDataset, loadRegistry } from '../../../packages/bot/src/data/load-data.js';

const registry = loadRegistry();

/** The embedded dataset and the regional registry on Monday 20 November 2023, 9:00 in Paris. */
export const ctx: ConversationContext = {
  dataset: loadDataset(),
  now: new Date('2023-11-20T08:00:00Z'),
  ...(registry ? { registry } : {}),
};

/** A question's reply as its title and line texts. */
export function answer(question: string): [string, string[]] {
  const { reply } = converse(question, ctx);
  return [reply.title, reply.lines.map((l) => l.text)];
}

/** A question's reply as its intent and line texts. */
export function answerKind(question: string): [string, string[]] {
  const { reply } = converse(question, ctx);
  return [reply.intent, reply.lines.map((l) => l.text)];
}
