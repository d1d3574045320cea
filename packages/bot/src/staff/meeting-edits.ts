import type { AgendaItem } from '@ptce/core';
import type { MeetingEdit } from '../store/index.js';

/**
 * Marks a meeting cancelled. Apply it with `store.updateMeeting`.
 *
 * @example
 * cancelled({ id: 'ca-2024-03', status: 'planned', … }).status
 * //=> 'cancelled'
 */
export const cancelled: MeetingEdit = (meeting) => ({ ...meeting, status: 'cancelled' });

/**
 * Moves a meeting to a new local start, and end. Without `end` the old end is dropped, since it
 * belonged to the old date. The status is kept.
 *
 * @param start - The new local start (`AAAA-MM-JJTHH:MM`, or a coarser date).
 * @param end - The new local end, if known.
 * @returns The edit.
 * @example
 * movedTo('2024-03-19T18:00', '2024-03-19T20:00')({ id: 'ca-2024-03', start: '2024-03-12T18:00', end: '2024-03-12T20:00', … }).end
 * //=> '2024-03-19T20:00'
 */
export function movedTo(start: string, end?: string): MeetingEdit {
  return ({ end: _end, ...meeting }) =>
    end === undefined ? { ...meeting, start } : { ...meeting, start, end };
}

/**
 * Replaces a meeting's agenda.
 *
 * @param items - The new agenda.
 * @returns The edit.
 * @example
 * withAgenda([{ title: 'Budget' }])(meeting).agenda
 * //=> [{ title: 'Budget' }]
 */
export function withAgenda(items: readonly AgendaItem[]): MeetingEdit {
  return (meeting) => ({ ...meeting, agenda: [...items] });
}

/**
 * Sets the link to a meeting's minutes (compte-rendu), keeping their summary.
 *
 * @param url - The http(s) address of the minutes.
 * @returns The edit.
 * @example
 * withMinutesUrl('https://example.org/cr.pdf')({ …, minutes: { summary: 'Budget voté.' } }).minutes
 * //=> { summary: 'Budget voté.', url: 'https://example.org/cr.pdf' }
 */
export function withMinutesUrl(url: string): MeetingEdit {
  return (meeting) => ({ ...meeting, minutes: { ...meeting.minutes, url } });
}
