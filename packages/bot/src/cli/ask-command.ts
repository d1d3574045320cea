import type { Command } from 'commander';
import { MAX_QUESTION_LENGTH } from '../conversation/max-question-length.js';
import { type CliIo, UsageError } from './io.js';

/** The options of `ptce ask`. */
export interface AskFlags {
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
    .action(async (words: string[], flags: AskFlags) => {
      const question = words.join(' ').trim();
      if (question === '')
        throw new UsageError('Question vide. Exemple : ptce ask -- "prochain comité de pilotage"');
      if (question.length > MAX_QUESTION_LENGTH) {
        throw new UsageError(
          `Question trop longue : ${question.length} caractères (${MAX_QUESTION_LENGTH} au plus).`,
        );
      }
      // The engine and the data load only for the command that uses them, so `ptce --help` starts fast.
      const { askAction } = await import('./ask-action.js');
      await askAction(io, setExit, question, flags);
    });
}
