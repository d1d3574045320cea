import { ask } from '../conversation/engine.js';
import { renderText } from '../conversation/render-text.js';
import { loadDatasetLazily, loadRegistryLazily } from '../data/lazy-load-data.js';
import type { AskFlags } from './ask-command.js';
import type { CliIo } from './io.js';
import { parseNow } from './options.js';

/** Answers one question of `ptce ask`, already checked for length. */
export async function askAction(
  io: CliIo,
  setExit: (code: number) => void,
  question: string,
  flags: AskFlags,
): Promise<void> {
  const dataset = await loadDatasetLazily(flags.data);
  const now = parseNow(flags.now, dataset.timeZone);
  const r = ask(question, { registry: await loadRegistryLazily(), dataset, now });
  const text = renderText(r);
  io.out(flags.json ? JSON.stringify({ intent: r.intent, text, reply: r }) : text);
  setExit(0);
}
