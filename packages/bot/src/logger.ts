/** Severity of a log line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured details of an event. */
export type LogFields = Readonly<Record<string, unknown>>;

/** Where the bot reports what it does: one line per event. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** Receives each line, without the newline (default: stderr). */
  readonly write?: (line: string) => void;
  /** Texts that must never appear in a line (the token); they are replaced by `[masqué]`. */
  readonly secrets?: readonly string[];
  /** Lines below this level are dropped (default `info`). */
  readonly level?: LogLevel;
  readonly now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

function fieldValue(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return JSON.stringify(
      code === undefined
        ? `${value.name}: ${value.message}`
        : `${value.name} [${String(code)}]: ${value.message}`,
    );
  }
  if (typeof value === 'string') return /^[\p{L}\p{N}_.:/@-]+$/u.test(value) ? value : JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return JSON.stringify(String(value));
  }
}

/** The line for an event: `time LEVEL message key=value …`, on one line whatever the values hold. */
export function formatLogLine(time: Date, level: LogLevel, message: string, fields: LogFields = {}): string {
  const parts = [time.toISOString(), level.toUpperCase().padEnd(5), JSON.stringify(message).slice(1, -1)];
  for (const [key, value] of Object.entries(fields)) parts.push(`${key}=${fieldValue(value)}`);
  return parts.join(' ');
}

/** A logger writing one line per event, with every secret masked. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((s) => s.length > 0);
  const threshold = RANK[options.level ?? 'info'];
  const now = options.now ?? (() => new Date());
  const log = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (RANK[level] < threshold) return;
    let line = formatLogLine(now(), level, message, fields);
    for (const secret of secrets) line = line.replaceAll(secret, '[masqué]');
    write(line);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
