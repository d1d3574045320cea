import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../packages/core/src/calendar/to-json-ld.js';
import { calendarDataset } from './calendar-fixture.js';

const dataset = calendarDataset();
const feed = toJsonLd(dataset.meetings, { dataset });
const eventOf = (id: string) => {
  const found = feed.jsonLd['@graph'].find((e) => e['@id'] === `${id}@pole-test.ptce`);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('toJsonLd', () => {
  it('is a schema.org graph of the meetings known to the day or the minute, counting the others', () => {
    expect(feed.jsonLd['@context']).toBe('https://schema.org');
    expect(feed.jsonLd['@graph'].map((e) => e['@id'])).toEqual([
      'ca-2024-03-28@pole-test.ptce',
      'velo-2024-04-02@pole-test.ptce',
      'ca-2024-04-04@pole-test.ptce',
      'gt1-2024-05-14@pole-test.ptce',
      'ca-2024-10-31@pole-test.ptce',
    ]);
    expect([feed.events, feed.omitted, feed.omittedIds]).toEqual([5, 2, ['bureau-2024', 'bureau-2024-06']]);
  });

  it('writes start dates with the UTC offset of the day, on both sides of the change to summer time', () => {
    expect(eventOf('ca-2024-03-28').startDate).toBe('2024-03-28T18:00:00+01:00');
    expect(eventOf('ca-2024-04-04').startDate).toBe('2024-04-04T18:00:00+02:00');
    expect(eventOf('ca-2024-04-04').endDate).toBe('2024-04-04T20:30:00+02:00');
  });

  it('keeps a meeting known to the day as a date, without a time', () => {
    expect(eventOf('gt1-2024-05-14').startDate).toBe('2024-05-14');
  });

  it('describes a whole event: status, place and link, organizer, agenda, categories', () => {
    expect(eventOf('ca-2024-04-04')).toEqual({
      '@type': 'Event',
      '@id': 'ca-2024-04-04@pole-test.ptce',
      name: "CA d'avril",
      startDate: '2024-04-04T18:00:00+02:00',
      endDate: '2024-04-04T20:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [
        { '@type': 'Place', name: 'Salle B' },
        { '@type': 'VirtualLocation', url: 'https://visio.pole-test.example/ca' },
      ],
      organizer: {
        '@type': 'Organization',
        name: 'Association Pôle Test',
        url: 'https://pole-test.example',
        email: 'contact@pole-test.example',
      },
      url: 'https://visio.pole-test.example/ca',
      description:
        'Ordre du jour :\n- 18:00 Accueil\n- Budget (La trésorière)\n  - Comptes 2023\n  - Prévisions 2024\n\nLien : https://visio.pole-test.example/ca',
      keywords: "Conseil d'administration",
    });
  });

  it('marks a cancelled meeting EventCancelled', () => {
    expect(eventOf('ca-2024-10-31').eventStatus).toBe('https://schema.org/EventCancelled');
    expect(eventOf('ca-2024-03-28').eventStatus).toBe('https://schema.org/EventScheduled');
  });

  it('gives a meeting with a place only an offline attendance mode and a single Place', () => {
    const event = eventOf('ca-2024-03-28');
    expect([event.eventAttendanceMode, event.location]).toEqual([
      'https://schema.org/OfflineEventAttendanceMode',
      { '@type': 'Place', name: 'Salle A, Valenciennes' },
    ]);
    expect('location' in eventOf('velo-2024-04-02')).toBe(false);
  });

  it('names the PTCE as organizer when it has no carrier', () => {
    const { carrier: _carrier, ...ptce } = dataset.ptce;
    const bare = toJsonLd(dataset.meetings.slice(1, 2), { dataset: { ...dataset, ptce } });
    expect(bare.jsonLd['@graph'][0]?.organizer).toEqual({ '@type': 'Organization', name: 'Pôle Test' });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(feed.jsonLd))).toEqual(feed.jsonLd);
  });
});
