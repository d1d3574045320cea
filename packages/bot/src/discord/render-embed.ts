import type { APIEmbed, APIEmbedField } from 'discord.js';
import { clipText } from '../clip-text.js';
import type { Reply, ReplyLine } from '../conversation/reply.js';
import { discordText, type LinkCheck } from './discord-text.js';

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

/** `<t:1702386000:F>`-style markup: Discord shows the instant in each reader's own time zone. */
export function discordTimestamp(epochMs: number, style: 'F' | 'R' | 'f' | 'D' | 't' = 'F'): string {
  return `<t:${Math.floor(epochMs / 1000)}:${style}>`;
}

/** A line of text, with the full date and the relative time next to it when it has an instant. */
export function lineText(line: ReplyLine, isLink?: LinkCheck): string {
  const text = discordText(line.text, isLink);
  if (line.at === undefined) return text;
  return `${text} (${discordTimestamp(line.at, 'F')}, ${discordTimestamp(line.at, 'R')})`;
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
  if (kept.length === 0) return clipText(lines[0] ?? '', max);
  return `${kept.join('\n')}\n${ELLIPSIS}`;
}

// Discord shows a footer as plain text (no Markdown, no links, no mentions): escaping it would show the backslashes.
function sourcesFooter(reply: Reply): string | undefined {
  if (reply.sources.length === 0) return undefined;
  return clipText(
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
 * fields, suggestions, and the sources in the footer, within every Discord limit. A reply is
 * plain text: its Markdown is escaped, and only the URLs `isLink` accepts are links (see
 * {@link discordText}), whatever the text says and wherever it came from.
 */
export function renderEmbed(reply: Reply, isLink?: LinkCheck): APIEmbed {
  const text = (t: string) => discordText(t, isLink);
  const fields: APIEmbedField[] = reply.fields
    .filter((f) => f.name.trim() !== '' && f.value.trim() !== '')
    .map((f) => ({
      name: clipText(text(f.name), EMBED_LIMITS.fieldName),
      value: clipText(text(f.value), EMBED_LIMITS.fieldValue),
      ...(f.inline ? { inline: true } : {}),
    }));
  if (reply.suggestions.length > 0) {
    fields.push({
      name: 'À demander aussi',
      value: clipText(text(reply.suggestions.map((s) => `« ${s} »`).join('\n')), EMBED_LIMITS.fieldValue),
    });
  }
  const description = joinLines(
    reply.lines.map((l) => lineText(l, isLink)),
    EMBED_LIMITS.description,
  );
  const footer = sourcesFooter(reply);
  const embed: APIEmbed = {
    title: clipText(text(reply.title), EMBED_LIMITS.title),
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
      footer: { text: clipText(out.footer.text, Math.max(1, out.footer.text.length - still)) },
    };
  }
  return out;
}
