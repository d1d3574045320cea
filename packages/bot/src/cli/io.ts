/** Where a command writes. Tests pass buffers; the real CLI passes the process streams. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** What the long-running commands stop on (SIGINT, SIGTERM) and reload on (SIGHUP); default `process`. */
  readonly signals?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    env: process.env,
    stdin: process.stdin,
  };
}

/** A usage error: a short French explanation, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
