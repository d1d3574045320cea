import {
  type AttendanceReport,
  type AttendanceResponse,
  attendanceReport,
  type ConvenedVoter,
  datedMeeting,
  type MeetingAttendanceRules,
} from '@ptce/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const meeting = datedMeeting(
  {
    id: 'ag',
    body: 'ag',
    title: 'AG',
    kind: 'meeting',
    start: '2025-06-20T14:00',
    agenda: [],
    status: 'planned',
  },
  'Europe/Paris',
);
const START = meeting.when.startsAt;

interface Scenario {
  readonly rules: MeetingAttendanceRules;
  readonly responses: AttendanceResponse[];
  readonly now: Date;
}

/** Structures s0…sN with one or two people each (p0a, p0b…), and answers from them and strangers. */
const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    binomes: fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }),
    voice: fc.constantFrom('structure' as const, 'person' as const),
    fraction: fc.constantFrom('1/4', '1/3', '1/2', '2/3', '1/1'),
    cap: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined, freq: 5 }),
    afterStart: fc.boolean(),
  })
  .chain(({ binomes, voice, fraction, cap, afterStart }) => {
    const structures = binomes.map((two, i) => ({
      id: `s${i}`,
      people: two ? [`p${i}a`, `p${i}b`] : [`p${i}a`],
    }));
    const convened: ConvenedVoter[] =
      voice === 'structure'
        ? structures.map((s) => ({ id: s.id, kind: 'structure', name: s.id.toUpperCase(), people: s.people }))
        : structures.flatMap((s) =>
            s.people.map((p) => ({ id: p, kind: 'person' as const, name: p, people: [p], structure: s.id })),
          );
    const ids = [...structures.flatMap((s) => [s.id, ...s.people]), 'stranger'];
    const people = structures.flatMap((s) => s.people);
    // Weighted so that proxies often meet a present holder, and a few answers come late.
    const response = fc.record({
      respondent: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...people) }, fc.constantFrom(...ids)),
      answer: fc.oneof(
        { weight: 3, arbitrary: fc.constant('present' as const) },
        { weight: 3, arbitrary: fc.constant('proxy' as const) },
        fc.constant('excused' as const),
        fc.constant('absent' as const),
      ),
      holder: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...people) }, fc.constantFrom(...ids)),
      at: fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: START - 20, max: START - 1 }) },
        fc.integer({ min: START, max: START + 2 }),
      ),
    });
    const rules: MeetingAttendanceRules = {
      meetingId: 'ag',
      target: { kind: 'body', id: 'ag', name: 'AG' },
      rules: {
        convened: 'members',
        voice,
        quorum: fraction,
        ...(cap === undefined ? {} : { proxies: { maxPerHolder: cap } }),
        setting: true,
      },
      open: false,
      convened,
    };
    return fc.record({
      rules: fc.constant(rules),
      responses: fc
        .array(response, { minLength: binomes.length, maxLength: 2 * binomes.length + 2 })
        .map((list) => list.map(({ holder, ...r }) => (r.answer === 'proxy' ? { ...r, holder } : r))),
      now: fc.constant(new Date(afterStart ? START + 1 : START - 30)),
    });
  });

const report = (s: Scenario, responses = s.responses) => attendanceReport(meeting, responses, s.rules, s.now);
const givers = (r: AttendanceReport) => r.represented.flatMap((g) => g.givers);

describe('attendanceReport properties', () => {
  it('puts every convened voice in exactly one state, and the counts add up', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = report(s);
        const c = r.counts;
        expect(c.present + c.represented + c.awaitingHolder + c.excused + c.absent + c.noAnswer).toBe(
          c.convened,
        );
        const placed = [
          ...r.present,
          ...givers(r),
          ...r.awaitingHolder.flatMap((g) => g.givers),
          ...r.excused,
          ...r.absent,
          ...r.noAnswer,
        ].map((v) => v.id);
        expect(placed.sort()).toEqual(s.rules.convened.map((v) => v.id).sort());
        expect([
          r.present.length,
          givers(r).length,
          r.excused.length,
          r.absent.length,
          r.noAnswer.length,
        ]).toEqual([c.present, c.represented, c.excused, c.absent, c.noAnswer]);
        expect(r.quorum?.counted).toBe(c.present + c.represented);
      }),
    );
  });

  it('never counts a proxy chain, a proxy to someone absent, or more proxies than the cap', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = report(s);
        const present = new Set(r.present.map((v) => v.id));
        const holders = new Set(r.represented.map((g) => g.holder.id));
        for (const group of r.represented) {
          expect(present.has(group.holder.id)).toBe(true);
          expect(group.givers.length).toBeLessThanOrEqual(s.rules.rules.proxies?.maxPerHolder ?? 0);
          for (const giver of group.givers) {
            expect(holders.has(giver.id) || present.has(giver.id) || giver.id === group.holder.id).toBe(
              false,
            );
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same report whatever the order of the responses', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          fc.tuple(fc.constant(s), fc.shuffledSubarray(s.responses, { minLength: s.responses.length })),
        ),
        ([s, shuffled]) => {
          expect(report(s, shuffled)).toEqual(report(s));
        },
      ),
    );
  });

  it('is monotone in presence: one more person present never lowers the quorum count', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          fc.tuple(fc.constant(s), fc.constantFrom(...s.rules.convened.flatMap((v) => v.people))),
        ),
        ([s, person]) => {
          const base = report(s);
          const more = report(s, [...s.responses, { respondent: person, answer: 'present', at: START - 1 }]);
          expect(more.quorum!.counted).toBeGreaterThanOrEqual(base.quorum!.counted);
          if (base.quorum!.reached) expect(more.quorum!.reached).toBe(true);
        },
      ),
    );
  });
});
