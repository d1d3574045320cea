import { type Dataset, parseDataset } from '@ptce/core';
import type { Clock, ClockTimer } from '../../../packages/bot/src/clock.js';
import { overlaidDataset } from '../../../packages/bot/src/data/overlaid-dataset.js';
import type { Logger } from '../../../packages/bot/src/logger.js';
import type { ReminderMessage } from '../../../packages/bot/src/reminders/reminder-message.js';
import type { ReminderSender } from '../../../packages/bot/src/reminders/reminder-sender.js';
import type { Store } from '../../../packages/bot/src/store/index.js';

export const GUILD = '123456789012345678';
export const COMITE_CHANNEL = '223456789012345678';
export const BUREAU_CHANNEL = '323456789012345678';
export const STAFF_CHANNEL = '423456789012345678';
export const ROLE = '523456789012345678';

export const YAML = `version: 1
ptce:
  id: demo
  name: PTCE Démo
  territory: { name: Démo }
sources:
  - { id: doc, title: Document, date: "2026" }
bodies:
  - { id: comite, name: Comité de coopération, level: ptce, kind: committee, source: doc }
  - { id: bureau, name: Bureau, level: association, kind: bureau, source: doc }
meetings:
  - id: comite-mars
    body: comite
    title: Comité de coopération
    start: "2026-03-30T18:00"
    place: Salle des fêtes, Arras
    agenda:
      - { title: Bilan 2025 }
      - { title: "Feuille de route @everyone" }
    status: planned
  - id: bureau-avril
    body: bureau
    title: Bureau
    start: "2026-04-14T09:30"
    status: planned
`;

export function demoDataset(): Dataset {
  const result = parseDataset(YAML, { filename: 'demo.yaml' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The dataset with staff changes from the store, as the bot builds it. */
export function withOverlay(base: Dataset, store: Store): Dataset {
  return overlaidDataset(base, store, GUILD);
}

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  readonly speed = 1;
  constructor(private t: number) {}
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  setTimeout(): ClockTimer {
    return { done: false };
  }
  clearTimeout(): void {}
  async sleep(): Promise<void> {}
}

/** Records sends; can be told to fail for a channel. */
export class RecordingSender implements ReminderSender {
  readonly sent: { channelId: string; message: ReminderMessage; nonce: string; id: string }[] = [];
  readonly failing = new Set<string>();
  private readonly byNonce = new Map<string, string>();
  private next = 900000000000000000n;
  async send(channelId: string, message: ReminderMessage, nonce: string): Promise<string> {
    if (this.failing.has(channelId)) throw new Error('Unknown Channel');
    const existing = this.byNonce.get(`${channelId}/${nonce}`);
    if (existing) return existing;
    const id = String(this.next++);
    this.byNonce.set(`${channelId}/${nonce}`, id);
    this.sent.push({ channelId, message, nonce, id });
    return id;
  }
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
