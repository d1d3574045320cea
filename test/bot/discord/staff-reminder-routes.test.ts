import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../packages/bot/src/data/load-data.js';
import {
  routesByChannel,
  routeTargetName,
  sendFailureText,
  testPostContent,
} from '../../../packages/bot/src/discord/commands/rappels-test-post.js';

const dataset = loadDataset(new URL('../../fixtures/second-ptce.yaml', import.meta.url).pathname);

const apiError = (code: number, status: number, message: string) =>
  new DiscordAPIError({ code, message }, code, status, 'POST', '/channels/1/messages', {});

describe('reminder routes as staff read them', () => {
  it('names a body, a group, every meeting, and a target the data no longer knows', () => {
    expect(routeTargetName(dataset, 'conseil-cooperation')).toBe('Conseil de coopération');
    expect(routeTargetName(dataset, 'gt2')).toBe("GT2 Accès à l'alimentation");
    expect(routeTargetName(dataset, '*')).toBe('toutes les réunions');
    expect(routeTargetName(dataset, 'ancien-comite')).toBe('ancien-comite (inconnu des données)');
  });

  it('groups routes by channel, in the order channels first appear', () => {
    const routes = [
      { target: '*', channelId: '1' },
      { target: 'bureau', channelId: '2', roleId: '9' },
      { target: 'gt1', channelId: '1' },
    ];
    expect([...routesByChannel(routes)]).toEqual([
      ['1', [routes[0], routes[2]]],
      ['2', [routes[1]]],
    ]);
  });

  it('writes a French test post naming what the channel receives and the role real reminders mention', () => {
    expect(
      testPostContent(
        dataset,
        [
          { target: 'bureau', channelId: '1', roleId: '9' },
          { target: 'gt1', channelId: '1', roleId: '9' },
        ],
        '42',
      ).split('\n'),
    ).toEqual([
      '🔔 **Test des rappels** : ce message de test ne demande rien.',
      'Ce salon recevra les rappels de réunion de : Bureau, GT1 Filière textile.',
      'Les vrais rappels mentionneront : <@&9>.',
      '_(envoyé par <@42> avec /rappels tester)_',
    ]);
  });

  it('explains a failed test post in French', () => {
    expect(sendFailureText(apiError(50013, 403, 'Missing Permissions'))).toBe(
      'le bot n’a pas le droit d’écrire dans ce salon',
    );
    expect(sendFailureText(apiError(50001, 403, 'Missing Access'))).toBe('le bot n’a pas accès à ce salon');
    expect(sendFailureText(apiError(10003, 404, 'Unknown Channel'))).toBe('ce salon n’existe plus');
    expect(sendFailureText(apiError(0, 500, 'Internal Server Error'))).toBe(
      'Discord a refusé le message (500 : Internal Server Error)',
    );
    expect(sendFailureText(new Error('connect ECONNREFUSED'))).toBe(
      'Discord injoignable (connect ECONNREFUSED)',
    );
  });
});
