import type { Registry } from '@ptce/core';
import { type Client, Events } from 'discord.js';
import { DailyBackups } from '../backups/daily-backups.js';
import { type Clock, type ClockSpec, clockFromSpec } from '../clock.js';
import type { BotConfig } from '../config.js';
import { conversationMemories } from '../conversation/conversation-memories.js';
import { loadRegistry } from '../data/load-data.js';
import { overlaidDataset } from '../data/overlaid-dataset.js';
import type { BotServices } from '../discord/bot-services.js';
import { attendanceCountsRefresher } from '../discord/components/attendance-counts-refresher.js';
import { createClient } from '../discord/create-client.js';
import { handleInteraction } from '../discord/handle-interaction.js';
import { handleMessage } from '../discord/handle-message.js';
import { liveDataset, type ReloadOutcome } from '../discord/live-dataset.js';
import { loginClient } from '../discord/login-client.js';
import { registerCommands } from '../discord/register-commands.js';
import { datasetSummary, reloadReply } from '../discord/reload-reply.js';
import { replyMessage } from '../discord/reply-message.js';
import { SLASH_COMMANDS } from '../discord/slash-commands.js';
import { type HttpServer, startHttpServer } from '../http/index.js';
import { createLogger, type Logger } from '../logger.js';
import { GuildJobs } from '../reminders/guild-jobs.js';
import { discordSender } from '../reminders/reminder-sender.js';
import { openStore, type Store } from '../store/index.js';

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
  // DMs and the feed have no guild: they see the PTCE's guild's meetings, never another guild's.
  const homeGuild = () =>
    config.guildId ?? (client.guilds.cache.size === 1 ? client.guilds.cache.first()?.id : undefined);
  const services: BotServices = {
    data,
    clock,
    logger,
    store,
    conversations: conversationMemories(),
    get calendarUrl() {
      return calendarUrl;
    },
    get ptceGuildId() {
      return homeGuild();
    },
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
  let backups: DailyBackups | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    attendanceCountsRefresher(services, client.rest).stop();
    await Promise.all([...jobs.values()].map((j) => j.stop()));
    await backups?.stop();
    await http?.close();
    await client.destroy();
    store.close();
    if (started) logger.info('bot stopped');
  };

  try {
    await loginClient(client, config, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await stop().catch(() => {});
    throw error;
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
  if (config.backup && config.dbPath !== ':memory:') {
    backups = new DailyBackups({ dbPath: config.dbPath, ...config.backup, clock, logger });
    backups.start();
  }
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
