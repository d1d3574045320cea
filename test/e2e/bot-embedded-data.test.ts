import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, embedOf, startHarness } from '../bot/discord/e2e-harness.js';

let h: BotHarness;

beforeAll(async () => {
  // No PTCE_DATA: the bot serves the embedded Auton'Hommes dataset.
  h = await startHarness({ env: () => ({ PTCE_DATA: '', PTCE_CLOCK: '2023-12-01T09:00:00+01:00' }) });
});
afterAll(async () => {
  await h?.stop();
});

describe('the embedded dataset', () => {
  it('is served when PTCE_DATA is not set', async () => {
    const reply = await h.fake.sendInteraction({
      name: 'prochain',
      options: { instance: 'comite-strategique' },
    }).response;
    const embed = embedOf(reply);
    expect(embed.title).toBe('Prochaine réunion : Comité stratégique');
    expect(String(embed.description)).toContain('mardi 12 décembre 2023');
    expect(h.logs.find((l) => l.includes('INFO  bot ready'))).toContain('now=2023-12-01T08:00:00');
  });

  it('autocompletes its bodies', async () => {
    const reply = await h.fake.sendInteraction({
      name: 'prochain',
      type: 4,
      options: { instance: 'comité str' },
    }).response;
    expect(reply.data.choices).toEqual([{ name: 'Comité stratégique', value: 'comite-strategique' }]);
  });
});
