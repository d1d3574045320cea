import { describe, expect, it } from 'vitest';
import { createLogger, formatLogLine } from '../../packages/bot/src/logger.js';

const AT = new Date('2026-01-15T08:00:00.000Z');

describe('createLogger', () => {
  it('writes one line per event with the time, the level, the message and the fields', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l), now: () => AT });
    logger.info('command answered', { command: 'prochain', ms: 3, user: '123456789012345678' });
    logger.warn('data reload refused', { reason: 'Le fichier « a.yaml » contient des erreurs.' });
    expect(lines).toEqual([
      '2026-01-15T08:00:00.000Z INFO  command answered command=prochain ms=3 user=123456789012345678',
      '2026-01-15T08:00:00.000Z WARN  data reload refused reason="Le fichier « a.yaml » contient des erreurs."',
    ]);
  });

  it('drops lines below the level', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l), level: 'warn', now: () => AT });
    logger.debug('a');
    logger.info('b');
    logger.error('c');
    expect(lines).toEqual(['2026-01-15T08:00:00.000Z ERROR c']);
  });

  it('masks the token wherever it appears, errors included', () => {
    const token = 'MTIz.secret.token';
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l), secrets: [token], now: () => AT });
    logger.error(`login with ${token}`, { error: new Error(`bad token ${token}`), raw: { token } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).toBe(
      '2026-01-15T08:00:00.000Z ERROR login with [masqué] error="Error: bad token [masqué]" raw={"token":"[masqué]"}',
    );
  });
});

describe('formatLogLine', () => {
  it('keeps a multi-line message and an error code on one line', () => {
    const error = Object.assign(new Error('Unknown interaction'), { code: 10062 });
    expect(formatLogLine(AT, 'error', 'a\nb', { error })).toBe(
      '2026-01-15T08:00:00.000Z ERROR a\\nb error="Error [10062]: Unknown interaction"',
    );
  });
});
