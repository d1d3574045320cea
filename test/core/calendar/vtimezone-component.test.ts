import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { vTimezoneComponent } from '../../../packages/core/src/calendar/vtimezone-component.js';

const linesOf = (tz: string, fromYear: number, toYear: number) =>
  vTimezoneComponent(tz, { fromYear, toYear })?.split('\r\n');

// ical.js resolves local times with the component alone, so this checks what clients will compute.
const offsetHours = (tz: string, fromYear: number, toYear: number, local: string) => {
  const zone = new ICAL.Timezone(ICAL.Component.fromString(vTimezoneComponent(tz, { fromYear, toYear })!));
  return zone.utcOffset(ICAL.Time.fromDateTimeString(local)) / 3600;
};

describe('vTimezoneComponent', () => {
  it('describes Paris with the two yearly rules of the last Sunday of March and of October', () => {
    expect(linesOf('Europe/Paris', 2023, 2025)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Paris',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'DTSTART:20230326T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'DTSTART:20231029T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('gives Paris UTC+1 before the last Sunday of March and UTC+2 after it', () => {
    expect(offsetHours('Europe/Paris', 2023, 2025, '2024-03-28T18:00:00')).toBe(1);
    expect(offsetHours('Europe/Paris', 2023, 2025, '2024-04-04T18:00:00')).toBe(2);
    expect(offsetHours('Europe/Paris', 2023, 2025, '2024-10-26T18:00:00')).toBe(2);
    expect(offsetHours('Europe/Paris', 2023, 2025, '2024-10-28T18:00:00')).toBe(1);
  });

  it('uses the nth weekday of the month where the rule is not the last one (New York)', () => {
    expect(linesOf('America/New_York', 2023, 2025)?.filter((l) => l.startsWith('RRULE'))).toEqual([
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    ]);
  });

  it('lists explicit dates for a zone that stopped changing inside the span (São Paulo, 2019)', () => {
    expect(linesOf('America/Sao_Paulo', 2017, 2021)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Sao_Paulo',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0200',
      'TZOFFSETTO:-0300',
      'DTSTART:20170219T000000',
      'RDATE:20180218T000000',
      'RDATE:20190217T000000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:-0300',
      'TZOFFSETTO:-0200',
      'DTSTART:20171015T000000',
      'RDATE:20181104T000000',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
    expect(offsetHours('America/Sao_Paulo', 2017, 2021, '2018-12-01T12:00:00')).toBe(-2);
    expect(offsetHours('America/Sao_Paulo', 2017, 2021, '2020-12-01T12:00:00')).toBe(-3);
  });

  it('gives a zone without changes a single observance from the first year (Tokyo)', () => {
    expect(linesOf('Asia/Tokyo', 2023, 2025)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'DTSTART:20230101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('keeps half-hour offsets and onsets (Lord Howe Island)', () => {
    expect(
      linesOf('Australia/Lord_Howe', 2023, 2024)?.filter((l) => /^(TZOFFSETTO|DTSTART)/.test(l)),
    ).toEqual(['TZOFFSETTO:+1030', 'DTSTART:20230402T020000', 'TZOFFSETTO:+1100', 'DTSTART:20231001T023000']);
  });

  it('needs no component for UTC', () => {
    expect(vTimezoneComponent('UTC', { fromYear: 2023, toYear: 2025 })).toBeNull();
  });
});
