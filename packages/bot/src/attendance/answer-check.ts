import {
  type AttendanceAnswer,
  type AttendanceReport,
  type AttendanceResponse,
  attendanceReport,
  type ConvenedVoter,
  type DatedMeeting,
  formatCountFr,
  type InvalidProxyReason,
  type MeetingAttendanceRules,
} from '@ptce/core';

/** What a member asks: an answer for the person or structure they are linked to. */
export interface AnswerRequest {
  readonly meeting: DatedMeeting | undefined;
  readonly rules: MeetingAttendanceRules | undefined;
  /** The person or structure the member answers for; `undefined` when staff never linked them. */
  readonly respondent: string | undefined;
  readonly answer: AttendanceAnswer;
  /** For a proxy: the person or structure the chosen holder answers for. */
  readonly holder?: string;
  /** The holder's name as the member knows it, for messages. */
  readonly holderName?: string;
  /** The answers stored so far for the meeting. */
  readonly responses: readonly AttendanceResponse[];
  readonly now: Date;
}

/** Accepted with the report as it will stand, or refused with a French explanation. */
export type AnswerCheck =
  | { readonly ok: true; readonly report: AttendanceReport; readonly awaitingHolder: boolean }
  | { readonly ok: false; readonly message: string };

const PROXY_REFUSAL: Readonly<Record<InvalidProxyReason, (holder: string, cap: number) => string>> = {
  'not-allowed': () => 'Cette instance n’accepte pas les pouvoirs.',
  'holder-not-convened': (holder) =>
    `${holder} n’est pas convoqué·e à cette réunion : le pouvoir ne peut pas lui être donné.`,
  self: () => 'Un pouvoir se donne à une autre structure : ni à vous-même, ni à votre binôme.',
  chain: (holder) => `${holder} a déjà donné son propre pouvoir : un pouvoir ne se transmet pas.`,
  'holder-not-present': (holder) => `${holder} a répondu ne pas venir : le pouvoir ne compterait pas.`,
  'over-cap': (holder, cap) =>
    `${holder} porte déjà ${formatCountFr(cap, 'pouvoir')}, le maximum pour cette instance.`,
};

/**
 * Why a member may not answer a meeting at all, before any holder is picked: the meeting is gone,
 * cancelled or has started, or the member is not convened.
 *
 * @param request - The meeting, its rules, who answers, and the time.
 * @returns The French refusal, or `undefined` when the member may answer.
 */
export function answerRefusal(
  request: Pick<AnswerRequest, 'meeting' | 'rules' | 'respondent' | 'now'>,
): string | undefined {
  const { meeting, rules, respondent, now } = request;
  if (!meeting || !rules) return 'Cette réunion n’est plus au programme.';
  if (meeting.status === 'cancelled') return 'Cette réunion est annulée.';
  if (now.getTime() >= meeting.when.startsAt) return 'La réunion a commencé : les réponses sont closes.';
  const voter = respondent === undefined ? undefined : voterOf(rules, respondent);
  if (!rules.open && !voter) {
    return (
      `Vous n’êtes pas convoqué·e à cette réunion (${rules.target.name}). ` +
      'Si c’est une erreur, demandez à l’équipe de vous relier à votre structure.'
    );
  }
  return undefined;
}

/**
 * Decides whether a member's answer can be stored: the meeting exists, is not cancelled and has
 * not started, the member is convened, and a proxy would count (core's report, with the answer
 * added, says why not). Nothing is stored by this function.
 *
 * @param request - The meeting, its rules, who answers what, the stored answers and the time.
 * @returns The report with the answer, or a refusal to show to the member only.
 */
export function checkAnswer(request: AnswerRequest): AnswerCheck {
  const { meeting, rules, respondent, answer, now } = request;
  const refused = answerRefusal(request);
  if (refused !== undefined || !meeting || !rules) {
    return { ok: false, message: refused ?? 'Cette réunion n’est plus au programme.' };
  }
  const voter = respondent === undefined ? undefined : voterOf(rules, respondent);
  if (answer === 'proxy' && request.holder === undefined) {
    return {
      ok: false,
      message: `${request.holderName ?? 'Ce membre'} n’est relié·e à aucune structure convoquée : le pouvoir ne peut pas lui être donné.`,
    };
  }
  const who = respondent ?? '';
  const response: AttendanceResponse = {
    respondent: who,
    answer,
    ...(answer === 'proxy' && request.holder !== undefined ? { holder: request.holder } : {}),
    at: now.getTime(),
  };
  // The member's previous answers are replaced, as the store will do.
  const others = request.responses.filter((r) => r.respondent !== who);
  const report = attendanceReport(meeting, [...others, response], rules, now);
  if (answer !== 'proxy') return { ok: true, report, awaitingHolder: false };
  const invalid = report.invalidProxies.find((p) => p.giver.id === (voter?.id ?? who));
  if (invalid) {
    const cap = rules.rules.proxies?.maxPerHolder ?? 0;
    return { ok: false, message: PROXY_REFUSAL[invalid.reason](request.holderName ?? invalid.holder, cap) };
  }
  const awaitingHolder = report.awaitingHolder.some((g) => g.givers.some((v) => v.id === voter?.id));
  return { ok: true, report, awaitingHolder };
}

/**
 * The convened voice a person or structure id answers for.
 *
 * @param rules - The meeting's rules.
 * @param respondent - A person or structure id.
 * @returns The voter, or `undefined` when not convened.
 */
export function voterOf(rules: MeetingAttendanceRules, respondent: string): ConvenedVoter | undefined {
  return rules.convened.find((v) => v.id === respondent || v.people.includes(respondent));
}
