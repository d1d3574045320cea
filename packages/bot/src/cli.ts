import { Command, CommanderError } from 'commander';
import { registerAgenda } from './cli/agenda-command.js';
import { registerAsk } from './cli/ask-command.js';
import { registerBackup } from './cli/backup-commands.js';
import { registerBot } from './cli/bot-command.js';
import { NO_TOKEN_BANNER, registerChat } from './cli/chat-command.js';
import { registerGovernance } from './cli/governance-commands.js';
import { registerGuildData } from './cli/guild-data-commands.js';
import { registerIcs } from './cli/ics-command.js';
import { type CliIo, processIo, UsageError } from './cli/io.js';
import { registerPresences } from './cli/presences-command.js';
import { registerRegister } from './cli/register-command.js';
import { registerServe } from './cli/serve-command.js';
import { registerValidate } from './cli/validate-command.js';
import { DataLoadError } from './data/data-load-error.js';

// Only the commands' definitions load here: each action imports what it alone needs when it
// runs, so `ptce --help` reads no data and loads neither zod, YAML, SQLite nor discord.js.

/**
 * Runs the `ptce` command line.
 * @returns The exit status: 0 success, 1 failure (invalid data), 2 usage error.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exit = 0;
  const setExit = (code: number) => {
    exit = code;
  };
  const program = new Command('ptce')
    .description('Outils de gouvernance d’un PTCE : agenda, questions, rappels, bot Discord.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError('(ptce --help pour l’aide)');
  registerValidate(program, io, setExit);
  registerAgenda(program, io, setExit);
  registerIcs(program, io, setExit);
  registerAsk(program, io, setExit);
  registerChat(program, io, setExit);
  registerGovernance(program, io, setExit);
  registerBot(program, io, setExit);
  registerRegister(program, io, setExit);
  registerServe(program, io, setExit);
  registerBackup(program, io, setExit);
  registerPresences(program, io, setExit);
  registerGuildData(program, io, setExit);
  program
    .command('start')
    .description('le bot Discord si DISCORD_TOKEN est défini, sinon la discussion dans le terminal')
    .allowUnknownOption()
    .action(async () => {
      if (io.env.DISCORD_TOKEN) {
        await program.parseAsync(['bot'], { from: 'user' });
        return;
      }
      const { startChat } = await import('./cli/chat-action.js');
      await startChat(io, {}, NO_TOKEN_BANNER);
      setExit(0);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof DataLoadError) {
      const { reportDataLoadError } = await import('./cli/data-load-report.js');
      reportDataLoadError(io, error);
      return 1;
    }
    throw error;
  }
}
