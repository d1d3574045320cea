import { type DatedMeeting, datedMeeting } from '../../dataset/dataset.js';
import type { Meeting, Series } from '../../schema/index.js';
import { toLocalDate } from '../../time/index.js';
import { type OccurrenceRange, occurrences } from './occurrences.js';

/**
 * The occurrences of a series as dated meetings, so the rest of core (next meeting, cadence,
 * reminders, calendars) can treat them like any other meeting. Each meeting takes the
 * occurrence's stable id, the series' body or group, title, place, link and source; a
 * cancelled occurrence becomes a `cancelled` meeting, the others `planned` (a series cannot know
 * whether a past occurrence was held). The end is the start plus the series' duration.
 *
 * @param series - A validated series.
 * @param range - `from` (inclusive) and `to` (exclusive) instants, and the default time zone.
 * @returns The meetings sorted by start, then id.
 * @example
 * seriesMeetings(
 *   { id: 'gt1', group: 'gt1', title: 'GT1', frequency: 'weekly', interval: 1, weekday: 'TU', time: '18:00', durationMinutes: 90, from: '2024-01-01', exceptions: [] },
 *   { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-01-10T00:00:00Z') },
 * ).map((m) => [m.id, m.start, m.end, m.status])
 * //=> [['gt1-2024-01-02', '2024-01-02T18:00', '2024-01-02T19:30', 'planned'], ['gt1-2024-01-09', '2024-01-09T18:00', '2024-01-09T19:30', 'planned']]
 */
export function seriesMeetings(series: Series, range: OccurrenceRange): DatedMeeting[] {
  return occurrences(series, range).map((occurrence) => {
    const meeting: Meeting = {
      id: occurrence.id,
      ...(series.body === undefined ? {} : { body: series.body }),
      ...(series.group === undefined ? {} : { group: series.group }),
      title: series.title,
      kind: 'meeting',
      start: occurrence.start,
      end: toLocalDate(new Date(occurrence.endsAt), occurrence.timeZone).text,
      timeZone: occurrence.timeZone,
      ...(series.place === undefined ? {} : { place: series.place }),
      ...(series.link === undefined ? {} : { link: series.link }),
      agenda: [],
      status: occurrence.status === 'cancelled' ? 'cancelled' : 'planned',
      ...(occurrence.note === undefined ? {} : { note: occurrence.note }),
      ...(series.source === undefined ? {} : { source: series.source }),
    };
    const dated = datedMeeting(meeting, occurrence.timeZone);
    // Keep the exact instants: re-reading a local end text is ambiguous in the autumn DST hour.
    return { ...dated, when: { ...dated.when, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt } };
  });
}
