import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/bench-math.js';
import {
  buildDataset,
  type Dataset,
  type Meeting,
  parseDataset,
  withMeetings,
} from '../../../packages/core/src/index.js';

const text = readFileSync(new URL('../../../packages/core/data/auton-hommes.yaml', import.meta.url), 'utf8');
const parsed = parseDataset(text);
if (!parsed.ok) throw new Error('auton-hommes.yaml is invalid');
const base = parsed.value;

/** Every field of a dataset as plain data, maps and typed arrays as arrays in their order. */
function plain(value: unknown): unknown {
  if (value instanceof Float64Array) return [...value];
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    if (Symbol.iterator in value) return [...(value as Iterable<unknown>)].map(plain);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A random staff change to a file's meetings: the new list and the ids it touched. */
function randomEdit(
  meetings: readonly Meeting[],
  random: () => number,
  serial: number,
): { meetings: Meeting[]; changed: string[] } {
  const list = meetings.slice();
  const changed: string[] = [];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const targets = [...base.bodies.map((b) => ({ body: b.id })), ...base.groups.map((g) => ({ group: g.id }))];
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count; k++) {
    const i = Math.floor(random() * list.length);
    const m = list[i];
    const day = `${2022 + Math.floor(random() * 5)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const kind = Math.floor(random() * 7);
    if (m === undefined || kind === 0) {
      const { body, group } = pick(targets) as { body?: string; group?: string };
      const added: Meeting = {
        id: `ajout-${serial}-${k}`,
        ...(body ? { body } : { group: group! }),
        title: 'Réunion ajoutée',
        kind: 'meeting',
        start: `${day}T${pad(8 + Math.floor(random() * 10))}:00`,
        agenda: [],
        status: 'planned',
      };
      list.push(added);
      changed.push(added.id);
      continue;
    }
    changed.push(m.id);
    if (kind === 1) list[i] = { ...m, status: 'cancelled' };
    else if (kind === 2) {
      const { end: _end, ...rest } = m;
      const start = pick([day, `${day}T${pad(8 + Math.floor(random() * 10))}:30`, day.slice(0, 7)]);
      list[i] = { ...rest, start };
    } else if (kind === 3)
      list[i] = { ...m, agenda: [{ title: `Point ${serial}` }, { title: 'Questions diverses' }] };
    else if (kind === 4)
      list[i] = { ...m, minutes: { url: `https://example.org/cr-${serial}.pdf`, summary: 'Adopté.' } };
    else if (kind === 5) list.splice(i, 1);
    else {
      const { body: _body, group: _group, ...rest } = m;
      list[i] = { ...rest, ...(pick(targets) as { body: string } | { group: string }) };
    }
  }
  return { meetings: list, changed };
}

describe('withMeetings', () => {
  it('gives the dataset buildDataset gives, edit after edit, on random edits', () => {
    const random = seededRandom(20_261_204);
    let incremental: Dataset = base;
    for (let step = 0; step < 150; step++) {
      const before = plain(incremental);
      const edit = randomEdit(incremental.file.meetings, random, step);
      // Now and then many changes at once, as when a shard catches up with another's edits.
      for (let k = 1; step % 25 === 24 && k < 40; k++) {
        const more = randomEdit(edit.meetings, random, step * 100 + k);
        edit.meetings = more.meetings;
        edit.changed.push(...more.changed);
      }
      const next = withMeetings(incremental, edit.meetings, new Set(edit.changed));
      const rebuilt = buildDataset({ ...base.file, meetings: edit.meetings });
      expect(plain(next)).toEqual(plain(rebuilt));
      expect(plain(incremental)).toEqual(before);
      for (const m of edit.meetings)
        expect(next.meetingById.get(m.id)).toEqual(rebuilt.meetingById.get(m.id));
      incremental = next;
    }
  });

  it('moves a meeting in the sorted index and in its target’s list', () => {
    const first = base.meetings.find((m) => m.body !== undefined)!;
    const moved = { ...base.file.meetings.find((m) => m.id === first.id)!, start: '2099-01-05T10:00' };
    const next = withMeetings(
      base,
      base.file.meetings.map((m) => (m.id === moved.id ? moved : m)),
      new Set([moved.id]),
    );
    expect(next.meetings.at(-1)?.id).toBe(moved.id);
    expect(next.meetingStarts.at(-1)).toBe(Date.parse('2099-01-05T09:00:00Z'));
    expect(next.meetingsByTarget.get(first.body!)?.at(-1)?.id).toBe(moved.id);
    expect(base.meetingsByTarget.get(first.body!)?.[0]).toBe(first);
  });

  it('drops a removed meeting from every index', () => {
    const gone = base.meetings[3]!;
    const next = withMeetings(
      base,
      base.file.meetings.filter((m) => m.id !== gone.id),
      new Set([gone.id]),
    );
    expect([next.meetingById.has(gone.id), next.meetings.length, next.meetingById.size]).toEqual([
      false,
      base.meetings.length - 1,
      base.meetings.length - 1,
    ]);
    expect(next.meetings.some((m) => m.id === gone.id)).toBe(false);
  });

  it('takes a meeting that is not the dataset’s own as changed, even when it is not named', () => {
    const [first, second, ...rest] = base.file.meetings;
    const meetings = [second!, { ...first!, status: 'cancelled' as const }, ...rest];
    const next = withMeetings(base, meetings, new Set());
    expect(plain(next)).toEqual(plain(buildDataset({ ...base.file, meetings })));
    const fewer = base.file.meetings.filter((_, i) => i !== 4);
    expect(plain(withMeetings(base, fewer, new Set()))).toEqual(
      plain(buildDataset({ ...base.file, meetings: fewer })),
    );
  });

  it('copies and freezes the changed meetings, leaving the caller’s objects as they are', () => {
    const mine: Meeting = { ...base.file.meetings[0]!, agenda: [{ title: 'Budget' }] };
    const next = withMeetings(base, [mine, ...base.file.meetings.slice(1)], new Set([mine.id]));
    expect(Object.isFrozen(mine)).toBe(false);
    expect(next.file.meetings[0]).not.toBe(mine);
    expect(Object.isFrozen(next.file.meetings[0]!.agenda[0])).toBe(true);
    expect(next.meetingById.get(mine.id)?.agenda).toEqual([{ title: 'Budget' }]);
  });
});

describe('buildDataset', () => {
  it('shares frozen meetings instead of copying them, and copies the others', () => {
    const mine: Meeting = { ...base.file.meetings[1]!, status: 'cancelled' };
    const built = buildDataset({ ...base.file, meetings: [base.file.meetings[0]!, mine] });
    expect(built.file.meetings[0]).toBe(base.file.meetings[0]);
    expect(built.file.meetings[1]).not.toBe(mine);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(built.file.structures).toBe(base.file.structures);
  });
});
