import { escapeMarkdown } from 'discord.js';

/** Whether a URL is one the PTCE chose to show as a link (a meeting's visio, its minutes, the feed). */
export type LinkCheck = (url: string) => boolean;

const NO_LINK: LinkCheck = () => false;

// Any scheme Discord might turn into a link; the punctuation that ends a sentence is not part of it.
const URL = /[a-z][a-z0-9+.-]*:\/\/[^\s<>]+/gi;
const TRAILING = /[.,;:!?»)\]'"]+$/;
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const ZWSP = '\u200b';

/**
 * What `escapeMarkdown` leaves alone and Discord still renders: quotes (`> `, `>>> `) and
 * subtext (`-# `) at the start of a line.
 */
function escapeLineStarts(text: string): string {
  return text.replace(/^(\s*)(>|-#)/gm, '$1\\$2');
}

/**
 * `@everyone`, `@here` and the `<…>` markup a member could type to show a date, a command or an
 * emoji (`<t:…>`, `</aide:1>`, `<:emoji:id>`), broken by a zero-width space so Discord shows them as
 * typed. Member, role and channel mentions are left alone: the bot writes them on purpose (the
 * reminder routes), an embed never pings, and every message carries `allowed_mentions`.
 */
function defuseMarkup(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(\/|a?:|t:)/g, `<${ZWSP}$1`);
}

/**
 * Text shown by Discord exactly as written: its Markdown is escaped with discord.js's
 * `escapeMarkdown` (bold, italics, code, spoilers, links in brackets, headings, lists) plus quotes
 * and subtext, `@everyone`, `@here`, dates and commands are defused, and a URL becomes a link only when `isLink` says the PTCE
 * chose it. Any other URL (one a member typed, say) gets a zero-width space after its scheme, so
 * Discord neither links nor previews it.
 * @param text - Plain text (a reply line, a title, a field).
 * @param isLink - Which URLs stay links; none by default.
 * @returns The text to put in an embed or a message.
 * @example
 * discordText('[clique ici](https://evil.example) **URGENT**')
 * //=> '\\[clique ici](https\u200b://evil.example) \\*\\*URGENT\\*\\*'
 */
export function discordText(text: string, isLink: LinkCheck = NO_LINK): string {
  const urls: string[] = [];
  // URLs are set aside first: escaping would change them, and their neighbours' Markdown is escaped whole.
  const masked = text.replace(URL, (match) => {
    const url = isLink(match) ? match : match.replace(TRAILING, '');
    urls.push(url);
    return `${OPEN}${urls.length - 1}${CLOSE}${match.slice(url.length)}`;
  });
  const escaped = defuseMarkup(
    escapeLineStarts(
      escapeMarkdown(masked, { maskedLink: true, heading: true, bulletedList: true, numberedList: true }),
    ),
  );
  return escaped.replace(PLACEHOLDER, (_, index: string) => {
    const url = urls[Number(index)]!;
    return isLink(url) ? url : escapeMarkdown(url.replace('://', `${ZWSP}://`));
  });
}
