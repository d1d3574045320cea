import type { LocalizationMap } from 'discord.js';

/** The same text for both English locales Discord offers. */
export function inEnglish(text: string): LocalizationMap {
  return { 'en-US': text, 'en-GB': text };
}
