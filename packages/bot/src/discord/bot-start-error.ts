/** The bot could not start: a French explanation for staff, never carrying the token. */
export class BotStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BotStartError';
  }
}
