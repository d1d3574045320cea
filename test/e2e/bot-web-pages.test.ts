import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, embedOf, fixture, isEphemeral, startHarness } from '../bot/discord/e2e-harness.js';
import { WEB_FIXTURE_PATH } from '../support/web-fixture.js';

// Monday 23 November 2026: the December council (3 Dec) is ahead, the GT3 visit (22 Sep) is past.
const CLOCK = '2026-11-23T10:00:00+01:00';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

let h: BotHarness;
let site: string;

beforeAll(async () => {
  const port = await freePort();
  h = await startHarness({
    env: () => ({
      PTCE_DATA: fixture('second-ptce.yaml'),
      PTCE_HTTP_PORT: String(port),
      PTCE_EVENTS: 'non',
      PTCE_CLOCK: CLOCK,
    }),
  });
  site = `http://127.0.0.1:${port}/pole-ressources`;
});
afterAll(async () => {
  await h?.stop();
});

function asStaff(name: string, subcommand: string, options: Record<string, string>) {
  return h.fake.sendInteraction({ name, subcommand, options, userId: h.fake.user('alice').id }).response;
}

describe('the bot serves its PTCE’s pages at /<ptce-id>/', () => {
  it('shows a meeting moved on Discord at its new date, « déplacée », and a cancelled one « annulée »', async () => {
    const before = await (await fetch(`${site}/reunions/cocoop-2026-12`)).text();
    expect(before).toContain('<span class="status status-planned">prévue</span>');
    expect(
      embedOf(
        await asStaff('reunion', 'deplacer', {
          reunion: 'cocoop-2026-12',
          date: '10/12/2026',
          heure: '9h30',
        }),
      ).title,
    ).toBe('Réunion déplacée');
    expect(embedOf(await asStaff('reunion', 'annuler', { reunion: 'gt2-2027-01' })).title).toBe(
      'Réunion annulée',
    );
    const page = await (await fetch(`${site}/reunions/cocoop-2026-12`)).text();
    expect(page).toContain(
      '<time datetime="2026-12-10T09:30">Jeudi 10 décembre 2026 de 9 h 30 à 12 h</time>',
    );
    expect(page).toContain(
      '<span class="status status-moved">déplacée<span class="moved-from"> (initialement le jeudi 3 décembre 2026 à 14 h)</span></span>',
    );
    const home = await (await fetch(`${site}/`)).text();
    expect(home).toMatch(
      /<a href="\/pole-ressources\/reunions\/gt2-2027-01">[^<]+<\/a>.*?<span class="status status-cancelled">annulée<\/span>/,
    );
    const feed = await (await fetch(`${site}/calendar.ics`)).text();
    expect(feed).toMatch(
      /UID:cocoop-2026-12@pole-ressources\.ptce\r\nSEQUENCE:1\r\n|SEQUENCE:1\r\n(?:[^\r]*\r\n)*?UID:cocoop-2026-12@/,
    );
  });

  it('lists every compte-rendu to the members with /comptes-rendus, and the public page follows', async () => {
    await asStaff('reunion', 'compte-rendu', {
      reunion: 'gt3-2026-09',
      lien: 'https://exemple.org/cr-gt3.pdf',
    });
    const reply = await h.fake.sendInteraction({
      name: 'comptes-rendus',
      options: [{ name: 'annee', type: 4, value: 2026 }],
    }).response;
    const embed = embedOf(reply);
    expect(isEphemeral(reply)).toBe(false);
    expect(embed.title).toBe('Comptes-rendus : 2026');
    const lines = String(embed.description).split('\n');
    expect(lines).toEqual([
      'Conseil de coopération, 2026 :',
      '• jeudi 5 février 2026 de 14 h à 16 h 30 — Conseil de coopération de février : compte-rendu non publié',
      'Assemblée des membres, 2026 :',
      "• jeudi 12 mars 2026 à 18 h — Assemblée des membres 2026 : Rapport d'activité et budget adoptés.",
      'Bureau, 2026 :',
      '• janvier 2026 — Bureau : compte-rendu non publié',
      'GT1 Filière textile, 2026 :',
      '• mardi 14 avril 2026 de 10 h à 12 h — Filière textile — atelier : compte-rendu non publié',
      'GT3 Réemploi et réparation, 2026 :',
      '• mardi 22 septembre 2026 à 9 h 30 — Réemploi et réparation — visite : https://exemple.org/cr-gt3.pdf',
      '2 comptes-rendus publiés sur 5 réunions.',
    ]);
    const page = await (await fetch(`${site}/comptes-rendus`)).text();
    expect(page).toContain('<a href="https://exemple.org/cr-gt3.pdf">compte-rendu</a>');
  });

  it('answers /comptes-rendus with an unknown body privately, in French', async () => {
    const reply = await h.fake.sendInteraction({ name: 'comptes-rendus', options: { instance: 'zzzzzz' } })
      .response;
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe(
      'Je ne connais pas « zzzzzz ». Choisissez une instance ou un groupe dans la liste proposée.',
    );
  });
});

describe('/comptes-rendus on Discord', () => {
  let members: BotHarness;
  beforeAll(async () => {
    members = await startHarness({
      env: () => ({
        PTCE_DATA: WEB_FIXTURE_PATH,
        PTCE_EVENTS: 'non',
        PTCE_CLOCK: '2024-03-20T12:00:00+01:00',
      }),
    });
  });
  afterAll(async () => {
    await members?.stop();
  });

  it('shows the members-only comptes-rendus too, which the public page only counts', async () => {
    const reply = await members.fake.sendInteraction({ name: 'comptes-rendus', options: { instance: 'ca' } })
      .response;
    expect(embedOf(reply)).toMatchObject({
      title: "Comptes-rendus : Conseil d'administration",
      description: [
        "Conseil d'administration, 2024 :",
        '• jeudi 18 janvier 2024 à 18 h — CA de janvier : https://pole-web.example/cr/ca-2024-01.pdf',
        "• jeudi 15 février 2024 à 18 h — CA de février : Budget voté à l'unanimité. (réservé aux membres)",
        '2 comptes-rendus publiés sur 2 réunions.',
      ].join('\n'),
    });
  });
});
