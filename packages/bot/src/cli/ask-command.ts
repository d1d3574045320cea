import type { Command } from 'commander';
import { ask } from '../conversation/engine.js';
import { MAX_QUESTION_LENGTH } from '../conversation/max-question-length.js';
import { renderText } from '../conversation/render-text.js';
import { lazyRegistry, loadDataset } from '../data/load-data.js';
import { type CliIo, UsageError } from './io.js';
import { parseNow } from './options.js';

interface AskFlags {
  now?: string;
  json?: boolean;
  data?: string;
}

/** `ptce ask -- "question"`: one answer, as text or one JSON object. */
export function registerAsk(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ask')
    .description('répond à une question en français')
    .argument('[question...]', 'la question (après --)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .option('--json', 'un objet JSON : intent, text, reply')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .action((words: string[], flags: AskFlags) => {
      const question = words.join(' ').trim();
      if (question === '')
        throw new UsageError('Question vide. Exemple : ptce ask -- "prochain comité de pilotage"');
      if (question.length > MAX_QUESTION_LENGTH) {
        throw new UsageError(
          `Question trop longue : ${question.length} caractères (${MAX_QUESTION_LENGTH} au plus).`,
        );
      }
      const dataset = loadDataset(flags.data);
      const now = parseNow(flags.now, dataset.timeZone);
      const r = ask(question, Object.assign(lazyRegistry(), { dataset, now }));
      const text = renderText(r);
      io.out(flags.json ? JSON.stringify({ intent: r.intent, text, reply: r }) : text);
      setExit(0);
    });
}
