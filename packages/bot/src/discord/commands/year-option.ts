import type { SlashCommandIntegerOption } from 'discord.js';
import { inEnglish } from './in-english.js';

/** The optional `annee` option of `/indicateurs` and `/gouvernance`. */
export function yearOption(what: string, whatEn: string) {
  return (o: SlashCommandIntegerOption) =>
    o
      .setName('annee')
      .setNameLocalizations(inEnglish('year'))
      .setDescription(`L’année ${what} (l’année en cours par défaut)`)
      .setDescriptionLocalizations(inEnglish(`The year ${whatEn} (the current year by default)`))
      .setMinValue(2000)
      .setMaxValue(2100);
}
