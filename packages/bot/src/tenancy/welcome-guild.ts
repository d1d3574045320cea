import type { Guild } from 'discord.js';
import { noMentions } from '../discord/reply-message.js';
import type { Logger } from '../logger.js';

/** The welcome a guild gets when the bot joins it without a PTCE: three steps, in French. */
export const WELCOME_TEXT = [
  'Bonjour ! Je suis le bot des PTCE : je réponds aux questions des membres et j’envoie les rappels de réunion.',
  'Ce serveur n’est pas encore relié à un PTCE. Trois étapes, pour un membre ayant la permission « Gérer le serveur » :',
  '1. Importez le fichier de données du PTCE avec `/donnees importer`, ou partez d’un modèle avec `/donnees modele`.',
  '2. Dirigez les rappels vers vos salons avec `/rappels canal`.',
  '3. Indiquez le rôle de l’équipe avec `/parametres role-equipe`.',
].join('\n');

/**
 * Posts the welcome in the guild's system channel, or else sends it to the owner by DM.
 *
 * @param guild - The guild the bot just joined.
 * @param logger - Told where the welcome went.
 * @returns Where it went.
 */
export async function welcomeGuild(guild: Guild, logger: Logger): Promise<'system-channel' | 'owner-dm'> {
  const message = { content: WELCOME_TEXT, allowedMentions: noMentions() };
  const channel = guild.systemChannel;
  if (channel?.isSendable()) {
    try {
      await channel.send(message);
      logger.info('welcome posted', { guild: guild.id, channel: channel.id });
      return 'system-channel';
    } catch (error) {
      logger.warn('welcome not posted in the system channel', { guild: guild.id, error });
    }
  }
  const owner = await guild.fetchOwner();
  await owner.send(message);
  logger.info('welcome sent to the owner', { guild: guild.id, owner: owner.id });
  return 'owner-dm';
}
