import { type BotConfig, ConfigError, loadConfig } from '../config.js';
import type { CliIo } from './io.js';

/**
 * The bot's settings from the environment, or undefined after printing why they are invalid
 * (the French message of the `ConfigError`) and setting the exit status to 1.
 */
export function configOrExit(io: CliIo, setExit: (code: number) => void): BotConfig | undefined {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(error.message);
    setExit(1);
    return undefined;
  }
}
