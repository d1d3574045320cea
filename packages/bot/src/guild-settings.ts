import { ReminderRule } from '@ptce/core';
import * as z from 'zod';
import type { BotConfig } from './config.js';

/** A Discord id as stored in the guild settings. */
const DiscordId = z
  .string()
  .regex(/^\d{17,20}$/, { message: 'identifiant Discord de 17 à 20 chiffres attendu' });

/** When the digest comes: a weekday, or days of the month (1 to 28), at a local time. */
const DigestTimingSetting = z.union([
  z.strictObject({
    weekday: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  }),
  z.strictObject({
    monthDays: z.array(z.number().int().min(1).max(28)).min(1).max(4),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  }),
]);

/**
 * The settings of one guild (one PTCE): who its staff are, where the staff messages and the
 * digest go, the compte-rendu nudge, the events mirror, the default reminder rules and the time
 * zone. They live in the store (`/parametres`); for the guild named by `DISCORD_GUILD_ID`, the
 * environment variables above give the starting values (see {@link seedGuildSettings}).
 */
export const GuildSettings = z.strictObject({
  /** Roles whose members count as staff, besides those who may manage the server. */
  staffRoleIds: z.array(DiscordId).max(10).default([]),
  staffChannelId: DiscordId.optional(),
  digest: z.strictObject({ channelId: DiscordId, timing: DigestTimingSetting }).optional(),
  /** Days after a held meeting before staff are nudged about its compte-rendu. */
  minutesAfterDays: z.number().int().min(0).max(365).default(14),
  /** Whether meetings are mirrored as Discord scheduled events. */
  events: z.boolean().default(true),
  /** Replaces the data file's default reminder rules, when set. */
  reminderRules: z.array(ReminderRule).max(10).optional(),
  /** Replaces the data file's time zone, when set. */
  timeZone: z
    .string()
    .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', {
      message: 'fuseau horaire IANA attendu, comme « Europe/Paris »',
    })
    .optional(),
});

/** The settings of one guild. */
export type GuildSettings = z.output<typeof GuildSettings>;

/** A change to a guild's settings: only the fields given change; `null` clears an optional one. */
export type GuildSettingsChange = {
  readonly [K in keyof GuildSettings]?: GuildSettings[K] | null;
};

/**
 * The settings the environment gives the guild named by `DISCORD_GUILD_ID` (and, without it,
 * every guild that has none of its own): today's single-PTCE deployment, unchanged.
 */
export function seedGuildSettings(config: BotConfig): GuildSettings {
  return GuildSettings.parse({
    staffRoleIds: config.staffRoleId ? [config.staffRoleId] : [],
    ...(config.staffChannelId ? { staffChannelId: config.staffChannelId } : {}),
    ...(config.digest
      ? {
          digest: {
            channelId: config.digest.channelId,
            timing:
              'weekday' in config.digest
                ? { weekday: config.digest.weekday, time: config.digest.time }
                : { monthDays: config.digest.monthDays, time: config.digest.time },
          },
        }
      : {}),
    minutesAfterDays: config.minutesAfterDays,
    events: config.events,
  });
}

/** The settings of a guild nobody configured yet. */
export const DEFAULT_GUILD_SETTINGS: GuildSettings = GuildSettings.parse({});
