import type { LedgerEntry } from './ledger-entry.js';

/** Ledger rows grouped by reminder key (one row per fingerprint). */
export type LedgerByKey = ReadonlyMap<string, readonly LedgerEntry[]>;

/**
 * Groups ledger rows by reminder key, as `dueReminders` needs them. A scheduler that keeps this
 * index between ticks saves rebuilding it from every row at each tick.
 *
 * @param entries - Ledger rows.
 * @returns The rows per key, in the order given.
 * @example
 * ledgerByKey([{ key: 'ca-1/veille/default', fingerprint: 'a', state: 'sent' }]).get('ca-1/veille/default')?.length
 * //=> 1
 */
export function ledgerByKey(entries: Iterable<LedgerEntry>): LedgerByKey {
  const byKey = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const rows = byKey.get(entry.key);
    if (rows) rows.push(entry);
    else byKey.set(entry.key, [entry]);
  }
  return byKey;
}
