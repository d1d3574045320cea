import type { AttendanceRules } from '../schema/index.js';
import type { SheetRow, SheetStatus } from './sheet-rows.js';

/** One correction staff make to a sheet: a voice's new status, and for a proxy who carries it. */
export type SheetCorrection =
  | { readonly id: string; readonly status: Exclude<SheetStatus, 'represented'> }
  | { readonly id: string; readonly status: 'represented'; readonly holder: string };

/**
 * Why a correction is refused: the voice is not on the sheet (`unknown`), the body allows no
 * proxies (`not-allowed`), a voice would carry its own (`self`), the holder is not on the sheet
 * or not present (`holder-not-present`), or already carries as many proxies as allowed
 * (`over-cap`).
 */
export type SheetRefusal = 'unknown' | 'not-allowed' | 'self' | 'holder-not-present' | 'over-cap';

/** A corrected sheet, or why the correction is refused. */
export type CorrectedSheet =
  | {
      readonly ok: true;
      readonly rows: readonly SheetRow[];
      /** Voices whose holder is no longer present: their proxy fell, they are now excused. */
      readonly dropped: readonly SheetRow[];
    }
  | { readonly ok: false; readonly reason: SheetRefusal };

/**
 * Applies one correction to a sheet, never changing the rows given. A voice that is no longer
 * present drops the proxies it carried (their givers become excused), so no proxy is ever carried
 * by someone absent; a new proxy follows the body's rules (allowed, not to oneself, to a present
 * holder, within `proxies.maxPerHolder`).
 *
 * @param rows - The sheet as it stands.
 * @param correction - The voice and its new status.
 * @param rules - The body's rules (its proxies).
 * @returns The corrected rows and the proxies that fell, or the refusal.
 * @example
 * const rows = [
 *   { id: 'espoir', kind: 'structure', status: 'present' },
 *   { id: 'staj', kind: 'structure', status: 'represented', holder: 'espoir' },
 * ] as const;
 * const corrected = correctSheet(rows, { id: 'espoir', status: 'absent' }, { proxies: { maxPerHolder: 1 } });
 * corrected.ok && corrected.rows.map((r) => r.status)
 * //=> ['absent', 'excused']
 */
export function correctSheet(
  rows: readonly SheetRow[],
  correction: SheetCorrection,
  rules: Pick<AttendanceRules, 'proxies'>,
): CorrectedSheet {
  const target = rows.find((r) => r.id === correction.id);
  if (!target) return { ok: false, reason: 'unknown' };
  if (correction.status === 'represented') {
    if (!rules.proxies) return { ok: false, reason: 'not-allowed' };
    if (correction.holder === correction.id) return { ok: false, reason: 'self' };
    const holder = rows.find((r) => r.id === correction.holder);
    if (holder?.status !== 'present') return { ok: false, reason: 'holder-not-present' };
    const carried = rows.filter(
      (r) => r.status === 'represented' && r.holder === holder.id && r.id !== correction.id,
    ).length;
    if (carried >= rules.proxies.maxPerHolder) return { ok: false, reason: 'over-cap' };
  }
  const leaves = target.status === 'present' && correction.status !== 'present';
  const dropped: SheetRow[] = [];
  const corrected = rows.map((row): SheetRow => {
    if (row.id === target.id) {
      const { holder: _holder, ...rest } = row;
      return correction.status === 'represented'
        ? { ...rest, status: 'represented', holder: correction.holder }
        : { ...rest, status: correction.status };
    }
    if (leaves && row.status === 'represented' && row.holder === target.id) {
      const { holder: _holder, ...rest } = row;
      const excused: SheetRow = { ...rest, status: 'excused' };
      dropped.push(excused);
      return excused;
    }
    return row;
  });
  return { ok: true, rows: corrected, dropped };
}
