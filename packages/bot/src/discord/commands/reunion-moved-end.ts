import type { Meeting } from '@ptce/core';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

// Wall-clock texts read as if they were UTC: only their difference matters, never an instant.
function wallMinutes(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000;
}

function wallText(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

/**
 * The end of a moved meeting: the same wall-clock length after the new start (a 14 h – 16 h 30
 * meeting moved to 9 h ends at 11 h 30, across a daylight-saving change too). `undefined` when
 * the meeting had no end to the minute, or the new start is not to the minute.
 */
export function movedEnd(meeting: Pick<Meeting, 'start' | 'end'>, newStart: string): string | undefined {
  if (meeting.end === undefined) return undefined;
  const start = wallMinutes(meeting.start);
  const end = wallMinutes(meeting.end);
  const next = wallMinutes(newStart);
  if (start === undefined || end === undefined || next === undefined || end <= start) return undefined;
  return wallText(next + (end - start));
}
