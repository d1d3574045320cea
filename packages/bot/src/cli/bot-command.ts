import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** The options of `ptce bot`. */
export interface BotFlags {
  clock?: string;
  shards?: string;
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
    .option(
      '--shards <auto|N>',
      'un processus par shard (ShardingManager de discord.js) : « auto » selon Discord, ou un nombre (réglage PTCE_SHARDS)',
    )
    .action(async (flags: BotFlags) => {
      const { botAction } = await import('./bot-action.js');
      await botAction(io, setExit, flags);
    });
}
