import type {
  Body,
  DatasetFile,
  Indicator,
  Meeting,
  Partner,
  Person,
  Ptce,
  ReminderPolicies,
  Series,
  Source,
  Structure,
  SubGroup,
  WorkingGroup,
} from '../schema/index.js';
import { type LocalDate, localEndInstant, localStartInstant, parseLocalDate } from '../time/index.js';
import { deepFreeze } from './deep-freeze.js';
import { MeetingsById } from './meetings-by-id.js';

/** When a meeting happens, resolved from its local text in its time zone. */
export interface MeetingTime {
  readonly start: LocalDate;
  readonly end?: LocalDate;
  readonly timeZone: string;
  /** Epoch milliseconds of the start (the start of the day or month for coarse dates). */
  readonly startsAt: number;
  /** Epoch milliseconds of the end: the given end, else the end of the day or month, else the start. */
  readonly endsAt: number;
}

/** A meeting with its resolved time. */
export type DatedMeeting = Meeting & { readonly when: MeetingTime };

/** A sub-group together with the group it belongs to. */
export interface SubGroupRef {
  readonly group: WorkingGroup;
  readonly subgroup: SubGroup;
}

/** A validated, indexed and immutable PTCE dataset. Build it with `parseDataset` or `buildDataset`. */
export interface Dataset {
  readonly file: DatasetFile;
  readonly ptce: Ptce;
  /** The PTCE's IANA time zone. */
  readonly timeZone: string;
  readonly sources: readonly Source[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly structures: readonly Structure[];
  readonly structureById: ReadonlyMap<string, Structure>;
  readonly partners: readonly Partner[];
  readonly partnerById: ReadonlyMap<string, Partner>;
  readonly people: readonly Person[];
  readonly personById: ReadonlyMap<string, Person>;
  readonly bodies: readonly Body[];
  readonly bodyById: ReadonlyMap<string, Body>;
  readonly groups: readonly WorkingGroup[];
  readonly groupById: ReadonlyMap<string, WorkingGroup>;
  readonly subgroupById: ReadonlyMap<string, SubGroupRef>;
  /** Every meeting, sorted by start then id. */
  readonly meetings: readonly DatedMeeting[];
  /** `meetings[i].when.startsAt`, for binary searches over time. */
  readonly meetingStarts: Float64Array;
  /** The longest `endsAt - startsAt` of any meeting (a year for a year-only date). */
  readonly maxMeetingSpan: number;
  readonly meetingById: ReadonlyMap<string, DatedMeeting>;
  /** Meetings per body, group or sub-group id, sorted by start. */
  readonly meetingsByTarget: ReadonlyMap<string, readonly DatedMeeting[]>;
  readonly series: readonly Series[];
  readonly indicators: readonly Indicator[];
  readonly indicatorByKey: ReadonlyMap<string, Indicator>;
  readonly reminders: ReminderPolicies;
}

/**
 * Resolves a meeting's local start and end into instants.
 *
 * @param meeting - A validated meeting whose dates are real.
 * @param defaultTimeZone - The PTCE's time zone, used when the meeting has none.
 * @returns The meeting with its `when`.
 * @example
 * datedMeeting({ id: 'ca', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-02-07', agenda: [], status: 'held' }, 'Europe/Paris').when.start.precision
 * //=> 'day'
 */
export function datedMeeting(meeting: Meeting, defaultTimeZone: string): DatedMeeting {
  const timeZone = meeting.timeZone ?? defaultTimeZone;
  const start = parseLocalDate(meeting.start);
  if (!start) throw new RangeError(`Date impossible : ${meeting.start}`);
  const end = meeting.end === undefined ? undefined : parseLocalDate(meeting.end);
  const startsAt = localStartInstant(start, timeZone).getTime();
  // A start with a time and no end ends when it starts (see localEndInstant): no second lookup.
  const endsAt = end
    ? end.precision === 'datetime'
      ? localStartInstant(end, timeZone).getTime()
      : localEndInstant(end, timeZone).getTime()
    : start.precision === 'datetime'
      ? startsAt
      : localEndInstant(start, timeZone).getTime();
  const when: MeetingTime = end
    ? { start, end, timeZone, startsAt, endsAt }
    : { start, timeZone, startsAt, endsAt };
  return { ...meeting, when };
}

/**
 * Compares two dated meetings by start instant, then by id, for stable sorting.
 *
 * @param a - A meeting.
 * @param b - Another meeting.
 * @returns A negative number when `a` comes first, positive when `b` does, 0 when equal.
 * @example
 * const m1 = datedMeeting({ id: 'ca-1', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-02-07', agenda: [], status: 'held' }, 'Europe/Paris');
 * const m2 = datedMeeting({ id: 'ca-2', body: 'ca', title: 'CA', kind: 'meeting', start: '2023-04-11', agenda: [], status: 'held' }, 'Europe/Paris');
 * [m2, m1].sort(compareMeetings).map((m) => m.id)
 * //=> ['ca-1', 'ca-2']
 */
export function compareMeetings(a: DatedMeeting, b: DatedMeeting): number {
  return a.when.startsAt - b.when.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(key(item), item);
  return map;
}

/**
 * A copy of the file in which what is frozen is shared, not copied: it cannot change. A frozen
 * value is taken as frozen whole (see `deepFreeze`). Everything else is copied in one go.
 */
function copyUnlessFrozen(file: DatasetFile): DatasetFile {
  if (Object.isFrozen(file)) return file;
  const copy: Record<string, unknown> = {};
  const unfrozen: unknown[] = [];
  const slots: [holder: Record<string | number, unknown>, key: string | number][] = [];
  const share = (holder: Record<string | number, unknown>, key: string | number, value: unknown) => {
    holder[key] = value;
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
      unfrozen.push(value);
      slots.push([holder, key]);
    }
  };
  for (const [key, value] of Object.entries(file)) {
    if (Array.isArray(value) && !Object.isFrozen(value)) {
      const items: unknown[] = [];
      copy[key] = items;
      value.forEach((item, i) => share(items as unknown as Record<number, unknown>, i, item));
    } else share(copy, key, value);
  }
  const copies = structuredClone(unfrozen);
  slots.forEach(([holder, key], i) => {
    holder[key] = copies[i];
  });
  return copy as DatasetFile;
}

/**
 * Builds the indexed, frozen dataset from a file that was already validated and cross-checked.
 * Prefer `parseDataset`, which validates first. The file is copied, except what is already frozen
 * (another dataset's records, for example), which is shared: freeze a value whole, with
 * `deepFreeze`, or not at all.
 *
 * @param file - The validated file content.
 * @returns The dataset, with its indexes.
 * @example
 * buildDataset(DatasetFile.parse(parseDocument(yamlText).toJS())).bodyById.get('bureau')?.name
 * //=> 'Bureau'
 */
export function buildDataset(file: DatasetFile): Dataset {
  const frozen = deepFreeze(copyUnlessFrozen(file));
  const timeZone = frozen.ptce.timeZone;
  const meetings = frozen.meetings.map((m) => Object.freeze(datedMeeting(m, timeZone))).sort(compareMeetings);
  const meetingStarts = new Float64Array(meetings.length);
  for (let i = 0; i < meetings.length; i++) meetingStarts[i] = meetings[i]!.when.startsAt;
  const maxMeetingSpan = meetings.reduce((max, m) => Math.max(max, m.when.endsAt - m.when.startsAt), 0);
  const meetingsByTarget = new Map<string, DatedMeeting[]>();
  for (const meeting of meetings) {
    const target = meeting.body ?? meeting.group;
    if (target === undefined) continue;
    const list = meetingsByTarget.get(target);
    if (list) list.push(meeting);
    else meetingsByTarget.set(target, [meeting]);
  }
  const subgroupById = new Map<string, SubGroupRef>();
  for (const group of frozen.groups) {
    for (const subgroup of group.subgroups) subgroupById.set(subgroup.id, { group, subgroup });
  }
  return Object.freeze({
    file: frozen,
    ptce: frozen.ptce,
    timeZone,
    sources: frozen.sources,
    sourceById: indexBy(frozen.sources, (s) => s.id),
    structures: frozen.structures,
    structureById: indexBy(frozen.structures, (s) => s.id),
    partners: frozen.partners,
    partnerById: indexBy(frozen.partners, (p) => p.id),
    people: frozen.people,
    personById: indexBy(frozen.people, (p) => p.id),
    bodies: frozen.bodies,
    bodyById: indexBy(frozen.bodies, (b) => b.id),
    groups: frozen.groups,
    groupById: indexBy(frozen.groups, (g) => g.id),
    subgroupById,
    meetings: Object.freeze(meetings),
    meetingStarts,
    maxMeetingSpan,
    meetingById: MeetingsById.of(meetings),
    meetingsByTarget,
    series: frozen.series,
    indicators: frozen.indicators,
    indicatorByKey: indexBy(frozen.indicators, (i) => i.key),
    reminders: frozen.reminders,
  });
}
