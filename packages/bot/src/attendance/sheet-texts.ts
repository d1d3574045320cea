import { formatCountFr, type SheetRow, type SheetSummary, sheetVoiceLabel } from '@ptce/core';

/**
 * A row's status as the sheet shows it: « présent·e », « représenté·e par Fil d'Opale »,
 * « excusé·e » or « absent·e ».
 *
 * @param row - The row.
 * @param rows - The whole sheet (to name the holder of a proxy).
 * @returns The French status.
 */
export function sheetStatusText(row: SheetRow, rows: readonly SheetRow[]): string {
  if (row.status === 'represented') {
    const holder = rows.find((r) => r.id === row.holder);
    return `représenté·e par ${holder ? sheetVoiceLabel(holder) : (row.holder ?? '?')}`;
  }
  return { present: 'présent·e', excused: 'excusé·e', absent: 'absent·e' }[row.status];
}

/**
 * The counts of a sheet in one line: « 4 voix convoquées · 2 présent·es · 1 représenté·e ·
 * 0 excusé·e · 1 absent·e ».
 *
 * @param summary - The sheet's summary.
 * @returns One line of French.
 */
export function sheetCountsText(summary: SheetSummary): string {
  const c = summary.counts;
  return [
    formatCountFr(c.convened, 'voix convoquée', 'voix convoquées'),
    formatCountFr(c.present, 'présent·e', 'présent·es'),
    formatCountFr(c.represented, 'représenté·e', 'représenté·es'),
    formatCountFr(c.excused, 'excusé·e', 'excusé·es'),
    formatCountFr(c.absent, 'absent·e', 'absent·es'),
  ].join(' · ');
}

/**
 * Whether the sheet reached the quorum, in one sentence.
 *
 * @param summary - The sheet's summary.
 * @returns « Quorum (1/2) atteint : 3 voix sur 2 requises. », or why not.
 */
export function sheetQuorumText(summary: SheetSummary): string {
  const q = summary.quorum;
  if (!q) return 'Pas de quorum pour cette réunion.';
  const voices = formatCountFr(q.counted, 'voix', 'voix');
  return q.reached
    ? `Quorum (${q.fraction}) atteint : ${voices} sur ${q.required} requises.`
    : `Quorum (${q.fraction}) non atteint : ${voices} sur ${q.required} requises, il en manque ${q.missing}.`;
}
