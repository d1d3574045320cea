import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../packages/bot/src/conversation/engine.js';
import { loadDataset } from '../../packages/bot/src/data/load-data.js';
import { datasetSummary } from '../../packages/bot/src/discord/reload-reply.js';
import { renderEmbed } from '../../packages/bot/src/discord/render-embed.js';
import { type BotHarness, embedOf, fixture, startHarness, TEST_CLOCK } from '../bot/discord/e2e-harness.js';
import { Permission } from '../support/fake-discord.js';

const second = loadDataset(fixture('second-ptce.yaml'));
let h: BotHarness;
let staffChannel: string;

beforeAll(async () => {
  h = await startHarness({
    fake: {
      guilds: [
        {
          channels: [{ name: 'general' }, { name: 'equipe' }],
          roles: [{ name: 'Équipe', permissions: Permission.ManageGuild }],
          members: [{ user: { username: 'alice' }, roles: ['Équipe'] }, { user: { username: 'bob' } }],
        },
      ],
    },
    env: (fake) => ({ PTCE_STAFF_CHANNEL_ID: fake.channel('equipe').id }),
  });
  staffChannel = h.fake.channel('equipe').id;
});
afterAll(async () => {
  await h?.stop();
});

describe('the guild DISCORD_GUILD_ID seeds (today’s single-PTCE deployment)', () => {
  it('is bound to the data file’s PTCE by the environment, and answers from that file', async () => {
    expect(h.bot.store.guildBinding(h.fake.guild.id)).toMatchObject({
      ptceId: 'pole-ressources',
      source: 'env',
    });
    const answer = await h.fake.sendInteraction({
      name: 'question',
      options: { texte: 'quelles sont les instances ?' },
    }).response;
    expect(embedOf(answer)).toEqual(
      JSON.parse(
        JSON.stringify(
          renderEmbed(ask('quelles sont les instances ?', { dataset: second, now: new Date(TEST_CLOCK) })),
        ),
      ),
    );
  });

  it('shows the environment’s settings as the guild’s own, and its history as the host’s file', async () => {
    const alice = h.fake.user('alice').id;
    const settings = await h.fake.sendInteraction({ name: 'parametres', subcommand: 'voir', userId: alice })
      .response;
    expect(String(embedOf(settings).description).split('\n')).toEqual([
      `Données : ${datasetSummary(second)}.`,
      'Rôle de l’équipe : aucun (seule la permission « Gérer le serveur » compte).',
      `Salon de l’équipe : <#${staffChannel}>.`,
      'Résumé : désactivé.',
      'Relance des comptes rendus : 14 jours après la réunion.',
      'Événements Discord : activés.',
      'Fuseau horaire : Europe/Paris.',
    ]);
    const history = await h.fake.sendInteraction({ name: 'donnees', subcommand: 'historique', userId: alice })
      .response;
    expect(embedOf(history).description).toBe(
      'Aucun fichier importé depuis Discord : ce serveur utilise le fichier de données de l’hébergeur.',
    );
  });

  it('lets its staff import a file of the same PTCE, which then wins over the host’s file', async () => {
    const alice = h.fake.user('alice').id;
    const changed = readFileSync(fixture('second-ptce.yaml'), 'utf8').replace(
      /\n {2}- id: cocoop-2026-02\n/,
      '\n  - id: cocoop-2026-02-bis\n',
    );
    const imported = await h.fake.sendInteraction({
      name: 'donnees',
      subcommand: 'importer',
      options: [{ name: 'fichier', type: 11, value: h.fake.addUpload('ptce.yaml', changed) }],
      userId: alice,
    }).response;
    expect(embedOf(imported).title).toBe('Données importées');
    expect(h.bot.store.guildBinding(h.fake.guild.id)).toMatchObject({
      ptceId: 'pole-ressources',
      source: 'upload',
    });
    expect(h.bot.services.dataset(h.fake.guild.id).meetings.map((m) => m.id)).toContain('cocoop-2026-02-bis');
  });
});
