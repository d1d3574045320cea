import {
  type AttendanceReport,
  type ConvenedVoter,
  type Dataset,
  type DatedMeeting,
  formatCountFr,
  type InvalidProxyReason,
} from '@ptce/core';
import { clipText } from '../clip-text.js';
import { type Reply, type ReplyField, reply } from '../conversation/reply.js';
import { meetingDateText } from '../meeting-text/meeting-date-text.js';
import { targetName } from '../meeting-text/target-name.js';
import { attendanceCountsText } from './attendance-counts-text.js';

const REASON: Readonly<Record<InvalidProxyReason, string>> = {
  'not-allowed': 'pouvoirs non admis',
  'holder-not-convened': 'porteur non convoqué',
  self: 'donné à soi-même',
  chain: 'porteur ayant lui-même donné pouvoir',
  'holder-not-present': 'porteur absent',
  'over-cap': 'au-delà du nombre de pouvoirs admis',
};

/** "Conseil de coopération, jeudi 3 décembre 2026 de 14 h à 16 h 30". */
export function meetingWhat(dataset: Dataset, meeting: DatedMeeting): string {
  return `${targetName(dataset, meeting.body ?? meeting.group) || meeting.title}, ${meetingDateText(meeting)}`;
}

/**
 * A voice as staff read it: "Espoir", "Audrey Mouly (ESPOIR)", or a Discord member of an open
 * meeting (`discordMember` says how: a mention on Discord, the id in a terminal).
 */
function voterText(
  dataset: Dataset,
  voter: ConvenedVoter,
  discordMember: (userId: string) => string,
): string {
  if (voter.id.startsWith('discord:')) return discordMember(voter.id.slice('discord:'.length));
  if (voter.kind === 'person') {
    const structure = voter.structure ? dataset.structureById.get(voter.structure)?.name : undefined;
    return structure ? `${voter.name} (${structure})` : voter.name;
  }
  return voter.name;
}

function listField(name: string, items: readonly string[]): ReplyField | undefined {
  if (items.length === 0) return undefined;
  return { name: `${name} (${items.length})`, value: clipText(items.join(', '), 1024) };
}

/**
 * The staff's list of a meeting's answers: by status, with the holders and their givers, the
 * refused proxies and why, who has not answered, and the quorum forecast. Names are in it, so it
 * is private on Discord.
 *
 * @param dataset - The data the meeting belongs to.
 * @param meeting - The meeting.
 * @param report - Its attendance report.
 * @param discordMember - How a Discord member of an open meeting is named.
 * @returns The reply, with the report as `data`.
 */
export function presencesReply(
  dataset: Dataset,
  meeting: DatedMeeting,
  report: AttendanceReport,
  discordMember: (userId: string) => string = (id) => `<@${id}>`,
): Reply {
  const name = (v: ConvenedVoter) => voterText(dataset, v, discordMember);
  const names = (voters: readonly ConvenedVoter[]) => voters.map(name);
  const q = report.quorum;
  const quorumLine = q
    ? q.reached
      ? `Quorum (${q.fraction}) atteint : ${q.counted} voix sur ${q.required} requises.`
      : `Quorum (${q.fraction}) ${report.final ? 'non atteint' : 'pas encore atteint'} : ${q.counted} voix sur ${q.required} requises, il en manque ${q.missing}${q.reachable ? '' : ' et il ne peut plus l’être'}.`
    : 'Pas de quorum pour cette instance.';
  const fields = [
    listField('Présents', names(report.present)),
    listField(
      'Représentés',
      report.represented.map((g) => `${names(g.givers).join(', ')} → ${name(g.holder)}`),
    ),
    listField(
      'Pouvoirs en attente du porteur',
      report.awaitingHolder.map((g) => `${names(g.givers).join(', ')} → ${name(g.holder)}`),
    ),
    listField('Excusés', names(report.excused)),
    listField('Absents', names(report.absent)),
    listField('Sans réponse', names(report.noAnswer)),
    listField(
      'Pouvoirs refusés',
      report.invalidProxies.map((p) => `${name(p.giver)} : ${REASON[p.reason]}`),
    ),
  ].filter((f): f is ReplyField => f !== undefined);
  return reply('attendance-list', `Présences : ${meetingWhat(dataset, meeting)}`, {
    lines: [
      `${formatCountFr(report.counts.convened, 'voix convoquée', 'voix convoquées')}.`,
      quorumLine,
      attendanceCountsText(report),
    ],
    fields,
    private: true,
    data: report,
  });
}
