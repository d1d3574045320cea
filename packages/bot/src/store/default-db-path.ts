/** Where the bot keeps its SQLite file when `PTCE_DB` is not set. */
export const DEFAULT_DB_PATH = './data/ptce.sqlite';
