import { type Dataset, parseDataset } from '@ptce/core';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../../../packages/bot/src/http/http-server.js';
import { CALENDAR_FIXTURE, calendarDataset } from '../../core/calendar/calendar-fixture.js';

let current = new Date('2024-01-15T10:00:00.400Z');
let dataset: Dataset = calendarDataset();
let sequence = 0;
let server: HttpServer;
const logged: string[] = [];

beforeAll(async () => {
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    getDataset: () => dataset,
    getSequence: (m) => (m.id === 'ca-2024-04-04' ? sequence : 0),
    now: () => current,
    logger: { info: (m) => logged.push(m), error: (m) => logged.push(m) },
  });
});
afterAll(() => server.close());

const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
const uidsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((v) => v.getFirstPropertyValue('uid'));

describe('startHttpServer', () => {
  it('listens on an ephemeral port of 127.0.0.1 and says where', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(logged).toEqual([`Flux iCalendar servi sur ${server.url}/calendar.ics`]);
  });

  it('serves every meeting of the PTCE at /calendar.ics, with its validators', async () => {
    const response = await get('/calendar.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(response.headers.get('last-modified')).toBe('Mon, 15 Jan 2024 10:00:00 GMT');
    const body = await response.text();
    expect(uidsOf(body)).toHaveLength(17);
    expect(uidsOf(body)).toContain('ca-2024-04-04@pole-test.ptce');
    expect(uidsOf(body)).toContain('bureau-mensuel-2024-03-05@pole-test.ptce');
    expect(body).toContain('\r\nDTSTAMP:20240115T100000Z\r\n');
  });

  it('answers 304 to a matching If-None-Match, even later, while nothing changed', async () => {
    const first = await get('/calendar.ics');
    const etag = first.headers.get('etag')!;
    current = new Date('2024-01-15T11:30:00Z');
    const again = await get('/calendar.ics', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect([again.headers.get('etag'), again.headers.get('last-modified')]).toEqual([
      etag,
      'Mon, 15 Jan 2024 10:00:00 GMT',
    ]);
    const weak = await get('/calendar.ics', { headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(weak.status).toBe(304);
  });

  it('answers 304 to If-Modified-Since at or after the last change, 200 before it', async () => {
    const since = await get('/calendar.ics', {
      headers: { 'If-Modified-Since': 'Mon, 15 Jan 2024 10:00:00 GMT' },
    });
    expect(since.status).toBe(304);
    const before = await get('/calendar.ics', {
      headers: { 'If-Modified-Since': 'Mon, 15 Jan 2024 09:59:59 GMT' },
    });
    expect(before.status).toBe(200);
  });

  it('gives a new ETag and Last-Modified when a meeting changes', async () => {
    const etag = (await get('/calendar.ics')).headers.get('etag')!;
    const moved = parseDataset(
      CALENDAR_FIXTURE.replace('start: "2024-03-28T18:00"', 'start: "2024-03-29T18:00"'),
    );
    if (!moved.ok) throw new Error('fixture');
    dataset = moved.value;
    current = new Date('2024-01-16T08:00:00Z');
    const response = await get('/calendar.ics', { headers: { 'If-None-Match': etag } });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).not.toBe(etag);
    expect(response.headers.get('last-modified')).toBe('Tue, 16 Jan 2024 08:00:00 GMT');
    const body = await response.text();
    expect(body).toContain('DTSTART;TZID=Europe/Paris:20240329T180000');
    expect(body).toContain('\r\nDTSTAMP:20240116T080000Z\r\n');
  });

  it("gives a new ETag when a meeting's sequence rises", async () => {
    const before = await get('/calendar/ca.ics');
    const etag = before.headers.get('etag')!;
    expect(await before.text()).toContain('SEQUENCE:0');
    sequence = 2;
    current = new Date('2024-01-17T08:00:00Z');
    const after = await get('/calendar/ca.ics', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('\r\nSEQUENCE:2\r\n');
  });

  it('serves one body at /calendar/<id>.ics', async () => {
    const response = await get('/calendar/ca.ics');
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(uidsOf(body)).toEqual([
      'ca-2024-03-28@pole-test.ptce',
      'ca-2024-04-04@pole-test.ptce',
      'ca-2024-10-31@pole-test.ptce',
    ]);
    expect(body).toContain("X-WR-CALNAME:Conseil d'administration — Pôle Test");
  });

  it("serves a group's feed with its sub-groups' meetings", async () => {
    expect(uidsOf(await (await get('/calendar/gt1.ics')).text())).toEqual([
      'velo-2024-04-02@pole-test.ptce',
      'gt1-2024-05-14@pole-test.ptce',
    ]);
  });

  it('answers 404 in French for an unknown body or group', async () => {
    const response = await get('/calendar/inconnu.ics');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(
      'Instance ou groupe inconnu : « inconnu ». Identifiants connus : ca, bureau, gt1.\n',
    );
  });

  it('answers /healthz with the dataset and its number of meetings', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ status: 'ok', dataset: 'pole-test', meetings: 7 });
  });

  it('answers 404 for any other path, and 405 for a method other than GET or HEAD', async () => {
    const missing = await get('/agenda');
    expect([missing.status, await missing.text()]).toEqual([
      404,
      'Page introuvable : /agenda. Essayez /calendar.ics ou /healthz.\n',
    ]);
    const post = await get('/calendar.ics', { method: 'POST', body: 'x' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const full = await get('/calendar.ics');
    const body = await full.text();
    const head = await get('/calendar.ics', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(head.headers.get('etag')).toBe(full.headers.get('etag'));
  });

  it('ignores the query string', async () => {
    expect((await get('/calendar/ca.ics?token=abc')).status).toBe(200);
  });

  it('answers 500 in French and logs when the dataset cannot be read', async () => {
    const failing = await startHttpServer({
      port: 0,
      getDataset: () => {
        throw new Error('fichier illisible');
      },
      now: () => current,
      logger: { info: () => {}, error: (m) => logged.push(m) },
    });
    try {
      const response = await fetch(`${failing.url}/calendar.ics`);
      expect([response.status, await response.text()]).toEqual([500, 'Erreur interne du serveur.\n']);
      expect(logged.at(-1)).toBe('HTTP GET /calendar.ics : Error: fichier illisible');
    } finally {
      await failing.close();
    }
  });

  it.each([
    ['the feed server', false],
    ['the site', true],
  ])(
    'builds /calendar.ics once per dataset version and day on %s, then serves it from memory',
    async (_, pages) => {
      // Each build asks the sequence of every event once: the count says how often the feed was built.
      let asked = 0;
      let clock = new Date('2024-01-15T10:00:00Z');
      let served = calendarDataset();
      const cached = await startHttpServer({
        port: 0,
        pages,
        getDataset: () => served,
        getSequence: () => {
          asked++;
          return 0;
        },
        now: () => clock,
      });
      const feed = async (etag?: string) => {
        const response = await fetch(`${cached.url}/calendar.ics`, {
          headers: etag === undefined ? {} : { 'If-None-Match': etag },
        });
        return { status: response.status, etag: response.headers.get('etag'), body: await response.text() };
      };
      try {
        const first = await feed();
        const again = [await feed(), await feed(), await feed()];
        const conditional = await feed(first.etag!);
        const counts = [asked];
        // The next day: built again with the same stamp, the text is the same, so are its validators.
        clock = new Date('2024-01-16T10:00:00Z');
        const nextDay = await feed(first.etag!);
        counts.push(asked);
        // A new dataset (the same file, parsed again) is a new version, with the same text.
        served = calendarDataset();
        const reloaded = await feed(first.etag!);
        counts.push(asked);
        expect(counts).toEqual([17, 34, 51]);
        expect(again.map((r) => [r.status, r.etag, r.body === first.body])).toEqual([
          [200, first.etag, true],
          [200, first.etag, true],
          [200, first.etag, true],
        ]);
        expect([conditional, nextDay, reloaded].map((r) => [r.status, r.etag, r.body])).toEqual([
          [304, first.etag, ''],
          [304, first.etag, ''],
          [304, first.etag, ''],
        ]);
      } finally {
        await cached.close();
      }
    },
  );

  it('stops answering once closed', async () => {
    const other = await startHttpServer({ port: 0, getDataset: () => dataset, now: () => current });
    expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    await other.close();
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
});
