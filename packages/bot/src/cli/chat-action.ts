import { runChat } from '../console/chat.js';
import { loadDataset, loadRegistry } from '../data/load-data.js';
import type { ChatFlags } from './chat-command.js';
import type { CliIo } from './io.js';
import { parseNow } from './options.js';

/** Runs the chat on the given data; shared by `ptce chat` and `ptce start`. */
export async function startChat(io: CliIo, flags: ChatFlags, banner?: string): Promise<void> {
  const dataset = loadDataset(flags.data ?? io.env.PTCE_DATA);
  const registry = loadRegistry();
  const fixed = flags.now === undefined ? undefined : parseNow(flags.now, dataset.timeZone);
  await runChat({
    dataset,
    ...(registry ? { registry } : {}),
    now: () => fixed ?? new Date(),
    input: io.stdin ?? process.stdin,
    output: io.out,
    ...(banner ? { banner } : {}),
  });
}
