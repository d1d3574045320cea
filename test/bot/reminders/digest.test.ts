import { parseDataset } from '@ptce/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DigestJob,
  latestDigestSlot,
  parseDigestSchedule,
} from '../../../packages/bot/src/reminders/digest.js';
import type { ReminderMessage } from '../../../packages/bot/src/reminders/reminder-message.js';
import { openStore, type Store } from '../../../packages/bot/src/store/index.js';
import { GUILD, STAFF_CHANNEL, silentLogger } from './scheduler-fixture.js';

const DIGEST_CHANNEL = '623456789012345678';
const YAML = `version: 1
ptce: { id: demo, name: PTCE Démo, territory: { name: Démo } }
sources: [{ id: doc, title: Doc, date: "2026" }]
bodies: [{ id: bureau, name: Bureau, level: association, kind: bureau, source: doc }]
meetings:
  - { id: bureau-oct, body: bureau, title: Bureau, start: "2026-10-06T18:00", status: held }
  - { id: bureau-dec, body: bureau, title: Bureau, start: "2026-12-01T18:00", status: planned }
  - { id: bureau-jan, body: bureau, title: Bureau, start: "2027-01-12T18:00", status: planned }
`;
const parsed = parseDataset(YAML);
if (!parsed.ok) throw new Error('fixture');
const dataset = parsed.value;

class Recorder {
  readonly posts: { channelId: string; content: string; id: string }[] = [];
  readonly edits: { channelId: string; messageId: string; content: string }[] = [];
  async send(channelId: string, message: ReminderMessage): Promise<string> {
    const id = String(700000000000000000n + BigInt(this.posts.length));
    this.posts.push({ channelId, content: message.content, id });
    return id;
  }
  async edit(channelId: string, messageId: string, message: ReminderMessage): Promise<void> {
    this.edits.push({ channelId, messageId, content: message.content });
  }
}

let store: Store;
let sender: Recorder;
let job: DigestJob;
beforeEach(() => {
  store = openStore(':memory:');
  sender = new Recorder();
  job = new DigestJob({
    guildId: GUILD,
    store,
    sender,
    logger: silentLogger,
    schedule: { channelId: DIGEST_CHANNEL, weekday: 'MO', time: '08:00', weeks: 4 },
    staffChannelId: STAFF_CHANNEL,
    minutesAfterDays: 14,
  });
});
afterEach(() => store.close());

describe('weekly digest', () => {
  it('reads the schedule setting', () => {
    expect(parseDigestSchedule('lundi 08:00')).toEqual({ weekday: 'MO', time: '08:00' });
    expect(parseDigestSchedule('Vendredi 17h30')).toEqual({ weekday: 'FR', time: '17:30' });
    expect(parseDigestSchedule('lundi matin')).toBeUndefined();
  });

  it('finds the latest Monday 08:00 slot in Paris time', () => {
    expect(
      latestDigestSlot(new Date('2026-11-23T06:59:00Z'), { weekday: 'MO', time: '08:00' }, 'Europe/Paris'),
    ).toBe('2026-11-16');
    expect(
      latestDigestSlot(new Date('2026-11-23T07:00:00Z'), { weekday: 'MO', time: '08:00' }, 'Europe/Paris'),
    ).toBe('2026-11-23');
  });

  it('posts once per week, then edits the same message', async () => {
    const first = await job.tick(dataset, new Date('2026-11-23T07:05:00Z'));
    expect(first.digest).toBe('posted');
    expect(
      sender.posts
        .filter((p) => p.channelId === DIGEST_CHANNEL)[0]!
        .content.split('\n')
        .slice(0, 3),
    ).toEqual([
      '🗓️ **Les réunions des 4 prochaines semaines** (mis à jour le lundi 23 novembre 2026)',
      '1 réunion :',
      'mardi 1er décembre 2026 à 18 h — Bureau (<t:1796144400:R>)',
    ]);
    expect((await job.tick(dataset, new Date('2026-11-24T07:05:00Z'))).digest).toBe('none');
    const next = await job.tick(dataset, new Date('2026-11-30T07:05:00Z'));
    expect(next.digest).toBe('edited');
    expect(sender.edits[0]!.messageId).toBe(sender.posts[0]!.id);
    expect(sender.posts.filter((p) => p.channelId === DIGEST_CHANNEL)).toHaveLength(1);
  });

  it('nudges staff once about a held meeting without compte-rendu', async () => {
    const r = await job.tick(dataset, new Date('2026-11-02T10:00:00Z'));
    expect(r.nudges).toBe(1);
    const nudge = sender.posts.find((p) => p.channelId === STAFF_CHANNEL)!;
    expect(
      nudge.content.startsWith(
        '📝 **Compte-rendu manquant** — Bureau, réunion du mardi 6 octobre 2026 à 18 h',
      ),
    ).toBe(true);
    expect((await job.tick(dataset, new Date('2026-11-03T10:00:00Z'))).nudges).toBe(0);
  });
});
