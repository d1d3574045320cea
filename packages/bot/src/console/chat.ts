import { createInterface } from 'node:readline';
import type { Dataset, Registry } from '@ptce/core';
import { conversationMemories } from '../conversation/conversation-memories.js';
import { converseIn } from '../conversation/converse.js';
import { MAX_QUESTION_LENGTH } from '../conversation/max-question-length.js';
import { renderText } from '../conversation/render-text.js';

/** What the terminal chat needs. */
export interface ChatOptions {
  readonly dataset: Dataset;
  readonly registry?: Registry;
  /** The clock: a fixed `--now`, or the real time. */
  readonly now: () => Date;
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: (text: string) => void;
  /** Shown once at start (e.g. how to connect Discord). */
  readonly banner?: string;
}

const QUIT = new Set(['quitter', 'quit', 'exit', 'sortir', 'au revoir']);

/**
 * The terminal chat: one question per line, one answer each. With a terminal it shows a prompt;
 * through a pipe it answers each line, so scripts and tests can drive it. Ends on Ctrl-D (end of
 * input) or `quitter`.
 */
export async function runChat(options: ChatOptions): Promise<void> {
  const interactive = options.input.isTTY === true;
  const rl = createInterface({
    input: options.input,
    terminal: interactive,
    ...(interactive ? { output: process.stdout } : {}),
  });
  if (options.banner) options.output(options.banner);
  // One person at the terminal: one conversation, so « et son téléphone ? » follows the last answer.
  const memories = conversationMemories(1);
  if (interactive) {
    options.output(
      `${options.dataset.ptce.name} — posez votre question (« aide » pour des exemples, « quitter » pour sortir).`,
    );
    rl.setPrompt('› ');
    rl.prompt();
  }
  for await (const line of rl) {
    const question = line.trim();
    if (question === '') {
      if (interactive) rl.prompt();
      continue;
    }
    if (QUIT.has(question.toLowerCase())) break;
    if (question.length > MAX_QUESTION_LENGTH) {
      options.output(
        `Question trop longue (${question.length} caractères, ${MAX_QUESTION_LENGTH} au plus).\n`,
      );
    } else {
      const context = {
        dataset: options.dataset,
        now: options.now(),
        ...(options.registry ? { registry: options.registry } : {}),
      };
      options.output(`${renderText(converseIn(question, context, memories, 'terminal'))}\n`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  if (interactive) options.output('Au revoir !');
}
