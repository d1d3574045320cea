import type { DatedMeeting } from '../dataset/dataset.js';
import type { AttendanceAnswer, AttendanceResponse } from './attendance-response.js';
import type { ConvenedVoter, MeetingAttendanceRules } from './meeting-attendance-rules.js';
import { quorumRequired } from './quorum-required.js';

/** A holder and the voices they carry. */
export interface ProxyGroup {
  readonly holder: ConvenedVoter;
  /** In the order of those convened. */
  readonly givers: readonly ConvenedVoter[];
}

/**
 * Why a proxy does not count: proxies are not allowed (`not-allowed`), the holder is not
 * convened (`holder-not-convened`), gives their own voice (`self`), gave a proxy themselves
 * (`chain`), is not coming (`holder-not-present`: excused, absent, or silent when the meeting
 * starts), or already carries as many proxies as allowed (`over-cap`, the earliest are kept).
 */
export type InvalidProxyReason =
  | 'not-allowed'
  | 'holder-not-convened'
  | 'self'
  | 'chain'
  | 'holder-not-present'
  | 'over-cap';

/** A proxy that does not count; its giver is counted as excused. */
export interface InvalidProxy {
  readonly giver: ConvenedVoter;
  /** The holder as answered (a person or structure id). */
  readonly holder: string;
  readonly reason: InvalidProxyReason;
}

/** An answer left out: from someone not convened, or given once the meeting had started. */
export interface IgnoredResponse {
  readonly respondent: string;
  readonly reason: 'not-convened' | 'late';
}

/** Whether the quorum is reached, on the answers so far or, once the meeting starts, for good. */
export interface QuorumStatus {
  readonly fraction: string;
  /** Voices needed: the fraction of those convened, rounded up. */
  readonly required: number;
  /** Present plus represented. */
  readonly counted: number;
  readonly reached: boolean;
  /** Voices still needed (0 when reached). */
  readonly missing: number;
  /** Whether it can still be reached: counted plus those yet to answer or to confirm a proxy. */
  readonly reachable: boolean;
}

/** How many voices are in each state; every convened voice is in exactly one. */
export interface AttendanceCounts {
  readonly convened: number;
  readonly present: number;
  readonly represented: number;
  /** Proxies to a holder who has not answered yet. */
  readonly awaitingHolder: number;
  readonly excused: number;
  readonly absent: number;
  readonly noAnswer: number;
}

/** Who is coming to a meeting, who is represented by whom, and whether the quorum is reached. */
export interface AttendanceReport {
  readonly meetingId: string;
  /** `true` once the meeting has started: answers are closed, the quorum is no longer a forecast. */
  readonly final: boolean;
  /** Those convened; for an open meeting, those who answered. */
  readonly convened: readonly ConvenedVoter[];
  readonly present: readonly ConvenedVoter[];
  /** Holders (who are present) with the voices they carry, in the order of those convened. */
  readonly represented: readonly ProxyGroup[];
  /** Proxies given to a holder who has not answered yet (before the meeting only). */
  readonly awaitingHolder: readonly ProxyGroup[];
  /** Excused, including the givers of proxies that do not count. */
  readonly excused: readonly ConvenedVoter[];
  readonly absent: readonly ConvenedVoter[];
  readonly noAnswer: readonly ConvenedVoter[];
  readonly counts: AttendanceCounts;
  /** Absent when the rules set no quorum. */
  readonly quorum?: QuorumStatus;
  readonly invalidProxies: readonly InvalidProxy[];
  /** One per respondent left out, in respondent order. */
  readonly ignored: readonly IgnoredResponse[];
}

// Per voice: what its people's answers add up to. A present person makes the voice present (the
// binôme shares one voice), then a proxy, then an excuse, then an absence.
const NONE = 0;
const ABSENT = 1;
const EXCUSED = 2;
const PROXY = 3;
const PRESENT = 4;
const RANK: Readonly<Record<AttendanceAnswer, number>> = {
  absent: ABSENT,
  excused: EXCUSED,
  proxy: PROXY,
  present: PRESENT,
};

/**
 * The attendance report of a meeting: who is convened, present, excused, represented (holder →
 * givers), absent or silent; whether the quorum (present + represented) is reached, or the
 * forecast and how many voices are missing; and the proxies that do not count, with why.
 *
 * Each respondent's latest answer given before the meeting's start counts (ties broken by the
 * answer, then the holder, so the order of `responses` never matters). A proxy counts only when
 * its holder is convened, is someone else, gave no proxy themselves (no chains) and is present;
 * a holder carries at most `proxies.maxPerHolder` voices, the earliest given.
 *
 * @param meeting - The meeting (its id and start).
 * @param responses - Every recorded answer, in any order.
 * @param rules - The meeting's rules, from `meetingAttendanceRules`.
 * @param now - The current instant: from the start on, answers are closed and silence is final.
 * @returns The report.
 * @example
 * const ca = dataset.meetingById.get('2023-11-09-conseil-administration')!;
 * const report = attendanceReport(ca, [
 *   { respondent: 'aciae', answer: 'present', at: 0 },
 *   { respondent: 'action', answer: 'proxy', holder: 'aciae', at: 0 },
 * ], meetingAttendanceRules(dataset, ca)!, new Date('2023-11-01T00:00:00Z'));
 * report.counts
 * //=> { convened: 20, present: 1, represented: 1, awaitingHolder: 0, excused: 0, absent: 0, noAnswer: 18 }
 * report.quorum
 * //=> { fraction: '1/2', required: 10, counted: 2, reached: false, missing: 8, reachable: true }
 */
export function attendanceReport(
  meeting: Pick<DatedMeeting, 'id' | 'when'>,
  responses: readonly AttendanceResponse[],
  rules: MeetingAttendanceRules,
  now: Date,
): AttendanceReport {
  const startsAt = meeting.when.startsAt;
  const final = now.getTime() >= startsAt;
  const voters: ConvenedVoter[] = [...rules.convened];
  const shared = voterIndex(rules.convened);
  // An open meeting adds those who answer; the shared index must not see them.
  const indexOf = rules.open ? new Map(shared) : shared;

  // The latest answer of each respondent, before the start.
  const latest = new Map<string, AttendanceResponse>();
  const late = new Set<string>();
  for (const response of responses) {
    if (!(response.at < startsAt)) {
      late.add(response.respondent);
      continue;
    }
    const previous = latest.get(response.respondent);
    if (previous === undefined || isLater(response, previous)) latest.set(response.respondent, response);
  }

  const ignored: IgnoredResponse[] = [];
  const state: number[] = new Array(voters.length).fill(NONE);
  const proxyOf: (AttendanceResponse | undefined)[] = new Array(voters.length).fill(undefined);
  const respondents = [...new Set([...latest.keys(), ...late])].sort();
  for (const respondent of respondents) {
    const response = latest.get(respondent);
    if (response === undefined) {
      ignored.push({ respondent, reason: 'late' });
      continue;
    }
    let i = indexOf.get(respondent);
    if (i === undefined) {
      if (!rules.open) {
        ignored.push({ respondent, reason: 'not-convened' });
        continue;
      }
      i = voters.length;
      voters.push({ id: respondent, kind: 'person', name: respondent, people: [respondent] });
      indexOf.set(respondent, i);
      state.push(NONE);
      proxyOf.push(undefined);
    }
    const rank = RANK[response.answer];
    const current = state[i] as number;
    if (rank > current) {
      state[i] = rank;
      proxyOf[i] = rank === PROXY ? response : undefined;
    } else if (rank === PROXY && current === PROXY && isLater(response, proxyOf[i] as AttendanceResponse)) {
      proxyOf[i] = response;
    }
  }

  // Proxies, checked in an order that gives the most telling reason first.
  const invalidProxies: InvalidProxy[] = [];
  const invalidReasonOf = new Map<number, InvalidProxyReason>();
  const validByHolder = new Map<number, number[]>();
  const awaitingByHolder = new Map<number, number[]>();
  for (let i = 0; i < voters.length; i++) {
    if (state[i] !== PROXY) continue;
    const response = proxyOf[i] as AttendanceResponse;
    const h = response.holder === undefined ? undefined : indexOf.get(response.holder);
    let reason: InvalidProxyReason | undefined;
    if (!rules.rules.proxies) reason = 'not-allowed';
    else if (h === undefined) reason = 'holder-not-convened';
    else if (h === i) reason = 'self';
    else if (state[h] === PROXY) reason = 'chain';
    else if (state[h] === ABSENT || state[h] === EXCUSED || (state[h] === NONE && final))
      reason = 'holder-not-present';
    if (reason !== undefined) invalidReasonOf.set(i, reason);
    else {
      const byHolder = state[h as number] === PRESENT ? validByHolder : awaitingByHolder;
      const list = byHolder.get(h as number);
      if (list) list.push(i);
      else byHolder.set(h as number, [i]);
    }
  }
  const cap = rules.rules.proxies?.maxPerHolder ?? 0;
  const capped = (byHolder: Map<number, number[]>): Map<number, number[]> => {
    for (const [, givers] of byHolder) {
      if (givers.length <= cap) continue;
      const byTime = [...givers].sort((a, b) => compareProxies(proxyOf[a]!, a, proxyOf[b]!, b));
      const kept = new Set(byTime.slice(0, cap));
      for (const g of byTime.slice(cap)) invalidReasonOf.set(g, 'over-cap');
      givers.splice(0, givers.length, ...givers.filter((g) => kept.has(g)));
    }
    return byHolder;
  };
  capped(validByHolder);
  capped(awaitingByHolder);

  const present: ConvenedVoter[] = [];
  const excused: ConvenedVoter[] = [];
  const absent: ConvenedVoter[] = [];
  const noAnswer: ConvenedVoter[] = [];
  const represented: ProxyGroup[] = [];
  const awaitingHolder: ProxyGroup[] = [];
  let representedCount = 0;
  let awaitingCount = 0;
  const convened: ConvenedVoter[] = [];
  for (let i = 0; i < voters.length; i++) {
    const voter = voters[i] as ConvenedVoter;
    const s = state[i];
    // An open meeting awaits nobody: only those who answered are listed.
    if (rules.open && s === NONE) continue;
    convened.push(voter);
    if (s === PRESENT) {
      present.push(voter);
      const givers = validByHolder.get(i);
      if (givers) {
        represented.push({ holder: voter, givers: givers.map((g) => voters[g] as ConvenedVoter) });
        representedCount += givers.length;
      }
    } else if (s === EXCUSED) excused.push(voter);
    else if (s === ABSENT) absent.push(voter);
    else if (s === NONE) noAnswer.push(voter);
    else {
      const reason = invalidReasonOf.get(i);
      if (reason !== undefined) {
        excused.push(voter);
        invalidProxies.push({ giver: voter, holder: proxyOf[i]?.holder ?? '', reason });
      }
    }
    const pending = awaitingByHolder.get(i);
    if (pending) {
      awaitingHolder.push({ holder: voter, givers: pending.map((g) => voters[g] as ConvenedVoter) });
      awaitingCount += pending.length;
    }
  }

  const counts: AttendanceCounts = {
    convened: convened.length,
    present: present.length,
    represented: representedCount,
    awaitingHolder: awaitingCount,
    excused: excused.length,
    absent: absent.length,
    noAnswer: noAnswer.length,
  };
  const fraction = rules.rules.quorum;
  const report: AttendanceReport = {
    meetingId: meeting.id,
    final,
    convened,
    present,
    represented,
    awaitingHolder,
    excused,
    absent,
    noAnswer,
    counts,
    invalidProxies,
    ignored,
  };
  if (fraction === undefined || rules.open) return report;
  const required = quorumRequired(counts.convened, fraction);
  const counted = counts.present + counts.represented;
  const reached = counted >= required;
  const open = final ? 0 : counts.noAnswer + counts.awaitingHolder;
  return {
    ...report,
    quorum: {
      fraction,
      required,
      counted,
      reached,
      missing: Math.max(0, required - counted),
      reachable: reached || counted + open >= required,
    },
  };
}

// The bot reports on the same rules again and again (each click); the index of an AG's 4,000
// structures and 8,000 people is built once per rules object. Callers cannot tell: the rules are
// read-only and the index is never handed out.
const indexes = new WeakMap<readonly ConvenedVoter[], Map<string, number>>();

/** Maps each voter's id and each of its people's ids to the voter's position. */
function voterIndex(voters: readonly ConvenedVoter[]): Map<string, number> {
  const cached = indexes.get(voters);
  if (cached) return cached;
  const index = new Map<string, number>();
  voters.forEach((voter, i) => {
    index.set(voter.id, i);
    for (const person of voter.people) if (!index.has(person)) index.set(person, i);
  });
  indexes.set(voters, index);
  return index;
}

/** Whether `a` supersedes `b`: later, or at the same instant a stronger answer, then by holder. */
function isLater(a: AttendanceResponse, b: AttendanceResponse): boolean {
  if (a.at !== b.at) return a.at > b.at;
  const rank = RANK[a.answer] - RANK[b.answer];
  if (rank !== 0) return rank > 0;
  return (a.holder ?? '') > (b.holder ?? '');
}

function compareProxies(a: AttendanceResponse, ai: number, b: AttendanceResponse, bi: number): number {
  return a.at - b.at || ai - bi;
}
