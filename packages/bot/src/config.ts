import { inspect } from 'node:util';
import * as z from 'zod';
import { clockSpecError, parseClockSpec } from './clock.js';
import { parseDigestSchedule } from './reminders/digest.js';
import { DEFAULT_DB_PATH } from './store/default-db-path.js';

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

const snowflake = (name: string) =>
  z
    .string(`Réglage manquant : ${name} (identifiant Discord, 17 à 20 chiffres).`)
    .refine((v) => /^\d{17,20}$/.test(v), {
      error: (issue) =>
        `Réglage invalide : ${name} doit être un identifiant Discord de 17 à 20 chiffres, reçu « ${String(issue.input)} ».`,
    });

/** An http(s) address, without its trailing slashes. */
const httpUrl = (name: string) =>
  z
    .string()
    .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), {
      error: (issue) =>
        `Réglage invalide : ${name} doit être une adresse http(s), reçu « ${String(issue.input)} ».`,
    })
    .transform((v) => v.replace(/\/+$/, ''));

/** A text read by `parse` once: its result, or the French `error` as the issue. */
const parsedWith = <T>(parse: (text: string) => T | undefined, error: (text: string) => string) =>
  z.string().transform((text, ctx): T => {
    const value = parse(text);
    if (value !== undefined) return value;
    ctx.issues.push({ code: 'custom', message: error(text), input: text });
    return z.NEVER;
  });

/** How many shards the bot runs in: `auto` (Discord's advice) or a count. */
export type ShardCount = 'auto' | number;

/**
 * Reads `--shards` or `PTCE_SHARDS`: `auto`, or a whole number of shards from 1 to 10 000.
 * @param text - The value as typed.
 * @returns The count, or `undefined` when the text is neither.
 * @example
 * parseShardCount('4')
 * //=> 4
 */
export function parseShardCount(text: string): ShardCount | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'auto') return 'auto';
  if (!/^\d{1,5}$/.test(value)) return undefined;
  const count = Number(value);
  return count >= 1 && count <= 10_000 ? count : undefined;
}

/**
 * The environment variables the bot reads, each with its check and conversion. Empty values are
 * dropped before parsing, so they count as unset.
 */
const BotEnv = z.object({
  DISCORD_TOKEN: z
    .string(
      'Réglage manquant : DISCORD_TOKEN (le jeton du bot, à copier depuis le portail des développeurs Discord).',
    )
    .refine(
      (v) => !/\s/.test(v),
      'Réglage invalide : DISCORD_TOKEN contient un espace ou un retour à la ligne ; recopiez le jeton du bot tel quel.',
    ),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID'),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  DISCORD_API_URL: httpUrl('DISCORD_API_URL').default('https://discord.com/api'),
  PTCE_DATA: z.string().optional(),
  PTCE_DB: z.string().default(DEFAULT_DB_PATH),
  PTCE_STAFF_ROLE_ID: snowflake('PTCE_STAFF_ROLE_ID').optional(),
  PTCE_STAFF_CHANNEL_ID: snowflake('PTCE_STAFF_CHANNEL_ID').optional(),
  PTCE_CLOCK: parsedWith(parseClockSpec, (v) => clockSpecError('Réglage PTCE_CLOCK', v)).optional(),
  PTCE_HTTP_PORT: z
    .string()
    .refine((v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65_535, {
      error: (issue) =>
        `Réglage invalide : PTCE_HTTP_PORT doit être un numéro de port entre 1 et 65535, reçu « ${String(issue.input)} ».`,
    })
    .transform(Number)
    .optional(),
  PTCE_PUBLIC_URL: httpUrl('PTCE_PUBLIC_URL').optional(),
  PTCE_DIGEST_CHANNEL_ID: snowflake('PTCE_DIGEST_CHANNEL_ID').optional(),
  PTCE_DIGEST_SCHEDULE: parsedWith(
    parseDigestSchedule,
    (v) =>
      `Réglage invalide : PTCE_DIGEST_SCHEDULE attend un jour et une heure comme « lundi 08:00 », reçu « ${v} ».`,
  ).default({ weekday: 'MO', time: '08:00' }),
  PTCE_MINUTES_AFTER_DAYS: z
    .string()
    .refine((v) => /^\d{1,3}$/.test(v), {
      error: (issue) =>
        `Réglage invalide : PTCE_MINUTES_AFTER_DAYS attend un nombre de jours, reçu « ${String(issue.input)} ».`,
    })
    .transform(Number)
    .default(14),
  PTCE_BACKUP_DIR: z.string().optional(),
  PTCE_BACKUP_KEEP: z
    .string()
    .refine((v) => /^\d{1,3}$/.test(v) && Number(v) >= 1, {
      error: (issue) =>
        `Réglage invalide : PTCE_BACKUP_KEEP attend un nombre de sauvegardes à garder (1 à 999), reçu « ${String(issue.input)} ».`,
    })
    .transform(Number)
    .default(7),
  PTCE_SHARDS: parsedWith(
    parseShardCount,
    (v) =>
      `Réglage invalide : PTCE_SHARDS attend « auto » ou un nombre de shards (1 à 10000), reçu « ${v} ».`,
  ).optional(),
  PTCE_EVENTS: z
    .enum(['oui', 'non'], {
      error: (issue) =>
        `Réglage invalide : PTCE_EVENTS attend « oui » ou « non », reçu « ${String(issue.input)} ».`,
    })
    .default('oui')
    .transform((v) => v === 'oui'),
});

/**
 * The bot's settings: the environment variables checked, converted and named for the code. The
 * token is never printed, logged or serialised (see `loadConfig`).
 */
export const BotConfig = BotEnv.transform((v) => ({
  token: v.DISCORD_TOKEN,
  applicationId: v.DISCORD_APPLICATION_ID,
  ...(v.DISCORD_GUILD_ID ? { guildId: v.DISCORD_GUILD_ID } : {}),
  /** REST base URL, without the version (`https://discord.com/api`). */
  apiUrl: v.DISCORD_API_URL,
  /** The data file; undefined means the embedded dataset. */
  ...(v.PTCE_DATA ? { dataPath: v.PTCE_DATA } : {}),
  dbPath: v.PTCE_DB,
  ...(v.PTCE_STAFF_ROLE_ID ? { staffRoleId: v.PTCE_STAFF_ROLE_ID } : {}),
  ...(v.PTCE_STAFF_CHANNEL_ID ? { staffChannelId: v.PTCE_STAFF_CHANNEL_ID } : {}),
  ...(v.PTCE_CLOCK ? { clock: v.PTCE_CLOCK } : {}),
  ...(v.PTCE_HTTP_PORT ? { httpPort: v.PTCE_HTTP_PORT } : {}),
  /** Public base URL of the HTTP server (`https://agenda.example.org`), for links in messages. */
  ...(v.PTCE_PUBLIC_URL ? { publicUrl: v.PTCE_PUBLIC_URL } : {}),
  /** Where and when the weekly digest is posted. */
  ...(v.PTCE_DIGEST_CHANNEL_ID
    ? { digest: { channelId: v.PTCE_DIGEST_CHANNEL_ID, ...v.PTCE_DIGEST_SCHEDULE } }
    : {}),
  /** Days after a held meeting before staff are nudged about its compte-rendu. */
  minutesAfterDays: v.PTCE_MINUTES_AFTER_DAYS,
  /** Where one backup a day is kept, and how many are kept. */
  ...(v.PTCE_BACKUP_DIR ? { backup: { dir: v.PTCE_BACKUP_DIR, keep: v.PTCE_BACKUP_KEEP } } : {}),
  /** Whether meetings are mirrored as Discord scheduled events. */
  events: v.PTCE_EVENTS,
  /** Run under discord.js's ShardingManager, one process per shard (`auto`: as Discord advises). */
  ...(v.PTCE_SHARDS === undefined ? {} : { shards: v.PTCE_SHARDS }),
}));

/** The bot's settings, read from the environment. */
export type BotConfig = Readonly<z.output<typeof BotConfig>>;

/** The environment variables the bot reads. */
export const CONFIG_VARIABLES = Object.keys(BotEnv.shape) as readonly (keyof typeof BotEnv.shape)[];

const REDACTED = '[masqué]';

function redact(text: string, token: unknown): string {
  return typeof token === 'string' && token.length > 0 ? text.replaceAll(token, REDACTED) : text;
}

/** What a config shows of itself: every setting, the token masked. */
function publicView(config: BotConfig): Record<string, unknown> {
  return { ...config, token: REDACTED, dataPath: config.dataPath ?? '(jeu embarqué)' };
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
  const parsed = BotConfig.safeParse(picked);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const variables = [...new Set(issues.map((i) => String(i.path[0])))];
    const first = issues[0]?.message ?? 'Configuration invalide.';
    const more = variables.length > 1 ? ` (à corriger aussi : ${variables.slice(1).join(', ')})` : '';
    throw new ConfigError(redact(`${first}${more}`, picked.DISCORD_TOKEN), variables);
  }
  const { token, ...settings } = parsed.data;
  const config = settings as BotConfig;
  // The token is readable by the code that needs it, but invisible to JSON, string and inspect.
  Object.defineProperties(config, {
    token: { value: token, enumerable: false },
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

export {
  DEFAULT_GUILD_SETTINGS,
  GuildSettings,
  type GuildSettingsChange,
  seedGuildSettings,
} from './guild-settings.js';
