import { DEFAULT_GUILD_SETTINGS, GuildSettings } from '../guild-settings.js';
import type { DigestSchedule } from '../reminders/digest.js';
import type { Store } from '../store/index.js';

/**
 * A guild's settings in force: what its staff set with `/parametres`, over the environment's
 * values for the seeded guild (`DISCORD_GUILD_ID`) or the defaults for any other.
 *
 * @param store - The bot's store.
 * @param guildId - The guild.
 * @param seed - The environment's settings, for the seeded guild only.
 * @returns The settings.
 */
export function guildSettingsOf(store: Store, guildId: string, seed?: GuildSettings): GuildSettings {
  return GuildSettings.parse({ ...(seed ?? DEFAULT_GUILD_SETTINGS), ...store.guildSettings(guildId) });
}

/**
 * The digest schedule of a guild's settings, as the digest job takes it.
 *
 * @param settings - The guild's settings.
 * @returns The schedule, or `undefined` when the guild has no digest.
 */
export function digestScheduleOf(settings: GuildSettings): DigestSchedule | undefined {
  const { digest } = settings;
  if (!digest) return undefined;
  return 'weekday' in digest.timing
    ? { channelId: digest.channelId, weekday: digest.timing.weekday, time: digest.timing.time }
    : { channelId: digest.channelId, monthDays: digest.timing.monthDays, time: digest.timing.time };
}
