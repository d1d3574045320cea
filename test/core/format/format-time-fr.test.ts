import { describe, expect, it } from 'vitest';
import { formatTimeFr } from '../../../packages/core/src/format/format-time-fr.js';
import { formatTimeOfDayFr } from '../../../packages/core/src/format/format-time-of-day-fr.js';

describe('formatTimeFr', () => {
  it('writes a whole hour without minutes', () => {
    expect(formatTimeFr(14, 0)).toBe('14 h');
    expect(formatTimeFr(14)).toBe('14 h');
  });

  it('writes minutes on two digits after the hour', () => {
    expect(formatTimeFr(14, 30)).toBe('14 h 30');
    expect(formatTimeFr(9, 5)).toBe('9 h 05');
    expect(formatTimeFr(23, 59)).toBe('23 h 59');
  });

  it('writes midnight as "0 h" and a minute past as "0 h 01"', () => {
    expect(formatTimeFr(0, 0)).toBe('0 h');
    expect(formatTimeFr(0, 1)).toBe('0 h 01');
  });

  it('uses ordinary spaces', () => {
    expect(formatTimeFr(9, 5)).toBe('9\u0020h\u002005');
  });

  it('rejects an hour or minute out of range, in French', () => {
    expect(() => formatTimeFr(24, 0)).toThrow(new RangeError('heure invalide : 24 h 0 min'));
    expect(() => formatTimeFr(10, 60)).toThrow(RangeError);
    expect(() => formatTimeFr(-1, 0)).toThrow(RangeError);
    expect(() => formatTimeFr(9.5, 0)).toThrow(RangeError);
  });
});

describe('formatTimeOfDayFr', () => {
  it('formats HH:MM texts without the leading zero', () => {
    expect(formatTimeOfDayFr('09:00')).toBe('9 h');
    expect(formatTimeOfDayFr('18:45')).toBe('18 h 45');
    expect(formatTimeOfDayFr('07:05')).toBe('7 h 05');
    expect(formatTimeOfDayFr('00:00')).toBe('0 h');
  });

  it('rejects a text that is not a HH:MM time, in French', () => {
    expect(() => formatTimeOfDayFr('24:00')).toThrow(
      new RangeError('heure invalide : « 24:00 » (format attendu HH:MM)'),
    );
    expect(() => formatTimeOfDayFr('9:00')).toThrow(RangeError);
    expect(() => formatTimeOfDayFr('09:60')).toThrow(RangeError);
    expect(() => formatTimeOfDayFr('')).toThrow(RangeError);
  });
});
