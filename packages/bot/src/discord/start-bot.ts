import type { Registry } from '@ptce/core';
import { type Client, Events, GatewayCloseCodes } from 'discord.js';
import { type Clock, type ClockSpec, clockFromSpec } from '../clock.js';
import { type BotConfig, redactToken } from '../config.js';
import { loadRegistry } from '../data/load-data.js';
import { overlaidDataset } from '../data/overlaid-dataset.js';
import { type HttpServer, startHttpServer } from '../http/index.js';
import { GuildJobs } from '../reminders/guild-jobs.js';
import { discordSender } from '../reminders/reminder-sender.js';
import { openStore, type Store } from '../store/index.js';
import type { BotServices } from './bot-services.js';
import { BotStartError } from './bot-start-error.js';
import { attendanceCountsRefresher } from './components/attendance-counts-refresher.js';
import { createClient } from './create-client.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';
import { liveDataset, type ReloadOutcome } from './live-dataset.js';
import { createLogger, type Logger } from './logger.js';
import { registerCommands } from './register-commands.js';
import { datasetSummary, reloadReply } from './reload-reply.js';
import { replyMessage } from './reply-message.js';
import { SLASH_COMMANDS } from './slash-commands.js';

/** Options of {@link startBot}; only `config` is required. */
export interface StartBotOptions {
  readonly config: BotConfig;
  /** Overrides `config.clock` (the `--clock` option). */
  readonly clockSpec?: ClockSpec;
  /** A ready-made clock (tests); wins over both specs. */
  readonly clock?: Clock;
  /** Default: one line per event on stderr, token masked. */
  readonly logger?: Logger;
  /** The regional registry; default the bundled one, `null` for none. */
  readonly registry?: Registry | null;
  /** Give up when Discord has not said "ready" within this many ms (default 60 000). */
  readonly readyTimeoutMs?: number;
}

/** A running bot. */
export interface BotHandle {
  readonly client: Client<true>;
  readonly services: BotServices;
  /** The SQLite store at `PTCE_DB`, closed by `stop()`. */
  readonly store: Store;
  /** The automated jobs (reminders, digest, events mirror) of each guild. */
  readonly jobs: ReadonlyMap<string, GuildJobs>;
  /** Re-reads the data file (what SIGHUP and `/donnees recharger` do). */
  reload(origin: string): Promise<ReloadOutcome>;
  /** Destroys the client and closes the store; safe to call twice. */
  stop(): Promise<void>;
}

const FATAL_CLOSE: Record<number, string> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    'Discord a refusé le jeton du bot (DISCORD_TOKEN) : vérifiez-le ou régénérez-le dans le portail des développeurs.',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord refuse l’accès au contenu des messages : activez « Message Content Intent » dans l’onglet Bot du portail des développeurs.',
  [GatewayCloseCodes.InvalidIntents]: 'Discord refuse les intents demandés par le bot.',
};

function startError(error: unknown, config: BotConfig): BotStartError {
  const code = (error as { code?: unknown }).code;
  if (code === 'TokenInvalid' || (error as { status?: number }).status === 401) {
    return new BotStartError(FATAL_CLOSE[GatewayCloseCodes.AuthenticationFailed]!);
  }
  const detail = redactToken(error instanceof Error ? error.message : String(error), config);
  return new BotStartError(`Connexion à Discord impossible (${config.apiUrl}) : ${detail}`);
}

/** Waits for `ready`, failing fast on a close code the client will never recover from. */
function whenReady(client: Client, timeoutMs: number): { promise: Promise<void>; cancel(): void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new BotStartError(`Discord n’a pas confirmé la connexion en ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    const onReady = () => {
      cancel();
      resolve();
    };
    const onDisconnect = (event: { code: number }) => {
      cancel();
      reject(
        new BotStartError(FATAL_CLOSE[event.code] ?? `Discord a fermé la connexion (code ${event.code}).`),
      );
    };
    client.once(Events.ClientReady, onReady);
    client.once(Events.ShardDisconnect, onDisconnect);
    cancel = () => {
      clearTimeout(timer);
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardDisconnect, onDisconnect);
    };
  });
  promise.catch(() => {});
  return { promise, cancel: () => cancel() };
}

/**
 * Starts the bot: loads the data, logs in, answers slash commands, autocomplete, mentions and DMs,
 * and syncs the commands on `DISCORD_GUILD_ID` when set. This is what `ptce bot` runs.
 * @throws DataLoadError when the data file is invalid, BotStartError when Discord refuses the bot.
 */
export async function startBot(options: StartBotOptions): Promise<BotHandle> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ secrets: [config.token] });
  const data = liveDataset(config.dataPath);
  const clock = options.clock ?? clockFromSpec(options.clockSpec ?? config.clock, data.current.timeZone);
  const registry = options.registry === null ? undefined : (options.registry ?? loadRegistry());
  const store = openStore(config.dbPath, { logger: { info: (message) => logger.info(message) } });
  const client = createClient(config);

  const notifyStaff = async (outcome: ReloadOutcome) => {
    if (outcome.ok || !config.staffChannelId) return;
    try {
      const channel = await client.channels.fetch(config.staffChannelId);
      if (!channel?.isSendable()) throw new Error('salon introuvable ou sans droit d’écriture');
      await channel.send(replyMessage(reloadReply(outcome, data.current)));
    } catch (error) {
      logger.warn('staff channel not told about the failed reload', {
        channel: config.staffChannelId,
        error,
      });
    }
  };

  let calendarUrl: string | undefined = config.publicUrl ? `${config.publicUrl}/calendar.ics` : undefined;
  // DMs have no guild: they see the configured guild's meetings (or the first guild's).
  const homeGuild = () => config.guildId ?? client.guilds.cache.first()?.id;
  const services: BotServices = {
    data,
    clock,
    logger,
    store,
    get calendarUrl() {
      return calendarUrl;
    },
    homeGuildId: homeGuild,
    dataset(guildId) {
      const guild = guildId ?? homeGuild();
      return guild ? overlaidDataset(data.current, store, guild) : data.current;
    },
    ...(config.staffChannelId ? { staffChannelId: config.staffChannelId } : {}),
    ...(registry ? { registry } : {}),
    ...(config.staffRoleId ? { staffRoleId: config.staffRoleId } : {}),
    async reload(origin) {
      const outcome = data.reload();
      if (outcome.ok) {
        logger.info('data reloaded', { origin, data: datasetSummary(outcome.dataset) });
      } else {
        logger.warn('data reload refused, keeping the previous data', {
          origin,
          reason: outcome.error.message,
          errors: outcome.error.errors.length,
        });
        await notifyStaff(outcome);
      }
      return outcome;
    },
  };

  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, SLASH_COMMANDS, services).catch((error: unknown) =>
      logger.error('interaction handler crashed', { error }),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, services).catch((error: unknown) =>
      logger.error('message handler crashed', { error }),
    );
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn('gateway closed', { shard, code: event.code }),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));

  let stopped = false;
  let started = false;
  const jobs = new Map<string, GuildJobs>();
  let http: HttpServer | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    attendanceCountsRefresher(services, client.rest).stop();
    await Promise.all([...jobs.values()].map((j) => j.stop()));
    await http?.close();
    await client.destroy();
    store.close();
    if (started) logger.info('bot stopped');
  };

  const ready = whenReady(client, options.readyTimeoutMs ?? 60_000);
  try {
    await client.login(config.token);
    await ready.promise;
  } catch (error) {
    ready.cancel();
    await stop().catch(() => {});
    throw error instanceof BotStartError ? error : startError(error, config);
  }

  if (config.guildId) {
    try {
      const registered = await registerCommands(config, { guildId: config.guildId }, client.rest);
      logger.info('slash commands synced', { guild: config.guildId, commands: registered.names.length });
    } catch (error) {
      logger.warn('slash commands not synced', { guild: config.guildId, error });
    }
  }
  if (config.httpPort !== undefined) {
    try {
      http = await startHttpServer({
        port: config.httpPort,
        getDataset: () => services.dataset(undefined),
        getSequence: (meeting) => {
          const guild = homeGuild();
          return guild ? (store.getMeeting(guild, meeting.id)?.revision ?? 0) : 0;
        },
        now: () => clock.now(),
        logger,
      });
      calendarUrl ??= `${http.url}/calendar.ics`;
      logger.info('calendar feed served', { url: `${http.url}/calendar.ics` });
    } catch (error) {
      logger.error('calendar feed not served', { port: config.httpPort, error });
    }
  }

  const sender = discordSender(client.rest);
  const startJobs = (guildId: string) => {
    if (jobs.has(guildId) || stopped) return;
    const job = new GuildJobs({
      guildId,
      store,
      dataset: () => services.dataset(guildId),
      clock,
      sender,
      rest: client.rest,
      logger,
      ...(config.staffChannelId ? { staffChannelId: config.staffChannelId } : {}),
      ...(calendarUrl ? { calendarUrl } : {}),
      ...(config.digest ? { digest: config.digest } : {}),
      minutesAfterDays: config.minutesAfterDays,
      events: config.events,
    });
    jobs.set(guildId, job);
    job.start();
  };
  for (const guildId of client.guilds.cache.keys()) startJobs(guildId);
  // Counts whose edit a restart interrupted are brought up to date.
  const counts = attendanceCountsRefresher(services, client.rest);
  for (const guildId of client.guilds.cache.keys()) counts.catchUp(guildId);
  client.on(Events.GuildCreate, (guild) => startJobs(guild.id));

  started = true;
  const readyClient = client as Client<true>;
  logger.info('bot ready', {
    user: readyClient.user.tag,
    guilds: readyClient.guilds.cache.size,
    data: datasetSummary(data.current),
    now: clock.now().toISOString(),
    speed: clock.speed,
  });
  return {
    client: readyClient,
    services,
    store,
    jobs,
    reload: (origin) => services.reload(origin),
    stop,
  };
}
