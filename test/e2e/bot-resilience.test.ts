import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BotHarness,
  embedOf,
  fixture,
  isEphemeral,
  startHarness,
  TEST_TOKEN,
} from '../bot/discord/e2e-harness.js';
import { Permission } from '../support/fake-discord.js';

let h: BotHarness;
let dataFile: string;

beforeAll(async () => {
  h = await startHarness({
    fake: {
      guilds: [
        {
          roles: [
            { name: 'Équipe PTCE' },
            { name: 'Membre' },
            { name: 'Gestion', permissions: Permission.ManageGuild },
          ],
          members: [
            { user: { username: 'alice' }, roles: ['Équipe PTCE', 'Membre'] },
            { user: { username: 'bob' }, roles: ['Membre'] },
            { user: { username: 'chloe' }, roles: ['Gestion'] },
          ],
        },
      ],
    },
    env: (fake, dir) => {
      dataFile = path.join(dir, 'ptce.yaml');
      copyFileSync(fixture('second-ptce.yaml'), dataFile);
      return {
        PTCE_DATA: dataFile,
        PTCE_STAFF_ROLE_ID: fake.role('Équipe PTCE').id,
        PTCE_STAFF_CHANNEL_ID: fake.channel('bureau').id,
      };
    },
  });
});
afterAll(async () => {
  await h?.stop();
});

const reload = (username: string) =>
  h.fake.sendInteraction({ name: 'donnees', subcommand: 'recharger', userId: h.fake.user(username).id })
    .response;
const nextMeetingTitle = async () =>
  String(embedOf(await h.fake.sendInteraction({ name: 'prochain' }).response).description);

describe('gateway', () => {
  it('resumes after a dropped connection and still answers interactions', async () => {
    h.fake.dropGatewayConnection();
    await h.fake.waitForResume(1);
    const reply = await h.fake.sendInteraction({ name: 'aide' }).response;
    expect(embedOf(reply).title).toBe('Ce que vous pouvez me demander');
    expect(h.fake.identifyCount).toBe(1);
  });
});

describe('/donnees recharger', () => {
  it('refuses a member who is not staff, privately and in French, without reloading', async () => {
    const reply = await reload('bob');
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply)).toMatchObject({
      title: 'Commande réservée à l’équipe',
      description:
        'Cette commande est réservée à l’équipe d’animation du PTCE (rôle équipe ou permission « Gérer le serveur »).',
    });
    expect(h.logs.filter((l) => l.includes('data reload'))).toEqual([]);
  });

  it('lets the staff role reload, and shows the new data privately', async () => {
    const text = readFileSync(dataFile, 'utf8');
    writeFileSync(
      dataFile,
      text.replace(
        'title: Conseil de coopération de février',
        'title: "@everyone Séance de février <@&123456789012345678>"',
      ),
    );
    const reply = await reload('alice');
    expect(reply.via).toBe('edit');
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply)).toMatchObject({
      title: 'Données rechargées',
      description: 'Pôle Ressources : 4 structures, 3 groupes, 9 réunions.',
    });
    expect(await nextMeetingTitle()).toContain(
      '— @\u200beveryone Séance de février <@&123456789012345678> ·',
    );
  });

  it('never lets a mention from the data ping anyone', () => {
    const callbacks = h.fake.requests({ template: '/interactions/:interactionId/:token/callback' });
    const last = callbacks.at(-1)?.body as {
      data: { allowed_mentions: unknown; embeds: { description: string }[] };
    };
    // The data's @everyone is shown broken (zero-width space), and the request forbids every ping.
    expect(last.data.embeds[0]?.description).toContain('@\u200beveryone Séance');
    expect(last.data.embeds[0]?.description).not.toContain('@everyone');
    expect(last.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('lets a member who may manage the server reload too', async () => {
    expect(embedOf(await reload('chloe')).title).toBe('Données rechargées');
  });

  it('refuses a broken file, shows its located errors to staff, and keeps serving the last good data', async () => {
    copyFileSync(fixture('broken-three-faults.yaml'), dataFile);
    const shown = path.relative(process.cwd(), dataFile);
    const reply = await reload('alice');
    expect(isEphemeral(reply)).toBe(true);
    const embed = embedOf(reply);
    expect(embed.title).toBe('Données non rechargées');
    expect(String(embed.description).split('\n')).toEqual([
      `Le fichier « ${shown} » contient des erreurs.`,
      `${shown}:164:32 bodies[0].cadence.min: Entrée invalide : nombre attendu, chaîne de caractères reçu`,
      `${shown}:255:12 meetings[5].start: date impossible : « 2026-02-30 »`,
      `${shown}:279:11 meetings[8].body: instance « assemblee-generale » introuvable`,
      'Le bot continue avec les données précédentes (Pôle Ressources : 4 structures, 3 groupes, 9 réunions).',
    ]);

    const staff = await h.fake.waitForRequest({
      method: 'POST',
      route: `/channels/${h.fake.channel('bureau').id}/messages`,
    });
    const body = staff.body as { embeds: unknown[]; allowed_mentions: unknown };
    expect(body.embeds).toEqual([embed]);
    expect(body.allowed_mentions).toEqual({ parse: [] });

    expect(await nextMeetingTitle()).toContain(
      '— @\u200beveryone Séance de février <@&123456789012345678> ·',
    );
    expect(h.logs.some((l) => l.includes('WARN  data reload refused, keeping the previous data'))).toBe(true);
  });

  it('never writes the token to the log', () => {
    expect(h.logs.join('\n')).not.toContain(TEST_TOKEN);
  });
});
