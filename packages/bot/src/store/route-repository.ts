import { Id } from '@ptce/core';
import type Database from 'better-sqlite3';
import type { GuildParams } from './guild-params.js';
import { StoreError } from './store-error.js';
import type { ReminderRoute } from './store-records.js';

interface RouteRow {
  target: string;
  channel_id: string;
  role_id: string | null;
}

/** Where each body's or group's reminders are posted (table `reminder_routes`). */
export interface RouteRepository {
  /**
   * Routes a target's reminders to a channel, optionally mentioning a role. Setting the same
   * target and channel again replaces the role.
   *
   * @param guild - The Discord guild id.
   * @param route - The body or group id (or `'*'` for all), the channel and the role.
   * @param now - When it changed.
   * @returns Nothing.
   * @example
   * store.setRoute('123', { target: 'ca', channelId: '456', roleId: '789' })
   * //=> undefined
   */
  setRoute(guild: string, route: ReminderRoute, now?: Date): void;

  /**
   * Removes a target's route to one channel, or to all its channels.
   *
   * @param guild - The Discord guild id.
   * @param target - The body or group id, or `'*'`.
   * @param channelId - The channel; all of the target's channels when omitted.
   * @returns How many routes were removed.
   * @example
   * store.removeRoute('123', 'ca')
   * //=> 1
   */
  removeRoute(guild: string, target: string, channelId?: string): number;

  /**
   * Lists the guild's routes by target, then channel.
   *
   * @param guild - The Discord guild id.
   * @returns The routes.
   * @example
   * store.listRoutes('123')
   * //=> [{ target: '*', channelId: '111' }, { target: 'ca', channelId: '456', roleId: '789' }]
   */
  listRoutes(guild: string): ReminderRoute[];

  /**
   * The channels a target's reminders go to: its own routes, then the `'*'` routes to other
   * channels. One route per channel, so a reminder is never posted twice in a channel.
   *
   * @param guild - The Discord guild id.
   * @param target - The body or group id.
   * @returns The routes that apply.
   * @example
   * store.routesFor('123', 'ca')
   * //=> [{ target: 'ca', channelId: '456', roleId: '789' }, { target: '*', channelId: '111' }]
   */
  routesFor(guild: string, target: string): ReminderRoute[];
}

function toRoute(row: RouteRow): ReminderRoute {
  return row.role_id === null
    ? { target: row.target, channelId: row.channel_id }
    : { target: row.target, channelId: row.channel_id, roleId: row.role_id };
}

/**
 * The reminder routes over an open, migrated connection.
 *
 * @param db - The store's connection.
 * @returns The repository.
 */
export function routeRepository(db: Database.Database): RouteRepository {
  const set = db.prepare<
    GuildParams & { target: string; channelId: string; roleId: string | null; now: string }
  >(
    `INSERT INTO reminder_routes (guild_id, target, channel_id, role_id, updated_at)
     VALUES (@guild, @target, @channelId, @roleId, @now)
     ON CONFLICT (guild_id, target, channel_id) DO UPDATE SET
       role_id = excluded.role_id, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<GuildParams & { target: string; channelId: string | null }>(
    `DELETE FROM reminder_routes
     WHERE guild_id = @guild AND target = @target AND (@channelId IS NULL OR channel_id = @channelId)`,
  );
  const list = db.prepare<GuildParams, RouteRow>(
    `SELECT target, channel_id, role_id FROM reminder_routes WHERE guild_id = @guild
     ORDER BY target, channel_id`,
  );
  const forTarget = db.prepare<GuildParams & { target: string }, RouteRow>(
    `SELECT target, channel_id, role_id FROM reminder_routes
     WHERE guild_id = @guild AND target IN (@target, '*')
     ORDER BY target = '*', channel_id`,
  );

  return {
    setRoute(guild, route, now = new Date()) {
      if (route.target !== '*' && !Id.safeParse(route.target).success) {
        throw new StoreError(
          'invalid-route',
          `Cible de rappel invalide « ${route.target} » : identifiant d'instance ou de groupe attendu, ou « * » pour toutes.`,
        );
      }
      set.run({
        guild,
        target: route.target,
        channelId: route.channelId,
        roleId: route.roleId ?? null,
        now: now.toISOString(),
      });
    },
    removeRoute: (guild, target, channelId) =>
      remove.run({ guild, target, channelId: channelId ?? null }).changes,
    listRoutes: (guild) => list.all({ guild }).map(toRoute),
    routesFor(guild, target) {
      const seen = new Set<string>();
      const routes: ReminderRoute[] = [];
      for (const row of forTarget.all({ guild, target })) {
        if (seen.has(row.channel_id)) continue;
        seen.add(row.channel_id);
        routes.push(toRoute(row));
      }
      return routes;
    },
  };
}
