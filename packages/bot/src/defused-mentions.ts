const ZWSP = '\u200b';

/**
 * Text in which no mention works: `@everyone`, `@here`, `<@member>`, `<@&role>` and `<#channel>`
 * get a zero-width space, so Discord shows them as typed, neither as a ping nor as a highlighted
 * name. For text the bot did not write (a member's question, a title from the data) placed where a
 * mention would be parsed; `allowed_mentions` already stops the ping, this also stops the display.
 * @param text - Any text.
 * @returns The text, its mentions broken.
 * @example
 * defusedMentions('@everyone <@&123>') //=> '@\u200beveryone <@\u200b&123>'
 */
export function defusedMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<@([&!]?\d+>)/g, `<@${ZWSP}$1`)
    .replace(/<#(\d+>)/g, `<#${ZWSP}$1`);
}
