import { describe, expect, it } from 'vitest';
import {
  digestTimingFr,
  latestDigestSlot,
  parseDigestSchedule,
} from '../../../packages/bot/src/reminders/digest.js';

describe('digest timing', () => {
  it('reads a twice-a-month schedule as days of the month', () => {
    expect(parseDigestSchedule('1er et 15 à 08:00')).toEqual({ monthDays: [1, 15], time: '08:00' });
    expect(parseDigestSchedule('le 1er et le 15 à 8h30')).toEqual({ monthDays: [1, 15], time: '08:30' });
    expect(parseDigestSchedule('mardi à 9h00')).toEqual({ weekday: 'TU', time: '09:00' });
    expect(parseDigestSchedule('32 08:00')).toBeUndefined();
    expect(parseDigestSchedule('1er et 15 à 25:00')).toBeUndefined();
  });

  it('says the schedule in French', () => {
    expect(digestTimingFr({ monthDays: [1, 15], time: '08:00' })).toBe('le 1er et le 15 du mois à 08:00');
    expect(digestTimingFr({ weekday: 'MO', time: '08:00' })).toBe('chaque lundi à 08:00');
  });

  it('finds the latest monthly slot, before and after its hour', () => {
    const timing = { monthDays: [1, 15], time: '08:00' };
    expect(latestDigestSlot(new Date('2026-03-14T09:00:00Z'), timing, 'Europe/Paris')).toBe('2026-03-01');
    expect(latestDigestSlot(new Date('2026-03-15T06:59:00Z'), timing, 'Europe/Paris')).toBe('2026-03-01');
    expect(latestDigestSlot(new Date('2026-03-15T07:00:00Z'), timing, 'Europe/Paris')).toBe('2026-03-15');
  });
});
