import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedCache } from '../../../packages/bot/src/http/feed-cache.js';
import { type HttpServer, startHttpServer } from '../../../packages/bot/src/http/http-server.js';
import { WEB_NOW, webDataset } from '../../support/web-fixture.js';

const dataset = webDataset();
let server: HttpServer;

beforeAll(async () => {
  server = await startHttpServer({ port: 0, pages: true, getDataset: () => dataset, now: () => WEB_NOW });
});
afterAll(() => server.close());

const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);

/** Sends a raw request line, as written (fetch would resolve `..` itself), and returns the status. */
function rawStatus(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
    });
    socket.on('end', () => resolve(Number(text.slice(9, 12))));
    socket.on('error', reject);
  });
}

const PAGES = [
  '/',
  '/?instance=ca',
  '/reunions/ca-2024-04-04',
  '/reunions/bureau-mensuel-2024-04-02',
  '/instances/ca',
  '/groupes/gt1',
  '/comptes-rendus',
  '/s-abonner',
  '/widget',
];

describe('the site served by ptce serve (pages: true)', () => {
  it('serves every page type as French HTML under 50 KB, with a strict CSP and no framing', async () => {
    for (const path of PAGES) {
      const response = await get(path);
      const body = await response.text();
      expect([path, response.status, response.headers.get('content-type')]).toEqual([
        path,
        200,
        'text/html; charset=utf-8',
      ]);
      expect(body.startsWith('<!doctype html><html lang="fr">')).toBe(true);
      expect(Buffer.byteLength(body)).toBeLessThan(50_000);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      const csp = response.headers.get('content-security-policy');
      if (path === '/widget') {
        expect(csp).toBe(
          "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *",
        );
        expect(response.headers.get('x-frame-options')).toBeNull();
      } else {
        expect(csp).toBe(
          "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        );
        expect(response.headers.get('x-frame-options')).toBe('DENY');
      }
      // No script runs: the only script element is the JSON-LD data block of a meeting page.
      expect(body.match(/<script[^>]*>/g) ?? []).toEqual(
        path.startsWith('/reunions/') ? ['<script type="application/ld+json">'] : [],
      );
      expect(body).not.toMatch(/<[^>]+ style=|https:\/\/fonts\.|cdn/);
    }
  });

  it('answers 304 to If-None-Match and If-Modified-Since on pages, the stylesheet and feeds', async () => {
    for (const path of [
      '/',
      '/reunions/ca-2024-04-04',
      '/style.css',
      '/calendar.ics',
      '/reunions/ca-2024-04-04.ics',
    ]) {
      const first = await get(path);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(first.headers.get('last-modified')).toBe('Wed, 20 Mar 2024 11:00:00 GMT');
      const again = await get(path, { headers: { 'If-None-Match': etag } });
      expect([path, again.status, await again.text()]).toEqual([path, 304, '']);
      const since = await get(path, { headers: { 'If-Modified-Since': 'Wed, 20 Mar 2024 11:00:00 GMT' } });
      expect(since.status).toBe(304);
    }
  });

  it('serves one meeting as an .ics attachment and the stylesheet as CSS', async () => {
    const ics = await get('/reunions/ca-2024-04-04.ics');
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ics.headers.get('content-disposition')).toBe('attachment; filename="ca-2024-04-04.ics"');
    const text = await ics.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20240404T180000');
    const css = await get('/style.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('@media print');
  });

  it('answers a French 404 page for an unknown path, meeting, body or filter', async () => {
    const cases: [string, string][] = [
      ['/agenda', 'Cette adresse ne correspond à aucune page de l’agenda.'],
      ['/reunions/inconnue', 'Cette réunion n’existe pas, ou plus.'],
      ['/instances/inconnue', 'Cette adresse ne correspond à aucune page de l’agenda.'],
      ['/?instance=inconnue', 'Aucune instance ni aucun groupe ne porte l’identifiant « inconnue ».'],
      [
        '/calendar/inconnu.ics',
        'Instance ou groupe inconnu : « inconnu ». Identifiants connus : ca, bureau, gt1.',
      ],
    ];
    for (const [path, message] of cases) {
      const response = await get(path);
      const body = await response.text();
      expect([path, response.status, response.headers.get('content-type')]).toEqual([
        path,
        404,
        'text/html; charset=utf-8',
      ]);
      expect(body).toContain('<title>Page introuvable — Pôle Web</title>');
      expect(body).toContain(`<p>${message.replace(/"/g, '&quot;')}</p>`);
    }
  });

  it('answers 404, never a file, to a path traversal, plain or percent-encoded', async () => {
    for (const path of [
      '/../package.json',
      '/reunions/../calendar.ics',
      '/%2e%2e/calendar.ics',
      '/%2E%2E%2Fetc%2Fpasswd',
      '/..%2f..%2fetc/passwd',
      '/reunions/%2e%2e',
      '/./calendar.ics',
      '/..\\..\\etc\\passwd',
    ]) {
      expect([path, await rawStatus(server.url, path)]).toEqual([path, 404]);
    }
  });

  it('counts the members-only comptes-rendus and shows the public ones', async () => {
    const body = await (await get('/comptes-rendus')).text();
    expect(body).toContain('<p class="members-note">2 comptes-rendus réservés aux membres, sur Discord.</p>');
    expect(body).toContain(
      'CA de janvier : <a href="https://pole-web.example/cr/ca-2024-01.pdf">compte-rendu</a>',
    );
    expect(body).toContain('CA de février : <span class="members">réservé aux membres</span>');
    expect(body).not.toContain('Budget voté');
    expect(body).not.toContain('gt1-2024-02.pdf');
    expect(body).toContain('Atelier vélo : <span class="none">compte-rendu non publié</span>');
  });

  it('shows the role, cadence, co-pilots, animateurs and meetings of a body and of a group', async () => {
    /** The page's heading, its facts (dt → dd) and the titles of its upcoming and past meetings. */
    const outline = async (path: string) => {
      const html = await (await get(path)).text();
      const facts = [...html.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)].map((m) => [m[1], m[2]]);
      const titles = (section: string) => {
        const from = html.indexOf(`<h2 id="${section}">`);
        // Up to the next heading of the same level: the months are sections inside the section.
        const next = html.indexOf('<h2', from + 1);
        const part = html.slice(from, next === -1 ? html.indexOf('</main>', from) : next);
        return [...part.matchAll(/<li class="meeting[^"]*">.*?<a href="[^"]+">(.*?)<\/a>/g)].map((m) => m[1]);
      };
      return {
        h1: /<h1>(.*?)<\/h1>/.exec(html)?.[1],
        facts,
        upcoming: titles('a-venir'),
        past: titles('passees'),
      };
    };
    expect(await outline('/instances/ca')).toEqual({
      h1: "Conseil d'administration",
      facts: [
        ['Rôle', "Décide des orientations de l'association."],
        [
          'Rythme',
          '3 à 4 fois par an<br/>En 2024 : 4 réunions sur 3 à 4 attendues, dont 2 prévues (dans le rythme)',
        ],
      ],
      upcoming: ['CA de mars', "CA d'avril", 'CA de mai'],
      past: ['CA de février', 'CA de janvier'],
    });
    expect(await outline('/groupes/gt1')).toEqual({
      h1: 'GT1 Mobilité',
      facts: [
        ['Objectif', "Faciliter les déplacements vers l'emploi."],
        ['Co-pilotes', 'Alice Martin'],
        ['Animateurs', 'Bruno Leroy'],
        ['Rythme', 'non fixé'],
      ],
      upcoming: [],
      past: ['Atelier vélo', 'Atelier covoiturage'],
    });
  });

  it('shows the PTCE’s name and motto on the home page', async () => {
    const body = await (await get('/')).text();
    expect(body).toContain('<h1>Pôle Web</h1><p class="motto">Coopérer pour le territoire</p>');
  });

  it('shows each body’s cadence for the year on the home page', async () => {
    const body = await (await get('/')).text();
    expect(body).toContain(
      "<li>Conseil d'administration : 4 réunions sur 3 à 4 attendues, dont 2 prévues (dans le rythme)</li>",
    );
  });
});

describe('the HTTP server under load', () => {
  it('renders a feed once per dataset version and serves it from memory after that', () => {
    const cache = feedCache(() => WEB_NOW);
    let builds = 0;
    const build = () => {
      builds++;
      return 'BEGIN:VCALENDAR';
    };
    const first = cache.get('/calendar.ics', '1:2024-03-20', build);
    for (let i = 0; i < 100; i++) expect(cache.get('/calendar.ics', '1:2024-03-20', build)).toBe(first);
    expect([builds, first.bytes]).toEqual([1, Buffer.from('BEGIN:VCALENDAR')]);
    const next = cache.get('/calendar.ics', '2:2024-03-20', build);
    expect([builds, next.etag, next.lastModified]).toEqual([2, first.etag, first.lastModified]);
  });

  it('cuts off a client that sends one byte of headers, or never finishes its body', async () => {
    const slow = await startHttpServer({
      port: 0,
      getDataset: () => dataset,
      now: () => WEB_NOW,
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
    });
    const closedAfter = (payload: string) =>
      new Promise<number>((resolve) => {
        const started = Date.now();
        const socket = connect(slow.port, '127.0.0.1', () => socket.write(payload));
        socket.on('data', () => {});
        socket.on('close', () => resolve(Date.now() - started));
        socket.on('error', () => {});
      });
    try {
      const [oneByte, body] = await Promise.all([
        closedAfter('G'),
        closedAfter('GET /calendar.ics HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc'),
      ]);
      // The timeouts are checked every second: each socket is closed within about 2 s, not 110 s.
      expect(oneByte).toBeLessThan(3_000);
      expect(body).toBeLessThan(3_000);
    } finally {
      await slow.close();
    }
  });

  it('refuses connections past its cap', async () => {
    const capped = await startHttpServer({
      port: 0,
      getDataset: () => dataset,
      now: () => WEB_NOW,
      maxConnections: 2,
    });
    const sockets: Socket[] = [];
    const open = () =>
      new Promise<Socket>((resolve) => {
        const socket = connect(capped.port, '127.0.0.1', () => resolve(socket));
        socket.on('error', () => {});
        sockets.push(socket);
      });
    try {
      await open();
      await open();
      const third = await open();
      const closed = await new Promise<boolean>((resolve) => {
        third.on('close', () => resolve(true));
        setTimeout(() => resolve(false), 2_000);
      });
      expect(closed).toBe(true);
      // Once a slot is free, the next client is served.
      sockets[0]!.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await fetch(`${capped.url}/healthz`)).status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
      await capped.close();
    }
  });
});

describe('the sites of the bot, one per PTCE at /<ptce-id>/', () => {
  it('serves the pages and feeds of each known PTCE under its id, and redirects the bare id', async () => {
    const bot = await startHttpServer({
      port: 0,
      getDataset: () => dataset,
      now: () => WEB_NOW,
      sites: (id) => (id === 'pole-web' ? { dataset } : undefined),
    });
    try {
      const home = await fetch(`${bot.url}/pole-web/`);
      const body = await home.text();
      expect(home.status).toBe(200);
      expect(body).toContain('<link rel="stylesheet" href="/pole-web/style.css"/>');
      expect(body).toContain('<a href="/pole-web/reunions/ca-2024-03-28">CA de mars</a>');
      expect(body).toContain('<a href="/pole-web/?instance=ca">');
      expect((await fetch(`${bot.url}/pole-web/reunions/ca-2024-04-04`)).status).toBe(200);
      expect((await fetch(`${bot.url}/pole-web/calendar/ca.ics`)).headers.get('content-type')).toBe(
        'text/calendar; charset=utf-8',
      );
      const bare = await fetch(`${bot.url}/pole-web`, { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/pole-web/']);
      expect((await fetch(`${bot.url}/autre-pole/`)).status).toBe(404);
      // The root feed is still there, for the calendars already subscribed to it.
      expect((await fetch(`${bot.url}/calendar.ics`)).status).toBe(200);
    } finally {
      await bot.close();
    }
  });
});
