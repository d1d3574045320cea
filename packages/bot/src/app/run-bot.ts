import { type BotHandle, type StartBotOptions, startBot } from './start-bot.js';

/** The part of `process` that `runBot` listens to. */
export type SignalSource = Pick<NodeJS.Process, 'on' | 'off'>;

/**
 * Runs the bot until SIGINT or SIGTERM, then stops it cleanly. SIGHUP reloads the data file.
 * A rejected promise nobody awaited is logged instead of killing the process.
 * @returns Once the bot has stopped.
 */
export async function runBot(
  options: StartBotOptions & {
    readonly signals?: SignalSource;
    readonly onStarted?: (bot: BotHandle) => void;
  },
): Promise<void> {
  const signals = options.signals ?? process;
  const bot = await startBot(options);
  const { logger } = bot.services;
  options.onStarted?.(bot);
  await new Promise<void>((resolve) => {
    const onHangup = () => {
      void bot.reload('SIGHUP');
    };
    const onRejection = (reason: unknown) => logger.error('unhandled rejection', { error: reason });
    const onStop = (signal: NodeJS.Signals) => {
      logger.info('stopping', { signal });
      signals.off('SIGHUP', onHangup);
      signals.off('SIGINT', onStop);
      signals.off('SIGTERM', onStop);
      signals.off('unhandledRejection', onRejection);
      bot.stop().then(resolve, (error: unknown) => {
        logger.error('stop failed', { error });
        resolve();
      });
    };
    signals.on('SIGHUP', onHangup);
    signals.on('SIGINT', onStop);
    signals.on('SIGTERM', onStop);
    signals.on('unhandledRejection', onRejection);
  });
}
