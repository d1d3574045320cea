/** One line of an answer. `at` marks the instant the line is about, so Discord can add a timestamp. */
export interface ReplyLine {
  readonly text: string;
  /** Epoch milliseconds of a precise instant (meetings with a time). */
  readonly at?: number;
}

/** A named block of an answer (an embed field on Discord). */
export interface ReplyField {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

/** A cited source document. */
export interface ReplySource {
  readonly id: string;
  readonly title: string;
  readonly date: string;
}

/**
 * A file sent with an answer (an attachment on Discord): an export, a full error report, a PDF.
 * Text is sent as UTF-8; `bytes` as they are.
 */
export type ReplyFile =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly bytes: Uint8Array };

/**
 * An answer as plain data. Each transport renders it: text for the terminal and CLI, an embed
 * on Discord, JSON for scripts.
 */
export interface Reply {
  /** The intent that produced it (`next-meeting`, `unknown`, …). */
  readonly intent: string;
  readonly title: string;
  readonly lines: readonly ReplyLine[];
  readonly fields: readonly ReplyField[];
  readonly sources: readonly ReplySource[];
  /** Questions the member could ask next. */
  readonly suggestions: readonly string[];
  /** True when the answer is an error or usage help (ephemeral on Discord). */
  readonly error?: boolean;
  /** True when only the person who asked may see it (names of members, for staff). */
  readonly private?: boolean;
  /** Structured data for `--json`. */
  readonly data?: unknown;
  /** Files that go with the answer. */
  readonly files?: readonly ReplyFile[];
}

/** Builds a reply, filling the optional parts. */
export function reply(
  intent: string,
  title: string,
  parts: Partial<Omit<Reply, 'intent' | 'title' | 'lines'>> & {
    lines?: readonly (ReplyLine | string)[];
  } = {},
): Reply {
  return {
    intent,
    title,
    lines: (parts.lines ?? []).map((l) => (typeof l === 'string' ? { text: l } : l)),
    fields: parts.fields ?? [],
    sources: parts.sources ?? [],
    suggestions: parts.suggestions ?? [],
    ...(parts.error ? { error: true } : {}),
    ...(parts.private ? { private: true } : {}),
    ...(parts.data === undefined ? {} : { data: parts.data }),
    ...(parts.files?.length ? { files: parts.files } : {}),
  };
}
