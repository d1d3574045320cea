import { inspect } from 'node:util';
import type { Weekday } from '@ptce/core';
import { z } from 'zod';
import { type ClockSpec, clockSpecError, parseClockSpec } from './clock.js';
import { parseDigestSchedule } from './reminders/digest.js';

/** The bot's settings, read from the environment. The token is never printed, logged or serialised. */
export interface BotConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string;
  /** REST base URL, without the version (`https://discord.com/api`). */
  readonly apiUrl: string;
  /** The data file; undefined means the embedded dataset. */
  readonly dataPath?: string;
  readonly dbPath: string;
  readonly staffRoleId?: string;
  readonly staffChannelId?: string;
  readonly clock?: ClockSpec;
  readonly httpPort?: number;
  /** Public base URL of the HTTP server (`https://agenda.example.org`), for links in messages. */
  readonly publicUrl?: string;
  /** Where and when the weekly digest is posted. */
  readonly digest?: { readonly channelId: string; readonly weekday: Weekday; readonly time: string };
  /** Days after a held meeting before staff are nudged about its compte-rendu. */
  readonly minutesAfterDays: number;
  /** Whether meetings are mirrored as Discord scheduled events. */
  readonly events: boolean;
}

/** A missing or malformed setting: one French line that names the variable. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The variables at fault, first one first. */
    readonly variables: readonly string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The environment variables the bot reads. */
export const CONFIG_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_URL',
  'PTCE_DATA',
  'PTCE_DB',
  'PTCE_STAFF_ROLE_ID',
  'PTCE_STAFF_CHANNEL_ID',
  'PTCE_CLOCK',
  'PTCE_HTTP_PORT',
  'PTCE_PUBLIC_URL',
  'PTCE_DIGEST_CHANNEL_ID',
  'PTCE_DIGEST_SCHEDULE',
  'PTCE_MINUTES_AFTER_DAYS',
  'PTCE_EVENTS',
] as const;

const DEFAULT_API_URL = 'https://discord.com/api';
const DEFAULT_DB = './data/ptce.sqlite';

const snowflake = (name: string, required: boolean) => {
  const base = z
    .string(`Réglage manquant : ${name} (identifiant Discord, 17 à 20 chiffres).`)
    .refine((v) => /^\d{17,20}$/.test(v), {
      error: (issue) =>
        `Réglage invalide : ${name} doit être un identifiant Discord de 17 à 20 chiffres, reçu « ${String(issue.input)} ».`,
    });
  return required ? base : base.optional();
};

const schema = z.object({
  DISCORD_TOKEN: z
    .string(
      'Réglage manquant : DISCORD_TOKEN (le jeton du bot, à copier depuis le portail des développeurs Discord).',
    )
    .refine(
      (v) => !/\s/.test(v),
      'Réglage invalide : DISCORD_TOKEN contient un espace ou un retour à la ligne ; recopiez le jeton du bot tel quel.',
    ),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID', true),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID', false),
  DISCORD_API_URL: z
    .string()
    .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), {
      error: (issue) =>
        `Réglage invalide : DISCORD_API_URL doit être une adresse http(s), reçu « ${String(issue.input)} ».`,
    })
    .default(DEFAULT_API_URL),
  PTCE_DATA: z.string().optional(),
  PTCE_DB: z.string().default(DEFAULT_DB),
  PTCE_STAFF_ROLE_ID: snowflake('PTCE_STAFF_ROLE_ID', false),
  PTCE_STAFF_CHANNEL_ID: snowflake('PTCE_STAFF_CHANNEL_ID', false),
  PTCE_CLOCK: z
    .string()
    .refine((v) => parseClockSpec(v) !== undefined, {
      error: (issue) => clockSpecError('Réglage PTCE_CLOCK', String(issue.input)),
    })
    .optional(),
  PTCE_HTTP_PORT: z
    .string()
    .refine((v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65_535, {
      error: (issue) =>
        `Réglage invalide : PTCE_HTTP_PORT doit être un numéro de port entre 1 et 65535, reçu « ${String(issue.input)} ».`,
    })
    .optional(),
  PTCE_PUBLIC_URL: z
    .string()
    .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), {
      error: (issue) =>
        `Réglage invalide : PTCE_PUBLIC_URL doit être une adresse http(s), reçu « ${String(issue.input)} ».`,
    })
    .optional(),
  PTCE_DIGEST_CHANNEL_ID: snowflake('PTCE_DIGEST_CHANNEL_ID', false),
  PTCE_DIGEST_SCHEDULE: z
    .string()
    .refine((v) => parseDigestSchedule(v) !== undefined, {
      error: (issue) =>
        `Réglage invalide : PTCE_DIGEST_SCHEDULE attend un jour et une heure comme « lundi 08:00 », reçu « ${String(issue.input)} ».`,
    })
    .default('lundi 08:00'),
  PTCE_MINUTES_AFTER_DAYS: z
    .string()
    .refine((v) => /^\d{1,3}$/.test(v), {
      error: (issue) =>
        `Réglage invalide : PTCE_MINUTES_AFTER_DAYS attend un nombre de jours, reçu « ${String(issue.input)} ».`,
    })
    .default('14'),
  PTCE_EVENTS: z
    .enum(['oui', 'non'], {
      error: (issue) =>
        `Réglage invalide : PTCE_EVENTS attend « oui » ou « non », reçu « ${String(issue.input)} ».`,
    })
    .default('oui'),
});

const REDACTED = '[masqué]';

function redact(text: string, token: unknown): string {
  return typeof token === 'string' && token.length > 0 ? text.replaceAll(token, REDACTED) : text;
}

/** What a config shows of itself: everything but the token. */
function publicView(config: BotConfig): Record<string, unknown> {
  return {
    token: REDACTED,
    applicationId: config.applicationId,
    guildId: config.guildId,
    apiUrl: config.apiUrl,
    dataPath: config.dataPath ?? '(jeu embarqué)',
    dbPath: config.dbPath,
    staffRoleId: config.staffRoleId,
    staffChannelId: config.staffChannelId,
    clock: config.clock,
    httpPort: config.httpPort,
    publicUrl: config.publicUrl,
    digest: config.digest,
    minutesAfterDays: config.minutesAfterDays,
    events: config.events,
  };
}

/**
 * Reads and validates the bot's settings. Empty variables count as unset.
 * @throws ConfigError with one French line naming the variable(s) at fault; never the token.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): BotConfig {
  const picked: Record<string, string> = {};
  for (const name of CONFIG_VARIABLES) {
    const value = env[name]?.trim();
    if (value) picked[name] = value;
  }
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const variables = [...new Set(issues.map((i) => String(i.path[0])))];
    const first = issues[0]?.message ?? 'Configuration invalide.';
    const more = variables.length > 1 ? ` (à corriger aussi : ${variables.slice(1).join(', ')})` : '';
    throw new ConfigError(redact(`${first}${more}`, picked.DISCORD_TOKEN), variables);
  }
  const v = parsed.data;
  const config = {
    applicationId: v.DISCORD_APPLICATION_ID,
    ...(v.DISCORD_GUILD_ID ? { guildId: v.DISCORD_GUILD_ID } : {}),
    apiUrl: v.DISCORD_API_URL.replace(/\/+$/, ''),
    ...(v.PTCE_DATA ? { dataPath: v.PTCE_DATA } : {}),
    dbPath: v.PTCE_DB,
    ...(v.PTCE_STAFF_ROLE_ID ? { staffRoleId: v.PTCE_STAFF_ROLE_ID } : {}),
    ...(v.PTCE_STAFF_CHANNEL_ID ? { staffChannelId: v.PTCE_STAFF_CHANNEL_ID } : {}),
    ...(v.PTCE_CLOCK ? { clock: parseClockSpec(v.PTCE_CLOCK)! } : {}),
    ...(v.PTCE_HTTP_PORT ? { httpPort: Number(v.PTCE_HTTP_PORT) } : {}),
    ...(v.PTCE_PUBLIC_URL ? { publicUrl: v.PTCE_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    ...(v.PTCE_DIGEST_CHANNEL_ID
      ? { digest: { channelId: v.PTCE_DIGEST_CHANNEL_ID, ...parseDigestSchedule(v.PTCE_DIGEST_SCHEDULE)! } }
      : {}),
    minutesAfterDays: Number(v.PTCE_MINUTES_AFTER_DAYS),
    events: v.PTCE_EVENTS === 'oui',
  } as BotConfig;
  // The token is readable by the code that needs it, but invisible to JSON, string and inspect.
  Object.defineProperty(config, 'token', { value: v.DISCORD_TOKEN, enumerable: false });
  Object.defineProperties(config, {
    toJSON: { value: () => publicView(config), enumerable: false },
    toString: { value: () => `BotConfig ${JSON.stringify(publicView(config))}`, enumerable: false },
    [inspect.custom]: { value: () => `BotConfig ${inspect(publicView(config))}`, enumerable: false },
  });
  return Object.freeze(config);
}

/** Replaces the config's token wherever it appears in a text (error messages from libraries). */
export function redactToken(text: string, config: Pick<BotConfig, 'token'>): string {
  return redact(text, config.token);
}
