import type { SourceInfo } from '../indicators/source-info.js';

/**
 * The source of figures the bot computes from confirmed attendance sheets, shown beside the
 * figures the documents give and never merged with them.
 */
export const BOT_SOURCE: SourceInfo = Object.freeze({
  id: 'bot',
  title: 'Feuilles d’émargement confirmées dans le bot',
});
