import type { Command } from 'commander';
import { clockSpecError, parseClockSpec } from '../clock.js';
import { ConfigError, loadConfig } from '../config.js';
import { BotStartError } from '../discord/bot-start-error.js';
import { createLogger } from '../logger.js';
import { type CliIo, UsageError } from './io.js';

interface BotFlags {
  clock?: string;
}

/** `ptce bot`: runs the Discord bot until SIGINT/SIGTERM (SIGHUP reloads the data file). */
export function registerBot(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('bot')
    .description('lance le bot Discord (réglages : variables DISCORD_* et PTCE_*)')
    .option(
      '--clock <iso[xN]>',
      'horloge simulée : départ ISO, éventuellement accélérée (ex. 2026-03-27T08:59:00+01:00x60)',
    )
    .action(async (flags: BotFlags) => {
      const clockSpec = flags.clock === undefined ? undefined : parseClockSpec(flags.clock);
      if (flags.clock !== undefined && !clockSpec)
        throw new UsageError(clockSpecError('--clock', flags.clock));
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig(io.env);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        io.err(error.message);
        setExit(1);
        return;
      }
      const logger = createLogger({ write: io.err, secrets: [config.token] });
      // discord.js and SQLite load only when the bot runs, so `ptce ask` starts fast.
      const [{ runBot }, { StoreError }] = await Promise.all([
        import('../app/run-bot.js'),
        import('../store/index.js'),
      ]);
      try {
        await runBot({ config, logger, ...(clockSpec ? { clockSpec } : {}) });
        setExit(0);
      } catch (error) {
        if (!(error instanceof BotStartError) && !(error instanceof StoreError)) throw error;
        io.err(error.message);
        setExit(1);
      }
    });
}
