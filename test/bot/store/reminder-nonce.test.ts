import { describe, expect, it } from 'vitest';
import { reminderNonce } from '../../../packages/bot/src/store/index.js';

describe('reminderNonce', () => {
  it('is the same for the same key and fingerprint', () => {
    expect(reminderNonce('ca-2024-03-12:j-7:ca', '2024-03-12T18:00|planned')).toBe(
      reminderNonce('ca-2024-03-12:j-7:ca', '2024-03-12T18:00|planned'),
    );
  });

  it('never changes across versions, so a resend after an upgrade keeps its nonce', () => {
    expect(reminderNonce('ca-2024-03-12:j-7:ca', '2024-03-12T18:00|planned')).toBe(
      '1xst2v1uqsayjx8lry3dpkeo',
    );
    expect(reminderNonce('', '')).toBe('0x11y311zoqny6pnvnhvi422');
  });

  it("is 24 base36 characters, within Discord's 25", () => {
    for (const [key, fingerprint] of [
      ['', ''],
      ['a', 'b'],
      ['ca-2024-03-12:j-7:ca', '2024-03-12T18:00|planned'],
      ['réunion-très-longue'.repeat(20), 'é'.repeat(100)],
    ] as const) {
      expect(reminderNonce(key, fingerprint)).toMatch(/^[0-9a-z]{24}$/);
    }
  });

  it('changes with the key or the fingerprint', () => {
    const base = reminderNonce('ca:j-7:ca', 'f1');
    expect(reminderNonce('ca:veille:ca', 'f1')).not.toBe(base);
    expect(reminderNonce('ca:j-7:ca', 'f2')).not.toBe(base);
  });

  it('does not confuse where the key ends and the fingerprint starts', () => {
    expect(reminderNonce('a', 'bc')).not.toBe(reminderNonce('ab', 'c'));
  });
});
