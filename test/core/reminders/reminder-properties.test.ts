import { TZDate } from '@date-fns/tz';
import { type DatedMeeting, datedMeeting, type MeetingStatus, type ReminderRule } from '@ptce/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueReminders,
  type LedgerEntry,
  ledgerByKey,
  type ReminderDecisions,
  reminderPlan,
  reminderPlanReport,
} from '../../../packages/core/src/meetings/reminders/index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const wide = { from: new Date('1990-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') };
const STATUSES: readonly MeetingStatus[] = ['planned', 'held', 'cancelled'];

interface MeetingSpec {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly precision: 'datetime' | 'day' | 'month' | 'year';
  readonly timeZone: string;
  readonly status: MeetingStatus;
}

function startText(s: Pick<MeetingSpec, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'precision'>): string {
  const day = `${s.year}-${pad(s.month)}-${pad(s.day)}`;
  switch (s.precision) {
    case 'year':
      return String(s.year);
    case 'month':
      return `${s.year}-${pad(s.month)}`;
    case 'day':
      return day;
    default:
      return `${day}T${pad(s.hour)}:${pad(s.minute)}`;
  }
}

function toMeetings(specs: readonly MeetingSpec[]): DatedMeeting[] {
  return specs.map((s, i) =>
    datedMeeting(
      {
        id: `m${i}`,
        body: 'ca',
        title: 'CA',
        kind: 'meeting',
        start: startText(s),
        agenda: [],
        status: s.status,
      },
      s.timeZone,
    ),
  );
}

const meetingSpec = (options: {
  years: [number, number];
  months?: [number, number];
  zones: readonly string[];
}) =>
  fc.record({
    year: fc.integer({ min: options.years[0], max: options.years[1] }),
    month: fc.integer({ min: options.months?.[0] ?? 1, max: options.months?.[1] ?? 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    precision: fc.constantFrom(
      'datetime' as const,
      'datetime' as const,
      'day' as const,
      'month' as const,
      'year' as const,
    ),
    timeZone: fc.constantFrom(...options.zones),
    status: fc.constantFrom(...STATUSES),
  });

const ruleShape = fc.oneof(
  fc.record({
    daysBefore: fc.integer({ min: 0, max: 10 }),
    at: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${pad(h)}:${pad(m)}`),
  }),
  fc.record({ hoursBefore: fc.integer({ min: 0, max: 72 }) }),
  fc.record({ minutesBefore: fc.integer({ min: 0, max: 600 }) }),
  fc.record({ hoursBefore: fc.integer({ min: 0, max: 5 }), minutesBefore: fc.integer({ min: 0, max: 59 }) }),
);
const rules = fc
  .array(ruleShape, { minLength: 1, maxLength: 5 })
  .map((shapes): ReminderRule[] =>
    shapes.map((shape, i) => ({ id: `r${i}`, includeAgenda: false, ...shape })),
  );

/** The last Sunday of a month, as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

describe('reminder plan properties', () => {
  it('never plans a reminder at or after its meeting, and accounts for every (meeting, rule)', () => {
    fc.assert(
      fc.property(
        fc.array(
          meetingSpec({
            years: [2019, 2041],
            zones: ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'],
          }),
          { maxLength: 15 },
        ),
        rules,
        (specs, ruleList) => {
          const meetings = toMeetings(specs);
          const report = reminderPlanReport(meetings, { default: ruleList, byTarget: {} }, wide);
          for (const r of report.reminders) expect(r.sendAt).toBeLessThan(r.meetingStartsAt);
          for (const [i, r] of report.reminders.entries()) {
            const next = report.reminders[i + 1];
            if (next)
              expect(r.sendAt < next.sendAt || (r.sendAt === next.sendAt && r.key < next.key)).toBe(true);
          }
          for (const m of meetings) {
            const precise = m.when.start.precision === 'datetime' || m.when.start.precision === 'day';
            expect(report.unplannable.filter((u) => u.meetingId === m.id).length).toBe(precise ? 0 : 1);
            for (const rule of ruleList) {
              const planned = report.reminders.filter((r) => r.meetingId === m.id && r.ruleId === rule.id);
              const dropped = report.dropped.filter((d) => d.meetingId === m.id && d.ruleId === rule.id);
              expect(planned.length + dropped.length).toBe(precise ? 1 : 0);
              const [reminder] = planned;
              if (reminder && rule.daysBefore === undefined) {
                const minutes = (rule.hoursBefore ?? 0) * 60 + (rule.minutesBefore ?? 0);
                expect(reminder.meetingStartsAt - reminder.sendAt).toBe(minutes * 60_000);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sends "à 9 h" rules at 09:00 Paris time on both sides of every DST change from 2020 to 2040', () => {
    const aroundChange = fc
      .record({
        year: fc.integer({ min: 2020, max: 2040 }),
        month: fc.constantFrom(3, 10),
        offset: fc.integer({ min: -9, max: 9 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        daysBefore: fc.integer({ min: 0, max: 9 }),
      })
      .map((g) => {
        const day = new Date(Date.UTC(g.year, g.month - 1, lastSunday(g.year, g.month) + g.offset));
        return {
          ...g,
          year: day.getUTCFullYear(),
          month: day.getUTCMonth() + 1,
          day: day.getUTCDate(),
          precision: 'datetime' as const,
        };
      });
    fc.assert(
      fc.property(aroundChange, (g) => {
        const meeting = toMeetings([{ ...g, timeZone: 'Europe/Paris', status: 'planned' }]);
        const rule: ReminderRule = {
          id: 'neuf',
          daysBefore: g.daysBefore,
          at: '09:00',
          includeAgenda: false,
        };
        const plan = reminderPlan(meeting, { default: [rule], byTarget: {} }, wide);
        expect(plan.length).toBe(g.daysBefore >= 1 || g.hour * 60 + g.minute > 540 ? 1 : 0);
        const [reminder] = plan;
        if (!reminder) return;
        const sendDay = new Date(Date.UTC(g.year, g.month - 1, g.day - g.daysBefore));
        const y = sendDay.getUTCFullYear();
        const md = (sendDay.getUTCMonth() + 1) * 100 + sendDay.getUTCDate();
        const summer = md >= 300 + lastSunday(y, 3) && md < 1000 + lastSunday(y, 10);
        const offsetHours = summer ? 2 : 1;
        expect(reminder.sendAt).toBe(sendDay.getTime() + (9 - offsetHours) * 3_600_000);
        const local = new TZDate(reminder.sendAt, 'Europe/Paris');
        expect([local.getHours(), local.getMinutes(), local.getDate()]).toEqual([9, 0, sendDay.getUTCDate()]);
        expect(local.getTimezoneOffset()).toBe(-60 * offsetHours);
      }),
      { numRuns: 2000 },
    );
  });
});

it('finds the same plan by binary search as by scanning, for meetings sorted by start', () => {
  fc.assert(
    fc.property(
      fc.array(meetingSpec({ years: [2023, 2025], zones: ['Europe/Paris', 'America/New_York'] }), {
        maxLength: 30,
      }),
      rules,
      fc.integer({ min: Date.UTC(2022, 11, 1), max: Date.UTC(2026, 1, 1) }),
      fc.integer({ min: 0, max: 400 * 86_400_000 }),
      (specs, ruleList, from, span) => {
        const meetings = toMeetings(specs).sort((a, b) => a.when.startsAt - b.when.startsAt);
        const window = { from: new Date(from), to: new Date(from + span) };
        const policies = { default: ruleList, byTarget: {} };
        expect(reminderPlanReport(meetings, policies, { ...window, sortedByStart: true })).toEqual(
          reminderPlanReport(meetings, policies, window),
        );
      },
    ),
    { numRuns: 200 },
  );
});

describe('dueReminders properties', () => {
  const scenario = fc.record({
    specs: fc.array(
      meetingSpec({ years: [2024, 2024], months: [1, 3], zones: ['Europe/Paris'] }).map((s) => ({
        ...s,
        precision: s.precision === 'datetime' || s.precision === 'day' ? s.precision : ('datetime' as const),
      })),
      { maxLength: 20 },
    ),
    rules,
    twoTargets: fc.boolean(),
    ledgerChoices: fc.array(
      fc.option(
        fc.record({
          state: fc.constantFrom('claimed' as const, 'sent' as const, 'skipped' as const),
          sameFingerprint: fc.boolean(),
        }),
      ),
      { maxLength: 100 },
    ),
    now: fc.integer({ min: Date.UTC(2023, 11, 20), max: Date.UTC(2024, 3, 1) }),
    later: fc.integer({ min: 0, max: 30 * 86_400_000 }),
    catchUpWindowMs: fc.integer({ min: 0, max: 3 * 86_400_000 }),
    toleranceMs: fc.option(fc.integer({ min: 0, max: 3_600_000 }), { nil: undefined }),
  });

  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

  function build(s: Scenario) {
    const plan = reminderPlan(
      toMeetings(s.specs),
      { default: s.rules, byTarget: {} },
      {
        ...wide,
        targetsOf: () => (s.twoTargets ? ['111', '222'] : ['default']),
      },
    );
    const ledger = new Map<string, LedgerEntry>();
    for (const [i, r] of plan.entries()) {
      const choice = s.ledgerChoices[i];
      if (!choice) continue;
      const fingerprint = choice.sameFingerprint ? r.fingerprint : `ancienne|${r.fingerprint}`;
      ledger.set(`${r.key} ${fingerprint}`, { key: r.key, fingerprint, state: choice.state });
    }
    const options = { catchUpWindowMs: s.catchUpWindowMs, toleranceMs: s.toleranceMs };
    return { plan, ledger, options };
  }

  function record(ledger: Map<string, LedgerEntry>, decisions: ReminderDecisions): void {
    for (const r of [...decisions.due, ...decisions.late]) {
      ledger.set(`${r.key} ${r.fingerprint}`, { key: r.key, fingerprint: r.fingerprint, state: 'sent' });
    }
    for (const { reminder: r, reason } of decisions.skipped) {
      if (reason === 'recorded') continue;
      ledger.set(`${r.key} ${r.fingerprint}`, {
        key: r.key,
        fingerprint: r.fingerprint,
        state: 'skipped',
        reason,
      });
    }
    for (const { entry, reason } of decisions.superseded) {
      ledger.set(`${entry.key} ${entry.fingerprint}`, { ...entry, state: 'skipped', reason });
    }
  }

  it('classifies every planned reminder exactly once, in plan order', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, ledger, options } = build(s);
        const d = dueReminders(plan, ledger.values(), new Date(s.now), options);
        const lists = [d.due, d.late, d.pending, d.sent, d.skipped.map((x) => x.reminder)];
        const keys = lists.flatMap((list) => list.map((r) => r.key));
        expect(keys.sort()).toEqual(plan.map((r) => r.key).sort());
        const order = new Map(plan.map((r, i) => [r.key, i]));
        for (const list of lists) {
          const positions = list.map((r) => order.get(r.key) ?? -1);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
        for (const r of [...d.due, ...d.late]) {
          expect(r.status).not.toBe('cancelled');
          expect(r.meetingStartsAt).toBeGreaterThan(s.now);
        }
        expect(dueReminders(plan, ledgerByKey(ledger.values()), new Date(s.now), options)).toEqual(d);
      }),
      { numRuns: 300 },
    );
  });

  it('gives nothing new to send once its decisions are recorded in the ledger', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, ledger, options } = build(s);
        const now = new Date(s.now);
        const first = dueReminders(plan, ledger.values(), now, options);
        record(ledger, first);
        const again = dueReminders(plan, ledger.values(), now, options);
        expect(again.due).toEqual([]);
        expect(again.late).toEqual([]);
        expect(again.superseded).toEqual([]);
        expect(again.pending).toEqual(first.pending);
        expect(again.skipped.every((x) => x.reason === 'recorded')).toBe(true);
        expect(again.sent.length).toBe(first.sent.length + first.due.length + first.late.length);

        const done = new Set(
          [...first.due, ...first.late, ...first.skipped.map((x) => x.reminder)].map((r) => r.key),
        );
        const later = dueReminders(plan, ledger.values(), new Date(s.now + s.later), options);
        for (const r of [...later.due, ...later.late]) expect(done.has(r.key)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
