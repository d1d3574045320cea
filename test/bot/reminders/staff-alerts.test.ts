import { readFileSync } from 'node:fs';
import { parseDataset } from '@ptce/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReminderMessage } from '../../../packages/bot/src/reminders/reminder-message.js';
import { staffAlerts } from '../../../packages/bot/src/reminders/staff-alerts.js';
import { openStore, type Store } from '../../../packages/bot/src/store/index.js';
import { GUILD, STAFF_CHANNEL, silentLogger } from './scheduler-fixture.js';

// The second PTCE's council (Thursday 3 December 2026, 14 h) convened 20 days ahead, half its
// four member structures for a quorum: its J-14 reminder with the agenda is then too late.
const text = readFileSync(new URL('../../fixtures/second-ptce.yaml', import.meta.url), 'utf8').replace(
  '    composition: Les membres, les EPCI et les partenaires.\n',
  '    composition: Les membres, les EPCI et les partenaires.\n' +
    '    attendance: { convened: members, voice: structure, quorum: 1/2, noticeDays: 20, setting: true }\n',
);
const parsed = parseDataset(text);
if (!parsed.ok) throw new Error('fixture');
const dataset = parsed.value;

class Recorder {
  readonly posts: { channelId: string; content: string }[] = [];
  async send(channelId: string, message: ReminderMessage): Promise<string> {
    this.posts.push({ channelId, content: message.content });
    return String(800000000000000000n + BigInt(this.posts.length));
  }
  async edit(): Promise<void> {}
}

let store: Store;
let sender: Recorder;
const deps = () => ({ guildId: GUILD, store, sender, logger: silentLogger, staffChannelId: STAFF_CHANNEL });
beforeEach(() => {
  store = openStore(':memory:');
  sender = new Recorder();
});
afterEach(() => store.close());

describe('staff alerts about attendance', () => {
  it('warns on the eve of the convocation deadline when no reminder with the agenda goes out in time', async () => {
    expect(await staffAlerts(deps(), dataset, new Date('2026-11-11T10:00:00Z'))).toBe(0);
    expect(await staffAlerts(deps(), dataset, new Date('2026-11-12T10:00:00Z'))).toBe(1);
    expect(sender.posts).toEqual([
      {
        channelId: STAFF_CHANNEL,
        content:
          '📨 **Convocation à envoyer** — Conseil de coopération, jeudi 3 décembre 2026 de 14 h à 16 h 30 : la convocation (20 jours avant) doit partir au plus tard le vendredi 13 novembre 2026, et le premier rappel avec l’ordre du jour partira trop tard. Envoyez-la, ou ajoutez l’ordre du jour avec /reunion ordre-du-jour.',
      },
    ]);
    // Once only, even asked again the same day.
    expect(await staffAlerts(deps(), dataset, new Date('2026-11-13T10:00:00Z'))).toBe(0);
  });

  it('warns three days before a meeting whose answers do not reach the quorum, once', async () => {
    expect(await staffAlerts(deps(), dataset, new Date('2026-11-29T10:00:00Z'))).toBe(0);
    expect(await staffAlerts(deps(), dataset, new Date('2026-12-01T10:00:00Z'))).toBe(1);
    expect(sender.posts.map((p) => p.content)).toEqual([
      '⚠️ **Quorum en danger** — Conseil de coopération, jeudi 3 décembre 2026 de 14 h à 16 h 30 : 0 voix sur 2 requises à ce jour, il en manque 2 ; 4 sans réponse. Relancez avec /reunion relancer.',
    ]);
    expect(await staffAlerts(deps(), dataset, new Date('2026-12-02T10:00:00Z'))).toBe(0);
  });

  it('stays silent when the reminder with the agenda goes out before the deadline', async () => {
    const inTime = parseDataset(text.replace('noticeDays: 20', 'noticeDays: 8'));
    if (!inTime.ok) throw new Error('fixture');
    // The deadline is 25 November; its eve, the 24th: the J-14 reminder of 19 November is in time.
    expect(await staffAlerts(deps(), inTime.value, new Date('2026-11-24T10:00:00Z'))).toBe(0);
    expect(sender.posts).toEqual([]);
  });

  it('stays silent without a staff channel', async () => {
    expect(
      await staffAlerts({ ...deps(), staffChannelId: undefined }, dataset, new Date('2026-12-01T10:00:00Z')),
    ).toBe(0);
  });
});
