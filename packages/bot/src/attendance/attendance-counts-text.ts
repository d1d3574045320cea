import { type AttendanceReport, formatCountFr } from '@ptce/core';

/** The line a message with answer buttons shows: counts only, never names. */
export const COUNTS_PREFIX = '📋 Réponses :';

/**
 * The counts of a report as members see them (names are for staff): present, proxies, excused,
 * absent, no answer, and the quorum forecast.
 *
 * @param report - The meeting's attendance report.
 * @returns One line of French text.
 */
export function attendanceCountsText(report: AttendanceReport): string {
  const c = report.counts;
  const parts = [
    formatCountFr(c.present, 'présent·e', 'présent·es'),
    ...(c.represented + c.awaitingHolder > 0
      ? [formatCountFr(c.represented + c.awaitingHolder, 'pouvoir')]
      : []),
    formatCountFr(c.excused, 'excusé·e', 'excusé·es'),
    formatCountFr(c.absent, 'absent·e', 'absent·es'),
  ];
  if (c.noAnswer > 0) parts.push(`${c.noAnswer} sans réponse`);
  const quorum = report.quorum;
  const quorumText = quorum
    ? quorum.reached
      ? ` — quorum atteint (${quorum.counted} voix sur ${quorum.required} requises)`
      : ` — quorum : ${quorum.counted} voix sur ${quorum.required} requises, il en manque ${quorum.missing}`
    : '';
  return `${COUNTS_PREFIX} ${parts.join(' · ')}${quorumText}`;
}
