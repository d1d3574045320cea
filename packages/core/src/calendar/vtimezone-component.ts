import { type TZChange, tzOffset, tzScan } from '@date-fns/tz';

/** The years a `VTIMEZONE` must cover, inclusive. */
export interface YearRange {
  /** The first year. */
  readonly fromYear: number;
  /** The last year. */
  readonly toYear: number;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Onset {
  /** The wall-clock time of the change, read in the offset it leaves, as a UTC date. */
  readonly local: Date;
  readonly year: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The `VTIMEZONE` component of an IANA time zone for a span of years, built from the
 * runtime's own time-zone data (the one `TZDate` uses), for ical-generator's `timezone.generator`.
 * Each kind of change (such as "+0100 → +0200") becomes one observance: a yearly `RRULE` when
 * it follows a fixed "nth (or last) weekday of a month" pattern through the last year, else a
 * list of `RDATE`s. A zone that does not change in the first year also gets an observance for
 * the offset it starts with, so that no time in the span falls before every onset.
 *
 * @param timeZone - An IANA time zone, such as `Europe/Paris`.
 * @param years - The years to cover; take one more year on each side of the events.
 * @returns The component as iCalendar text, or `null` for `UTC`, which needs none.
 * @example
 * vTimezoneComponent('Europe/Paris', { fromYear: 2023, toYear: 2025 })?.split('\r\n').slice(0, 8)
 * //=> ['BEGIN:VTIMEZONE', 'TZID:Europe/Paris', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100',
 * //    'TZOFFSETTO:+0200', 'DTSTART:20230326T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT']
 */
export function vTimezoneComponent(timeZone: string, years: YearRange): string | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return null;
  const start = new Date(Date.UTC(years.fromYear, 0, 1) - 14 * 3_600_000);
  const end = new Date(Date.UTC(years.toYear + 1, 0, 1) + 14 * 3_600_000);
  const onsets = tzScan(timeZone, { start, end })
    .map((change) => onsetOf(change))
    .filter((o) => o.year >= years.fromYear && o.year <= years.toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (!onsets.some((o) => o.year === years.fromYear)) {
    const offset = tzOffset(timeZone, start);
    lines.push(...observance('STANDARD', offset, offset, `${years.fromYear}0101T000000`, []));
  }
  const kinds = new Map<string, Onset[]>();
  for (const onset of onsets) {
    const key = `${onset.from}|${onset.to}`;
    const list = kinds.get(key);
    if (list) list.push(onset);
    else kinds.set(key, [onset]);
  }
  for (const list of kinds.values()) {
    const first = list[0]!;
    const rule = yearlyRule(list, years.toYear);
    const extra = rule ? [rule] : list.slice(1).map((o) => `RDATE:${localText(o.local)}`);
    lines.push(
      ...observance(
        first.to > first.from ? 'DAYLIGHT' : 'STANDARD',
        first.from,
        first.to,
        localText(first.local),
        extra,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function onsetOf(change: TZChange): Onset {
  const from = change.offset - change.change;
  const local = new Date(change.date.getTime() + from * 60_000);
  return { local, year: local.getUTCFullYear(), from, to: change.offset };
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  from: number,
  to: number,
  dtstart: string,
  extra: readonly string[],
): string[] {
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `DTSTART:${dtstart}`,
    ...extra,
    `END:${kind}`,
  ];
}

// A yearly rule is only safe when the change happened every year up to the last one, on the
// same weekday of the same week of the same month, at the same time: a zone that dropped or
// moved its DST inside the span keeps explicit dates.
function yearlyRule(list: readonly Onset[], toYear: number): string | undefined {
  if (list.length < 2) return undefined;
  const first = list[0]!;
  const consecutive = list.every((o, i) => o.year === first.year + i) && list.at(-1)!.year === toYear;
  const same = list.every(
    (o) =>
      o.local.getUTCMonth() === first.local.getUTCMonth() &&
      o.local.getUTCDay() === first.local.getUTCDay() &&
      o.local.getUTCHours() === first.local.getUTCHours() &&
      o.local.getUTCMinutes() === first.local.getUTCMinutes(),
  );
  if (!consecutive || !same) return undefined;
  const weekday = WEEKDAYS[first.local.getUTCDay()]!;
  const month = first.local.getUTCMonth() + 1;
  const nth = (o: Onset) => Math.ceil(o.local.getUTCDate() / 7);
  const isLast = (o: Onset) => o.local.getUTCDate() + 7 > daysIn(o.local);
  if (list.every(isLast)) return `RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=-1${weekday}`;
  if (list.every((o) => nth(o) === nth(first)))
    return `RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth(first)}${weekday}`;
  return undefined;
}

function daysIn(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

function localText(local: Date): string {
  return (
    `${String(local.getUTCFullYear()).padStart(4, '0')}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`
  );
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
