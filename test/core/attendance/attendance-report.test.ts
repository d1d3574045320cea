import { type AttendanceResponse, attendanceReport, type ConvenedVoter } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { attendanceDataset, meetingOf, rulesOf } from './fixture.js';

const dataset = attendanceDataset();
const ca = meetingOf(dataset, 'ca-2025-03');
const caRules = rulesOf(dataset, 'ca-2025-03');
const before = new Date('2025-03-01T12:00:00Z');
const after = new Date('2025-03-11T19:00:00Z');
const t = Date.parse('2025-03-02T08:00:00Z');
const ids = (voters: readonly ConvenedVoter[]) => voters.map((v) => v.id);
const answer = (
  respondent: string,
  kind: AttendanceResponse['answer'],
  extra: Partial<AttendanceResponse> = {},
): AttendanceResponse => ({ respondent, answer: kind, at: t, ...extra });

describe('attendanceReport: counts and quorum', () => {
  it('counts present and represented voices toward the quorum, as a forecast before the start', () => {
    const report = attendanceReport(
      ca,
      [
        answer('audrey', 'present'),
        answer('chloe', 'proxy', { holder: 'audrey' }),
        answer('david', 'excused'),
      ],
      caRules,
      before,
    );
    expect(report.final).toBe(false);
    expect(ids(report.present)).toEqual(['espoir']);
    expect(report.represented.map((g) => [g.holder.id, ids(g.givers)])).toEqual([['espoir', ['staj']]]);
    expect(ids(report.excused)).toEqual(['atis']);
    expect(ids(report.noAnswer)).toEqual(['clef']);
    expect(report.counts).toEqual({
      convened: 4,
      present: 1,
      represented: 1,
      awaitingHolder: 0,
      excused: 1,
      absent: 0,
      noAnswer: 1,
    });
    expect(report.quorum).toEqual({
      fraction: '1/2',
      required: 2,
      counted: 2,
      reached: true,
      missing: 0,
      reachable: true,
    });
    expect(report.invalidProxies).toEqual([]);
    expect(report.ignored).toEqual([]);
  });

  it('says how many voices are missing, and whether silence can still make the quorum', () => {
    const report = attendanceReport(
      ca,
      [answer('audrey', 'absent'), answer('chloe', 'excused')],
      caRules,
      before,
    );
    expect(report.quorum).toEqual({
      fraction: '1/2',
      required: 2,
      counted: 0,
      reached: false,
      missing: 2,
      reachable: true,
    });
    const third = attendanceReport(
      ca,
      [answer('audrey', 'absent'), answer('chloe', 'excused'), answer('david', 'absent')],
      caRules,
      before,
    );
    expect(third.quorum?.reachable).toBe(false);
  });

  it('takes silence as final once the meeting has started', () => {
    const report = attendanceReport(ca, [answer('audrey', 'present')], caRules, after);
    expect(report.final).toBe(true);
    expect(report.quorum).toEqual({
      fraction: '1/2',
      required: 2,
      counted: 1,
      reached: false,
      missing: 1,
      reachable: false,
    });
  });

  it('lets one person of a binôme carry the shared voice whatever the other answers', () => {
    const report = attendanceReport(
      ca,
      [answer('bernard', 'absent', { at: t + 5 }), answer('audrey', 'present')],
      caRules,
      before,
    );
    expect(ids(report.present)).toEqual(['espoir']);
    expect(report.counts.absent).toBe(0);
  });

  it("counts a respondent's latest answer, and ignores answers given once the meeting started", () => {
    const report = attendanceReport(
      ca,
      [
        answer('chloe', 'present', { at: t }),
        answer('chloe', 'excused', { at: t + 60_000 }),
        answer('david', 'present', { at: ca.when.startsAt }),
        answer('emma', 'absent', { at: t }),
        answer('emma', 'present', { at: ca.when.startsAt + 1 }),
      ],
      caRules,
      after,
    );
    expect(ids(report.excused)).toEqual(['staj']);
    expect(ids(report.absent)).toEqual(['clef']);
    expect(ids(report.noAnswer)).toEqual(['espoir', 'atis']);
    expect(report.ignored).toEqual([{ respondent: 'david', reason: 'late' }]);
  });

  it('leaves out, and lists, answers from people who are not convened', () => {
    const report = attendanceReport(
      ca,
      [answer('fabien', 'present'), answer('inconnu', 'absent')],
      caRules,
      before,
    );
    expect(report.counts.present).toBe(0);
    expect(report.ignored).toEqual([
      { respondent: 'fabien', reason: 'not-convened' },
      { respondent: 'inconnu', reason: 'not-convened' },
    ]);
  });

  it('accepts a structure answering as such', () => {
    const report = attendanceReport(ca, [answer('atis', 'present')], caRules, before);
    expect(ids(report.present)).toEqual(['atis']);
  });

  it('lists only those who answered at an open meeting, with no quorum', () => {
    const copil = meetingOf(dataset, 'copil-2025');
    const report = attendanceReport(
      copil,
      [answer('zoe', 'present'), answer('audrey', 'excused')],
      rulesOf(dataset, 'copil-2025'),
      before,
    );
    expect(report.convened.map((v) => [v.id, v.name])).toEqual([
      ['audrey', 'audrey'],
      ['zoe', 'zoe'],
    ]);
    expect([ids(report.present), ids(report.excused), report.counts.noAnswer, report.quorum]).toEqual([
      ['zoe'],
      ['audrey'],
      0,
      undefined,
    ]);
  });

  it('needs a quarter of 4 structures rounded up, and at least one voice', () => {
    const ag = attendanceDataset({ ca: { quorum: '1/4' } });
    const report = attendanceReport(ca, [], rulesOf(ag, 'ca-2025-03'), before);
    expect(report.quorum?.required).toBe(1);
  });
});

describe('attendanceReport: invalid proxies', () => {
  const reasons = (responses: AttendanceResponse[], rules = caRules, now = before) =>
    attendanceReport(ca, responses, rules, now).invalidProxies.map((p) => [p.giver.id, p.holder, p.reason]);

  it('refuses a proxy over the cap and keeps the earliest given', () => {
    const report = attendanceReport(
      ca,
      [
        answer('audrey', 'present'),
        answer('chloe', 'proxy', { holder: 'audrey', at: t + 2 }),
        answer('david', 'proxy', { holder: 'bernard', at: t + 1 }),
      ],
      caRules,
      before,
    );
    expect(report.represented.map((g) => [g.holder.id, ids(g.givers)])).toEqual([['espoir', ['atis']]]);
    expect(report.invalidProxies.map((p) => [p.giver.id, p.holder, p.reason])).toEqual([
      ['staj', 'audrey', 'over-cap'],
    ]);
    expect(ids(report.excused)).toEqual(['staj']);
    expect(report.counts).toEqual({
      convened: 4,
      present: 1,
      represented: 1,
      awaitingHolder: 0,
      excused: 1,
      absent: 0,
      noAnswer: 1,
    });
  });

  it('refuses a proxy to someone not convened, to oneself, and within a binôme', () => {
    expect(
      reasons([
        answer('chloe', 'proxy', { holder: 'fabien' }),
        answer('david', 'proxy', { holder: 'atis' }),
        answer('audrey', 'proxy', { holder: 'bernard' }),
      ]),
    ).toEqual([
      ['espoir', 'bernard', 'self'],
      ['staj', 'fabien', 'holder-not-convened'],
      ['atis', 'atis', 'self'],
    ]);
  });

  it('never counts a chain: a holder who gave their own proxy carries none', () => {
    const report = attendanceReport(
      ca,
      [
        answer('emma', 'present'),
        answer('chloe', 'proxy', { holder: 'david' }),
        answer('david', 'proxy', { holder: 'emma' }),
      ],
      caRules,
      before,
    );
    expect(report.represented.map((g) => [g.holder.id, ids(g.givers)])).toEqual([['clef', ['atis']]]);
    expect(report.invalidProxies.map((p) => [p.giver.id, p.holder, p.reason])).toEqual([
      ['staj', 'david', 'chain'],
    ]);
  });

  it('refuses a proxy to an excused holder, and to a silent one once the meeting started', () => {
    expect(reasons([answer('chloe', 'proxy', { holder: 'david' }), answer('david', 'excused')])).toEqual([
      ['staj', 'david', 'holder-not-present'],
    ]);
    expect(reasons([answer('chloe', 'proxy', { holder: 'david' })], caRules, after)).toEqual([
      ['staj', 'david', 'holder-not-present'],
    ]);
  });

  it('keeps a proxy to a holder who has not answered yet as awaiting, outside the quorum', () => {
    const report = attendanceReport(ca, [answer('chloe', 'proxy', { holder: 'david' })], caRules, before);
    expect(report.awaitingHolder.map((g) => [g.holder.id, ids(g.givers)])).toEqual([['atis', ['staj']]]);
    expect(report.counts.awaitingHolder).toBe(1);
    expect(report.quorum?.counted).toBe(0);
  });

  it('refuses every proxy where the rules allow none', () => {
    const none = rulesOf(attendanceDataset({ ca: { proxies: undefined } }), 'ca-2025-03');
    expect(
      reasons([answer('audrey', 'present'), answer('chloe', 'proxy', { holder: 'audrey' })], none),
    ).toEqual([['staj', 'audrey', 'not-allowed']]);
  });
});
