/**
 * The PTCE's web pages in a real browser: Debian's Chromium driven by playwright-core, with
 * axe-core on every page type. `PTCE_SCREENSHOTS=1` also writes screenshots at 360 and 1280 px
 * into docs/fr/images/ (the staff guide docs/fr/publier-les-dates.md uses some of them).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../packages/bot/src/data/load-data.js';
import { type HttpServer, startHttpServer } from '../../packages/bot/src/http/http-server.js';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { HOSTILE, WEB_NOW, webDataset } from '../support/web-fixture.js';

const PUBLIC_URL = 'https://agenda.pole-web.example';
const SCREENSHOTS = process.env.PTCE_SCREENSHOTS === '1';
const IMAGES = fileURLToPath(new URL('../../docs/fr/images/', import.meta.url));

let browser: TestBrowser;
let web: HttpServer;
let embedded: HttpServer;
let hostile: HttpServer;
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  const dataset = webDataset();
  const unsafe = webDataset(true);
  const auton = loadDataset();
  [browser, web, embedded, hostile] = await Promise.all([
    launchBrowser(),
    startHttpServer({
      port: 0,
      pages: true,
      getDataset: () => dataset,
      now: () => WEB_NOW,
      publicUrl: PUBLIC_URL,
    }),
    startHttpServer({
      port: 0,
      pages: true,
      getDataset: () => auton,
      now: () => new Date('2023-04-01T08:00:00Z'),
    }),
    startHttpServer({ port: 0, pages: true, getDataset: () => unsafe, now: () => WEB_NOW }),
  ]);
  // The association's own site: another origin, which frames the widget.
  host = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Asso Web</title></head>` +
        `<body style="font-family:sans-serif;margin:1rem"><header><h1>Asso Web, le site de l’association</h1></header><main><p>Nos prochains rendez-vous :</p>` +
        `<iframe src="${web.url}/widget" title="Prochaines réunions — Pôle Web" width="100%" height="420" style="border:0"></iframe></main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([web?.close(), embedded?.close(), hostile?.close()]);
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
});

/** A new tab that records dialogs and CSP violations. */
async function open(url: string, width = 1280): Promise<{ page: Page; dialogs: string[]; csp: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const dialogs: string[] = [];
  const csp: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) csp.push(message.text());
  });
  const response = await page.goto(url);
  expect(response?.ok() || response?.status() === 404).toBe(true);
  return { page, dialogs, csp };
}

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `${IMAGES}${name}.png`, fullPage });
}

const PAGE_TYPES = [
  ['accueil', '/'],
  ['accueil filtré', '/?instance=ca'],
  ['réunion', '/reunions/ca-2024-04-04'],
  ['réunion déplacée', '/reunions/bureau-mensuel-2024-04-02'],
  ['instance', '/instances/ca'],
  ['groupe de travail', '/groupes/gt1'],
  ['comptes-rendus', '/comptes-rendus'],
  ['abonnement', '/s-abonner'],
  ['widget', '/widget'],
  ['page introuvable', '/inconnue'],
] as const;

describe('the web pages in Chromium', () => {
  it('shows the comité de pilotage of 6 April 2023 under « avril 2023 », at 13 h 30', async () => {
    const { page } = await open(`${embedded.url}/`);
    const april = page.locator('section.month', { has: page.locator('h3', { hasText: /^avril 2023$/ }) });
    const copil = april.locator('li.meeting', { hasText: 'Comité de pilotage du PTCE Auton' });
    await expect(copil.locator('.when').textContent()).resolves.toBe(
      'Jeudi 6 avril 2023 de 13 h 30 à 17 h 45',
    );
    await expect(copil.locator('.place').textContent()).resolves.toBe('Site minier de Wallers · ');
    await expect(copil.locator('.status').textContent()).resolves.toBe('prévue');
    await expect(page.locator('h1').textContent()).resolves.toBe("PTCE Auton'Hommes");
    await screenshot(page, 'agenda-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'agenda-360');
    await page.close();
  });

  it('narrows the list with the body filter, a plain link', async () => {
    const { page } = await open(`${web.url}/`);
    await page.locator('nav.filter').getByRole('link', { name: "Conseil d'administration" }).click();
    expect(new URL(page.url()).search).toBe('?instance=ca');
    await expect(page.locator('#a-venir').textContent()).resolves.toBe(
      "Prochaines réunions : Conseil d'administration",
    );
    const upcoming = await page
      .locator('section[aria-labelledby=a-venir] li.meeting .what a')
      .allTextContents();
    expect(upcoming).toEqual(['CA de mars', "CA d'avril", 'CA de mai']);
    const past = await page.locator('section[aria-labelledby=passees] li.meeting .what a').allTextContents();
    expect(past).toEqual(['CA de février', 'CA de janvier']);
    await expect(page.locator('nav.filter a[aria-current=page]').textContent()).resolves.toBe(
      "Conseil d'administration",
    );
    await page.locator('nav.filter').getByRole('link', { name: 'Toutes les réunions' }).click();
    expect(await page.locator('section[aria-labelledby=a-venir] li.meeting').count()).toBe(12);
    await page.close();
  });

  it('gives Google Calendar the right UTC instants on both sides of the spring DST change', async () => {
    const dates = async (id: string) => {
      const { page } = await open(`${web.url}/reunions/${id}`);
      const href = await page.getByRole('link', { name: 'Google Agenda' }).getAttribute('href');
      const outlook = new URL((await page.getByRole('link', { name: 'Outlook' }).getAttribute('href'))!);
      await page.close();
      const google = new URL(href!);
      return [
        google.searchParams.get('dates'),
        outlook.searchParams.get('startdt'),
        outlook.searchParams.get('enddt'),
      ];
    };
    // 18:00 in Paris is 17:00 UTC in winter time (28 March) and 16:00 UTC in summer time (4 April).
    expect(await dates('ca-2024-03-28')).toEqual([
      '20240328T170000Z/20240328T190000Z',
      '2024-03-28T17:00:00Z',
      '2024-03-28T19:00:00Z',
    ]);
    expect(await dates('ca-2024-04-04')).toEqual([
      '20240404T160000Z/20240404T183000Z',
      '2024-04-04T16:00:00Z',
      '2024-04-04T18:30:00Z',
    ]);
  });

  it('shows a moved meeting at its new date as « déplacée », a cancelled one as « annulée »', async () => {
    const { page } = await open(`${web.url}/reunions/bureau-mensuel-2024-04-02`);
    await expect(page.locator('.facts time').textContent()).resolves.toBe(
      'Mardi 9 avril 2024 de 12 h 30 à 13 h 30',
    );
    await expect(page.locator('.facts .status').textContent()).resolves.toBe(
      'déplacée (initialement le mardi 2 avril 2024 à 12 h 30)',
    );
    await screenshot(page, 'reunion-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'reunion-360');
    await page.goto(`${web.url}/`);
    const april = page.locator('section.month', { has: page.locator('h3', { hasText: /^avril 2024$/ }) });
    await expect(
      april.locator('li.meeting', { hasText: 'Bureau mensuel' }).locator('.status').textContent(),
    ).resolves.toBe('déplacée (initialement le mardi 2 avril 2024 à 12 h 30)');
    const may = page.locator('section.month', { has: page.locator('h3', { hasText: /^mai 2024$/ }) });
    await expect(
      may.locator('li.meeting', { hasText: 'CA de mai' }).locator('.status').textContent(),
    ).resolves.toBe('annulée');
    await page.goto(`${web.url}/reunions/ca-2024-05-16`);
    await expect(page.locator('.facts .status').textContent()).resolves.toBe('annulée');
    expect(await page.getByRole('link', { name: 'Google Agenda' }).count()).toBe(0);
    await page.close();
  });

  it('renders the widget inside an iframe of a page served from another port', async () => {
    const { page, csp } = await open(hostUrl);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1').textContent()).resolves.toBe('Prochaines réunions — Pôle Web');
    expect(await frame.locator('li.meeting .what a').allTextContents()).toEqual([
      'CA de mars',
      "CA d'avril",
      'Bureau mensuel',
      'Bureau mensuel',
      'CA de mai',
    ]);
    expect(await frame.locator('li.meeting .what a').first().getAttribute('target')).toBe('_blank');
    expect(csp).toEqual([]);
    await screenshot(page, 'widget-sur-un-site-1280', false);
    await page.setViewportSize({ width: 360, height: 640 });
    await screenshot(page, 'widget-sur-un-site-360', false);
    await page.close();
  });

  it('downloads a meeting as an .ics file that ical.js parses back', async () => {
    const { page } = await open(`${web.url}/reunions/ca-2024-04-04`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Fichier .ics' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ca-2024-04-04.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(
      events.map((e) => [e.uid, e.summary, e.location, e.startDate.toString(), e.endDate.toString()]),
    ).toEqual([
      ['ca-2024-04-04@pole-web.ptce', "CA d'avril", 'Salle B', '2024-04-04T18:00:00', '2024-04-04T20:30:00'],
    ]);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2024-04-04T16:00:00.000Z');
    await page.close();
  });

  it('downloads the whole feed from the subscribe page, and it parses back with ical.js', async () => {
    const { page } = await open(`${web.url}/s-abonner`);
    await expect(page.locator('code.url').textContent()).resolves.toBe(`${PUBLIC_URL}/calendar.ics`);
    expect(await page.getByRole('link', { name: 'S’abonner (webcal)' }).getAttribute('href')).toBe(
      'webcal://agenda.pole-web.example/calendar.ics',
    );
    await expect(page.locator('pre code').textContent()).resolves.toBe(
      `<iframe src="${PUBLIC_URL}/widget" title="Prochaines réunions — Pôle Web" width="100%" height="420" style="border:0" loading="lazy"></iframe>`,
    );
    await screenshot(page, 's-abonner-1280');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Agenda au format iCalendar' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const uids = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toContain('ca-2024-03-28@pole-web.ptce');
    expect(uids).toContain('bureau-mensuel-2024-04-02@pole-web.ptce');
    await page.close();
  });

  it('renders HTML in names as text: no dialog, no element created', async () => {
    for (const path of ['/', '/reunions/ca-2024-03-28', '/instances/ca', '/comptes-rendus', '/widget']) {
      const { page, dialogs } = await open(`${hostile.url}${path}`);
      await page.waitForLoadState('load');
      const created = await page.evaluate(
        () => document.querySelectorAll('img, iframe, b, script:not([type="application/ld+json"])').length,
      );
      expect([path, created, dialogs]).toEqual([path, 0, []]);
      if (path === '/') {
        await expect(page.locator('h1').textContent()).resolves.toBe(HOSTILE.ptce);
        await expect(page.locator('nav.filter li').nth(1).textContent()).resolves.toBe(HOSTILE.body);
      }
      if (path === '/reunions/ca-2024-03-28') {
        await expect(page.locator('h1').textContent()).resolves.toBe(HOSTILE.title);
        await expect(page.locator('.facts dd').nth(2).textContent()).resolves.toBe(HOSTILE.place);
        const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
        expect(JSON.parse(jsonLd!)).toMatchObject({ name: HOSTILE.title, location: { name: HOSTILE.place } });
      }
      await page.close();
    }
  });

  it('carries schema.org Event JSON-LD on a meeting page, allowed by the CSP', async () => {
    const { page, csp } = await open(`${web.url}/reunions/ca-2024-04-04`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: "CA d'avril",
      startDate: '2024-04-04T18:00:00+02:00',
      endDate: '2024-04-04T20:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Salle B' },
    });
    expect(csp).toEqual([]);
    await page.close();
  });

  it.each(PAGE_TYPES)(
    'has no axe-core violation (WCAG 2.1 AA) on the %s page, at 1280 and 360 px',
    async (_name, path) => {
      for (const width of [1280, 360]) {
        const { page, csp } = await open(`${web.url}${path}`, width);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(5);
        // Responsive: nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(csp).toEqual([]);
        await page.close();
      }
    },
  );

  it('prints without the navigation, the filter and the buttons', async () => {
    const { page } = await open(`${web.url}/reunions/ca-2024-04-04`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['header.site nav', '.add', '.skip'].map((s) => getComputedStyle(document.querySelector(s)!).display),
    );
    expect(hidden).toEqual(['none', 'none', 'none']);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.goto(`${web.url}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('nav.filter')!).display)).toBe(
      'none',
    );
    await page.close();
  });
});
