import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../../packages/core/src/calendar/to-icalendar.js';
import { calendarDataset } from './calendar-fixture.js';

const dataset = calendarDataset();
const now = new Date('2024-01-15T10:00:00Z');
const feed = toICalendar(dataset.meetings, {
  dataset,
  now,
  url: 'https://pole-test.example/calendar.ics',
  sequenceOf: (m) => (m.id === 'ca-2024-04-04' ? 3 : 0),
});

// ical.js is an independent parser: it reads the VTIMEZONE we wrote to resolve each TZID.
const calendar = new ICAL.Component(ICAL.parse(feed.ics));
const vevents = calendar.getAllSubcomponents('vevent');
const veventOf = (id: string) => {
  const found = vevents.find((v) => v.getFirstPropertyValue('uid') === `${id}@pole-test.ptce`);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const eventOf = (id: string) => new ICAL.Event(veventOf(id));
const iso = (time: ICAL.Time) => time.toJSDate().toISOString();
const alarmsOf = (id: string) => {
  const event = eventOf(id);
  return veventOf(id)
    .getAllSubcomponents('valarm')
    .map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      const at = event.startDate.clone();
      const allDay = at.isDate;
      // An all-day event starts at midnight, floating: its alarms ring at a local time.
      at.isDate = false;
      at.addDuration(trigger);
      return { trigger: trigger.toString(), at: allDay ? at.toString() : iso(at) };
    });
};

describe('toICalendar', () => {
  it('makes one event per meeting known to the day or the minute, and counts the others', () => {
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      'ca-2024-03-28@pole-test.ptce',
      'velo-2024-04-02@pole-test.ptce',
      'ca-2024-04-04@pole-test.ptce',
      'gt1-2024-05-14@pole-test.ptce',
      'ca-2024-10-31@pole-test.ptce',
    ]);
    expect([feed.events, feed.omitted, feed.omittedIds]).toEqual([5, 2, ['bureau-2024', 'bureau-2024-06']]);
  });

  it('writes a wall-clock DTSTART with TZID=Europe/Paris and one VTIMEZONE for it', () => {
    expect(feed.ics).toContain('\r\nDTSTART;TZID=Europe/Paris:20240328T180000\r\n');
    expect(feed.ics).toContain('\r\nDTSTART;TZID=Europe/Paris:20240404T180000\r\n');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'Europe/Paris',
    ]);
  });

  it('gives the right UTC instant on both sides of the March change to summer time', () => {
    expect(iso(eventOf('ca-2024-03-28').startDate)).toBe('2024-03-28T17:00:00.000Z');
    expect(iso(eventOf('ca-2024-04-04').startDate)).toBe('2024-04-04T16:00:00.000Z');
  });

  it('gives the right UTC instant after the October change back to winter time', () => {
    expect(iso(eventOf('ca-2024-10-31').startDate)).toBe('2024-10-31T17:00:00.000Z');
  });

  it('ends at the given end, or two hours after the start', () => {
    expect(iso(eventOf('ca-2024-04-04').endDate)).toBe('2024-04-04T18:30:00.000Z');
    expect(iso(eventOf('ca-2024-03-28').endDate)).toBe('2024-03-28T19:00:00.000Z');
  });

  it('makes a meeting known to the day an all-day event', () => {
    const event = eventOf('gt1-2024-05-14');
    expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString()]).toEqual([
      true,
      '2024-05-14',
      '2024-05-15',
    ]);
    expect(feed.ics).toContain('\r\nDTSTART;VALUE=DATE:20240514\r\n');
  });

  it('marks a cancelled meeting CANCELLED, without alarms, and the others CONFIRMED', () => {
    expect(vevents.map((v) => v.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
    ]);
    expect(alarmsOf('ca-2024-10-31')).toEqual([]);
    expect(eventOf('ca-2024-10-31').description).toBe('Réunion annulée.');
  });

  it("mirrors the body's own reminder rules as alarms: the day before at 09:00 and 2 hours before", () => {
    expect(alarmsOf('ca-2024-04-04')).toEqual([
      { trigger: '-P1DT9H', at: '2024-04-03T07:00:00.000Z' },
      { trigger: '-PT2H', at: '2024-04-04T14:00:00.000Z' },
    ]);
  });

  it('rings the default 7-days-before alarm at 09:00 local time across the change to summer time', () => {
    // 26 March is still winter time (UTC+1), 1 April is summer time (UTC+2).
    expect(alarmsOf('velo-2024-04-02')).toEqual([
      { trigger: '-P7D', at: '2024-03-26T08:00:00.000Z' },
      { trigger: '-P1D', at: '2024-04-01T07:00:00.000Z' },
    ]);
  });

  it('rings the alarms of an all-day event at 09:00 on the days before', () => {
    expect(alarmsOf('gt1-2024-05-14')).toEqual([
      { trigger: '-P6DT15H', at: '2024-05-07T09:00:00' },
      { trigger: '-PT15H', at: '2024-05-13T09:00:00' },
    ]);
  });

  it('writes the SEQUENCE given for each meeting, 0 by default', () => {
    expect(vevents.map((v) => v.getFirstPropertyValue('sequence'))).toEqual([0, 0, 3, 0, 0]);
    const plain = toICalendar(dataset.meetings, { dataset, now });
    expect(plain.ics.match(/^SEQUENCE:.*$/gm)).toEqual([
      'SEQUENCE:0',
      'SEQUENCE:0',
      'SEQUENCE:0',
      'SEQUENCE:0',
      'SEQUENCE:0',
    ]);
  });

  it("names the body, or the sub-group's group and the sub-group, in CATEGORIES", () => {
    const categories = (id: string) => veventOf(id).getFirstProperty('categories')?.getValues();
    expect(categories('ca-2024-03-28')).toEqual(["Conseil d'administration"]);
    expect(categories('velo-2024-04-02')).toEqual(['Mobilité', 'Vélo']);
    expect(categories('gt1-2024-05-14')).toEqual(['Mobilité']);
  });

  it('puts the place in LOCATION, the link in URL and the nested agenda in DESCRIPTION', () => {
    const event = eventOf('ca-2024-04-04');
    expect(event.location).toBe('Salle B');
    expect(veventOf('ca-2024-04-04').getFirstPropertyValue('url')).toBe('https://visio.pole-test.example/ca');
    expect(event.description).toBe(
      [
        'Ordre du jour :',
        '- 18:00 Accueil',
        '- Budget (La trésorière)',
        '  - Comptes 2023',
        '  - Prévisions 2024',
        '',
        'Lien : https://visio.pole-test.example/ca',
      ].join('\n'),
    );
    expect(eventOf('ca-2024-03-28').location).toBe('Salle A, Valenciennes');
  });

  it('stamps every event with now, in UTC, and names the calendar', () => {
    expect(feed.ics.match(/^DTSTAMP:.*$/gm)?.every((line) => line === 'DTSTAMP:20240115T100000Z')).toBe(true);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Réunions — Pôle Test');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    expect(calendar.getFirstPropertyValue('url')).toBe('https://pole-test.example/calendar.ics');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('ends every line with CRLF and folds none past 75 characters', () => {
    expect(feed.ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.ics.split('\r\n').every((line) => line.length <= 75 && !line.includes('\n'))).toBe(true);
  });

  it('gives the same text for the same inputs', () => {
    const again = toICalendar(dataset.meetings, {
      dataset,
      now,
      url: 'https://pole-test.example/calendar.ics',
      sequenceOf: (m) => (m.id === 'ca-2024-04-04' ? 3 : 0),
    });
    expect(again.ics).toBe(feed.ics);
  });

  it('makes an empty but valid calendar when no meeting is known to the day', () => {
    const coarse = dataset.meetings.filter((m) => m.id.startsWith('bureau'));
    const empty = toICalendar(coarse, { dataset, now, name: 'Bureau' });
    expect([empty.events, empty.omitted]).toEqual([0, 2]);
    const parsed = new ICAL.Component(ICAL.parse(empty.ics));
    expect(parsed.getAllSubcomponents('vevent')).toEqual([]);
    expect(parsed.getAllSubcomponents('vtimezone')).toEqual([]);
    expect(parsed.getFirstPropertyValue('x-wr-calname')).toBe('Bureau');
  });

  it('uses a VTIMEZONE generator passed in instead of its own', () => {
    const custom = toICalendar(dataset.meetings.slice(1, 2), {
      dataset,
      now,
      vTimezone: (tz) => `BEGIN:VTIMEZONE\nTZID:${tz}\nX-TEST:1\nEND:VTIMEZONE`,
    });
    expect(custom.ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nX-TEST:1\r\nEND:VTIMEZONE\r\n');
  });
});
