/**
 * The longest question the bot reads, in UTF-16 units (how Discord and `String.length` count):
 * the `/question` option, `ptce ask` and the terminal chat refuse longer ones.
 */
export const MAX_QUESTION_LENGTH = 500;
