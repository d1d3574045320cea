import { createServer } from 'node:net';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, embedOf, fixture, startHarness } from '../bot/discord/e2e-harness.js';

/** A free port on the loopback, for the bot's HTTP server. */
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
let port: number;

beforeAll(async () => {
  port = await freePort();
  h = await startHarness({
    env: () => ({ PTCE_DATA: fixture('second-ptce.yaml'), PTCE_HTTP_PORT: String(port), PTCE_EVENTS: 'non' }),
  });
});

afterAll(async () => {
  await h.stop();
});

describe('the bot serves its calendar', () => {
  it('answers GET /calendar.ics with the meetings, readable by an independent parser', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toContain('Conseil de coopération de décembre');
  });

  it('answers /healthz', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('ok');
  });

  it('links /prochain answers to the feed', async () => {
    const { response } = h.fake.sendInteraction({ name: 'prochain' });
    const embed = embedOf(await response);
    expect(String(embed.description)).toContain(
      `Toutes les dates dans votre agenda : http://127.0.0.1:${port}/calendar.ics`,
    );
  });
});
