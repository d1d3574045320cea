import { type Dataset, formatCountFr } from '@ptce/core';

/**
 * What changed from one data file to the next, in French: records added and removed, by kind.
 * An empty list when nothing did (or when there was no previous file).
 *
 * @param previous - The data the guild answered from before.
 * @param next - The new data.
 * @returns One line per kind of record that changed.
 */
export function datasetChanges(previous: Dataset | undefined, next: Dataset): string[] {
  if (!previous) return [];
  const kinds: [string, (d: Dataset) => readonly { id: string }[]][] = [
    ['structure', (d) => d.structures],
    ['groupe', (d) => d.groups],
    ['réunion', (d) => d.meetings],
  ];
  const lines: string[] = [];
  for (const [word, records] of kinds) {
    const before = new Set(records(previous).map((r) => r.id));
    const after = new Set(records(next).map((r) => r.id));
    const added = [...after].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    const parts = [
      ...(added.length > 0 ? [`${formatCountFr(added.length, word)} en plus (${shortList(added)})`] : []),
      ...(removed.length > 0
        ? [`${formatCountFr(removed.length, word)} en moins (${shortList(removed)})`]
        : []),
    ];
    if (parts.length > 0) lines.push(parts.join(', '));
  }
  if (previous.ptce.id !== next.ptce.id) lines.unshift(`PTCE changé : ${previous.ptce.id} → ${next.ptce.id}`);
  return lines;
}

function shortList(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')}…`;
}
