import type { Dataset } from '@ptce/core';
import { DiscordAPIError } from 'discord.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { ReminderRoute } from '../../store/index.js';

/** What a route's target reads as: a body or group name, or "toutes les réunions" for `*`. */
export function routeTargetName(dataset: Dataset, target: string): string {
  if (target === '*') return 'toutes les réunions';
  const name = targetName(dataset, target);
  return name === target ? `${target} (inconnu des données)` : name;
}

/** The routes grouped by channel, in the order the channels first appear. */
export function routesByChannel(routes: readonly ReminderRoute[]): Map<string, ReminderRoute[]> {
  const byChannel = new Map<string, ReminderRoute[]>();
  for (const route of routes)
    byChannel.set(route.channelId, [...(byChannel.get(route.channelId) ?? []), route]);
  return byChannel;
}

/**
 * The test message posted in a reminder channel: what it will receive, and which role real
 * reminders will mention. It is sent with no mention allowed, so the role is only shown.
 */
export function testPostContent(dataset: Dataset, routes: readonly ReminderRoute[], userId: string): string {
  const targets = routes.map((r) => routeTargetName(dataset, r.target));
  const roles = [...new Set(routes.flatMap((r) => (r.roleId ? [`<@&${r.roleId}>`] : [])))];
  return [
    '🔔 **Test des rappels** : ce message de test ne demande rien.',
    `Ce salon recevra les rappels de réunion de : ${targets.join(', ')}.`,
    ...(roles.length > 0 ? [`Les vrais rappels mentionneront : ${roles.join(', ')}.`] : []),
    `_(envoyé par <@${userId}> avec /rappels tester)_`,
  ].join('\n');
}

// https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
const KNOWN_FAILURES: Record<number, string> = {
  10003: 'ce salon n’existe plus',
  50001: 'le bot n’a pas accès à ce salon',
  50013: 'le bot n’a pas le droit d’écrire dans ce salon',
};

/** Why a test post failed, in French for staff. */
export function sendFailureText(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    const known = typeof error.code === 'number' ? KNOWN_FAILURES[error.code] : undefined;
    return known ?? `Discord a refusé le message (${error.status} : ${error.message})`;
  }
  return `Discord injoignable (${error instanceof Error ? error.message : String(error)})`;
}
