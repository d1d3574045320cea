import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply, ReplyLine } from '../conversation/reply.js';

/** Discord's embed limits (characters). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/** Embed colours: the PTCE's green, red for errors and usage help. */
export const EMBED_COLOR = { answer: 0x2e8b57, error: 0xc0392b } as const;

const ELLIPSIS = '…';

/** Cuts a text to `max` characters, ending with "…" when it was longer (never splits a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - ELLIPSIS.length) break;
    out += char;
  }
  return out + ELLIPSIS;
}

/** `<t:1702386000:F>`-style markup: Discord shows the instant in each reader's own time zone. */
export function discordTimestamp(epochMs: number, style: 'F' | 'R' | 'f' | 'D' | 't' = 'F'): string {
  return `<t:${Math.floor(epochMs / 1000)}:${style}>`;
}

/** A line of text, with the full date and the relative time next to it when it has an instant. */
export function lineText(line: ReplyLine): string {
  if (line.at === undefined) return line.text;
  return `${line.text} (${discordTimestamp(line.at, 'F')}, ${discordTimestamp(line.at, 'R')})`;
}

/** Joins lines until `max` characters; when some do not fit, the last kept line is "…". */
function joinLines(lines: readonly string[], max: number): string {
  const joined = lines.join('\n');
  if (joined.length <= max) return joined;
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    const extra = (kept.length > 0 ? 1 : 0) + line.length;
    if (size + extra + 1 + ELLIPSIS.length > max) break;
    kept.push(line);
    size += extra;
  }
  // A single line longer than the limit is cut rather than dropped.
  if (kept.length === 0) return truncate(lines[0] ?? '', max);
  return `${kept.join('\n')}\n${ELLIPSIS}`;
}

function sourcesFooter(reply: Reply): string | undefined {
  if (reply.sources.length === 0) return undefined;
  return truncate(
    `Sources : ${reply.sources.map((s) => `${s.title} (${s.date})`).join(' ; ')}`,
    EMBED_LIMITS.footer,
  );
}

function embedSize(embed: APIEmbed): number {
  let size = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const field of embed.fields ?? []) size += field.name.length + field.value.length;
  return size;
}

/**
 * Renders a reply as a Discord embed: title, the lines as description (with Discord timestamps),
 * fields, suggestions, and the sources in the footer, within every Discord limit.
 */
export function renderEmbed(reply: Reply): APIEmbed {
  const fields: APIEmbedField[] = reply.fields
    .filter((f) => f.name.trim() !== '' && f.value.trim() !== '')
    .map((f) => ({
      name: truncate(f.name, EMBED_LIMITS.fieldName),
      value: truncate(f.value, EMBED_LIMITS.fieldValue),
      ...(f.inline ? { inline: true } : {}),
    }));
  if (reply.suggestions.length > 0) {
    fields.push({
      name: 'À demander aussi',
      value: truncate(reply.suggestions.map((s) => `« ${s} »`).join('\n'), EMBED_LIMITS.fieldValue),
    });
  }
  const description = joinLines(reply.lines.map(lineText), EMBED_LIMITS.description);
  const footer = sourcesFooter(reply);
  const embed: APIEmbed = {
    title: truncate(reply.title, EMBED_LIMITS.title),
    color: reply.error ? EMBED_COLOR.error : EMBED_COLOR.answer,
    ...(description === '' ? {} : { description }),
    ...(fields.length > 0 ? { fields: fields.slice(0, EMBED_LIMITS.fields) } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
  return fitTotal(embed);
}

/** Drops fields from the end, then shortens the description, until the embed fits in 6000 characters. */
function fitTotal(embed: APIEmbed): APIEmbed {
  let out = embed;
  while (embedSize(out) > EMBED_LIMITS.total && (out.fields?.length ?? 0) > 0) {
    const fields = out.fields!.slice(0, -1);
    const { fields: _dropped, ...rest } = out;
    out = fields.length > 0 ? { ...rest, fields } : rest;
  }
  const excess = embedSize(out) - EMBED_LIMITS.total;
  if (excess > 0 && out.description) {
    const lines = out.description.split('\n');
    out = { ...out, description: joinLines(lines, Math.max(1, out.description.length - excess)) };
  }
  const still = embedSize(out) - EMBED_LIMITS.total;
  if (still > 0 && out.footer) {
    out = {
      ...out,
      footer: { text: truncate(out.footer.text, Math.max(1, out.footer.text.length - still)) },
    };
  }
  return out;
}
