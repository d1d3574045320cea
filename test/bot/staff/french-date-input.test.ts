import { describe, expect, it } from 'vitest';
import { parseFrenchDay, parseFrenchTime } from '../../../packages/bot/src/staff/french-date-input.js';

const now = new Date('2026-11-23T10:00:00Z');
const day = (t: string) => parseFrenchDay(t, now, 'Europe/Paris');

describe('parseFrenchDay', () => {
  it('reads the four accepted forms', () => {
    expect(day('15/12/2026')).toEqual({ ok: true, date: '2026-12-15' });
    expect(day('2026-12-15')).toEqual({ ok: true, date: '2026-12-15' });
    expect(day('15 décembre 2026')).toEqual({ ok: true, date: '2026-12-15' });
    expect(day('mardi 15 décembre')).toEqual({ ok: true, date: '2026-12-15' });
  });

  it('takes next year for a day already past this year', () => {
    expect(day('12 mars')).toEqual({ ok: true, date: '2027-03-12' });
    expect(day('1er decembre')).toEqual({ ok: true, date: '2026-12-01' });
  });

  it('refuses an impossible date', () => {
    expect(day('30/02/2027')).toEqual({ ok: false, error: 'Date impossible : « 30/02/2027 ».' });
  });

  it('refuses a weekday that does not match the date', () => {
    expect(day('lundi 15 décembre')).toEqual({
      ok: false,
      error: 'Le 15 décembre 2026 est un mardi, pas un lundi.',
    });
  });

  it('explains the accepted forms for anything else', () => {
    expect(day('demain')).toEqual({
      ok: false,
      error:
        'Date non reconnue : « demain ». Écrivez par exemple 15/12/2026, 2026-12-15, 15 décembre 2026 ou mardi 15 décembre.',
    });
  });
});

describe('parseFrenchTime', () => {
  it('reads 14:00, 14h, 14 h 30 and 9h05', () => {
    expect(parseFrenchTime('14:00')).toEqual({ ok: true, date: '14:00' });
    expect(parseFrenchTime('14h')).toEqual({ ok: true, date: '14:00' });
    expect(parseFrenchTime('14 h 30')).toEqual({ ok: true, date: '14:30' });
    expect(parseFrenchTime('9h05')).toEqual({ ok: true, date: '09:05' });
  });

  it('refuses 25h', () => {
    expect(parseFrenchTime('25h')).toEqual({
      ok: false,
      error: 'Heure non reconnue : « 25h ». Écrivez par exemple 14:00, 14h ou 14 h 30.',
    });
  });
});
