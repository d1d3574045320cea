import type { Client } from 'discord.js';

/**
 * How a guild's member is named in what the bot writes for staff (a printed sheet): their display
 * name in the guild, fetched when not cached; `undefined` when they left or Discord cannot say.
 *
 * @param client - The bot's client.
 * @param guildId - The guild.
 * @returns A lookup by user id.
 */
export function memberDisplayName(
  client: Client,
  guildId: string,
): (userId: string) => Promise<string | undefined> {
  return async (userId) => {
    const guild = client.guilds.cache.get(guildId);
    const member = await guild?.members.fetch(userId).catch(() => undefined);
    return member?.displayName;
  };
}
