import { type Client, Events, GatewayCloseCodes } from 'discord.js';
import { type BotConfig, redactToken } from '../config.js';
import { BotStartError } from './bot-start-error.js';

const FATAL_CLOSE: Record<number, string> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    'Discord a refusé le jeton du bot (DISCORD_TOKEN) : vérifiez-le ou régénérez-le dans le portail des développeurs.',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord refuse l’accès au contenu des messages : activez « Message Content Intent » dans l’onglet Bot du portail des développeurs.',
  [GatewayCloseCodes.InvalidIntents]: 'Discord refuse les intents demandés par le bot.',
};

/**
 * The French reason Discord refused the bot, for an error of the login or of a REST call.
 *
 * @param error - What discord.js threw.
 * @param config - The token (masked from the message) and the API URL.
 * @returns The error to show; never carries the token.
 */
export function botStartError(error: unknown, config: Pick<BotConfig, 'token' | 'apiUrl'>): BotStartError {
  const code = (error as { code?: unknown }).code;
  if (code === 'TokenInvalid' || (error as { status?: number }).status === 401) {
    return new BotStartError(FATAL_CLOSE[GatewayCloseCodes.AuthenticationFailed]!);
  }
  const detail = redactToken(error instanceof Error ? error.message : String(error), config);
  return new BotStartError(`Connexion à Discord impossible (${config.apiUrl}) : ${detail}`);
}

/** Waits for `ready`, failing fast on a close code the client will never recover from. */
function whenReady(client: Client, timeoutMs: number): { promise: Promise<void>; cancel(): void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new BotStartError(`Discord n’a pas confirmé la connexion en ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    const onReady = () => {
      cancel();
      resolve();
    };
    const onDisconnect = (event: { code: number }) => {
      cancel();
      reject(
        new BotStartError(FATAL_CLOSE[event.code] ?? `Discord a fermé la connexion (code ${event.code}).`),
      );
    };
    client.once(Events.ClientReady, onReady);
    client.once(Events.ShardDisconnect, onDisconnect);
    cancel = () => {
      clearTimeout(timer);
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardDisconnect, onDisconnect);
    };
  });
  promise.catch(() => {});
  return { promise, cancel: () => cancel() };
}

/**
 * Logs the client in and waits until Discord says it is ready.
 *
 * @param client - A client made by `createClient`.
 * @param config - The token, and the API URL for messages.
 * @param timeoutMs - How long to wait for "ready".
 * @returns Once the client is ready.
 * @throws BotStartError with a French reason (bad token, refused intents, timeout); never the token.
 */
export async function loginClient(
  client: Client,
  config: Pick<BotConfig, 'token' | 'apiUrl'>,
  timeoutMs: number,
): Promise<void> {
  const ready = whenReady(client, timeoutMs);
  try {
    await client.login(config.token);
    await ready.promise;
  } catch (error) {
    ready.cancel();
    throw error instanceof BotStartError ? error : botStartError(error, config);
  }
}
