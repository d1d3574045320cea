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
import { ownsGuild, shardScopeOf } from '../discord/guild-shard.js';
import { handleInteraction } from '../discord/handle-interaction.js';
import { handleMessage } from '../discord/handle-message.js';
import { liveDataset, type ReloadOutcome } from '../discord/live-dataset.js';
import { loginClient } from '../discord/login-client.js';
import { registerCommands } from '../discord/register-commands.js';
import { datasetSummary, reloadReply } from '../discord/reload-reply.js';
import { replyMessage } from '../discord/reply-message.js';
import { SLASH_COMMANDS } from '../discord/slash-commands.js';
import { seedGuildSettings } from '../guild-settings.js';
import { guildSites } from '../http/guild-sites.js';
import { type HttpServer, startHttpServer } from '../http/index.js';
import { createLogger, type Logger } from '../logger.js';
import { GuildJobs } from '../reminders/guild-jobs.js';
import { discordSender } from '../reminders/reminder-sender.js';
import { openStore, type Store, StoreError } from '../store/index.js';
import { GuildDatasets } from '../tenancy/guild-datasets.js';
import { digestScheduleOf, guildSettingsOf } from '../tenancy/guild-settings-of.js';
import { welcomeGuild } from '../tenancy/welcome-guild.js';

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
  // Under `ptce bot --shards`, this process connects one shard: it runs the jobs of that shard's
  // guilds only, and shard 0 alone serves the web pages and keeps the backups.
  const scope = shardScopeOf(client);
  const sharded = scope.count > 1;
  const firstShard = scope.ids.includes(0);
  const ownsSeededGuild = config.guildId !== undefined && ownsGuild(scope, config.guildId);

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
  // A shard sees only its own guilds: one guild in its cache is not one guild in the bot.
  const homeGuild = () =>
    config.guildId ??
    (!sharded && client.guilds.cache.size === 1 ? client.guilds.cache.first()?.id : undefined);
  const seed = seedGuildSettings(config);
  const guildData = new GuildDatasets({ store, homeGuild, shared: () => data.current });
  const jobs = new Map<string, GuildJobs>();
  let startJobs: (guildId: string) => void = () => {};
  // The guilds of every shard that are still joined, for the pages shard 0 serves.
  const boundGuilds = () => store.guildBindings().flatMap((b) => (b.leftAt ? [] : [b.guildId]));
  const services: BotServices = {
    data,
    guildData,
    settings: (guildId) => guildSettingsOf(store, guildId, guildId === homeGuild() ? seed : undefined),
    guildChanged(guildId) {
      const job = jobs.get(guildId);
      jobs.delete(guildId);
      void (job ? job.stop() : Promise.resolve()).then(() => startJobs(guildId));
    },
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
      if (!guild) return data.current;
      return overlaidDataset(guildData.forGuild(guild) ?? data.current, store, guild);
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
  let http: HttpServer | undefined;
  let backups: DailyBackups | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    attendanceCountsRefresher(services, client.rest).stop();
    if (purgeTimer) clock.clearTimeout(purgeTimer);
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

  if (config.guildId && ownsSeededGuild) {
    // The environment seeds one guild: today's single-PTCE deployment, unchanged.
    const bound = store.guildBinding(config.guildId);
    if (bound?.source !== 'upload') {
      try {
        store.bindGuild(config.guildId, { ptceId: data.current.ptce.id, source: 'env' }, clock.now());
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'ptce-taken')) throw error;
        logger.warn('seeded guild not bound: its PTCE already belongs to another guild', {
          guild: config.guildId,
          ptce: data.current.ptce.id,
        });
      }
    }
  }
  if (config.guildId && ownsSeededGuild) {
    try {
      const registered = await registerCommands(config, { guildId: config.guildId }, client.rest);
      logger.info('slash commands synced', { guild: config.guildId, commands: registered.names.length });
    } catch (error) {
      logger.warn('slash commands not synced', { guild: config.guildId, error });
    }
  }
  if (config.httpPort !== undefined && !firstShard) {
    // Shard 0 serves the pages on this port; the reminders of this shard link to the same feed.
    calendarUrl ??= `http://127.0.0.1:${config.httpPort}/calendar.ics`;
  }
  if (config.httpPort !== undefined && firstShard) {
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
        // Each guild's PTCE has its pages and feeds at /<ptce-id>/: only guilds with data.
        sites: guildSites({
          guilds: () =>
            new Set(
              [homeGuild(), ...(sharded ? boundGuilds() : client.guilds.cache.keys())].filter(
                (g): g is string => g !== undefined && guildData.isSetUp(g),
              ),
            ),
          dataset: (guildId) => services.dataset(guildId),
          base: () => data.current,
          revision: (guildId, meetingId) => store.getMeeting(guildId, meetingId)?.revision,
        }),
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      });
      calendarUrl ??= `${http.url}/calendar.ics`;
      logger.info('calendar feed served', { url: `${http.url}/calendar.ics` });
    } catch (error) {
      logger.error('calendar feed not served', { port: config.httpPort, error });
    }
  }

  const sender = discordSender(client.rest);
  startJobs = (guildId: string) => {
    // A guild without a PTCE has nothing to remind: its jobs start when its data are imported.
    if (jobs.has(guildId) || stopped || !ownsGuild(scope, guildId) || !guildData.isSetUp(guildId)) return;
    const settings = services.settings(guildId);
    const digest = digestScheduleOf(settings);
    const job = new GuildJobs({
      guildId,
      store,
      dataset: () => services.dataset(guildId),
      clock,
      sender,
      rest: client.rest,
      logger,
      ...(settings.staffChannelId ? { staffChannelId: settings.staffChannelId } : {}),
      ...(calendarUrl && guildId === homeGuild() ? { calendarUrl } : {}),
      ...(digest ? { digest } : {}),
      minutesAfterDays: settings.minutesAfterDays,
      events: settings.events,
    });
    jobs.set(guildId, job);
    job.start();
  };
  for (const guildId of client.guilds.cache.keys()) startJobs(guildId);
  // Counts whose edit a restart interrupted are brought up to date.
  const counts = attendanceCountsRefresher(services, client.rest);
  for (const guildId of client.guilds.cache.keys()) counts.catchUp(guildId);
  if (config.backup && config.dbPath !== ':memory:' && firstShard) {
    backups = new DailyBackups({ dbPath: config.dbPath, ...config.backup, clock, logger });
    backups.start();
  }
  // A guild the bot left 30 days ago loses its data, as its staff were told.
  const purgeLeftGuilds = () => {
    const cutoff = new Date(clock.now().getTime() - 30 * 86_400_000);
    for (const guildId of store.guildsLeftBefore(cutoff).filter((g) => ownsGuild(scope, g))) {
      const rows = store.purgeGuild(guildId);
      guildData.forget(guildId);
      logger.info('guild purged 30 days after the bot left it', { guild: guildId, rows });
    }
  };
  let purgeTimer: ReturnType<Clock['setTimeout']> | undefined;
  const schedulePurge = () => {
    purgeTimer = clock.setTimeout(() => {
      if (stopped) return;
      try {
        purgeLeftGuilds();
      } catch (error) {
        logger.warn('left guilds not purged', { error });
      }
      schedulePurge();
    }, 86_400_000);
  };
  try {
    purgeLeftGuilds();
  } catch (error) {
    logger.warn('left guilds not purged', { error });
  }
  schedulePurge();
  client.on(Events.GuildCreate, (guild) => {
    if (store.markGuildLeft(guild.id, false)) logger.info('guild back', { guild: guild.id });
    if (guildData.isSetUp(guild.id)) startJobs(guild.id);
    else
      welcomeGuild(guild, logger).catch((error: unknown) =>
        logger.warn('welcome not delivered', { guild: guild.id, error }),
      );
  });
  client.on(Events.GuildDelete, (guild) => {
    const job = jobs.get(guild.id);
    jobs.delete(guild.id);
    void job?.stop();
    if (store.markGuildLeft(guild.id, true, clock.now()))
      logger.info('guild left, its data are kept 30 days', { guild: guild.id });
  });

  started = true;
  const readyClient = client as Client<true>;
  logger.info('bot ready', {
    user: readyClient.user.tag,
    guilds: readyClient.guilds.cache.size,
    data: datasetSummary(data.current),
    now: clock.now().toISOString(),
    speed: clock.speed,
    ...(sharded ? { shard: scope.ids.join(','), shards: scope.count } : {}),
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
