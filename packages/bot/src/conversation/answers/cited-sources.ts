import type { Dataset } from '@ptce/core';
import type { ReplySource } from '../reply.js';

/** The sources cited by some records, deduplicated, in first-cited order. */
export function citedSources(dataset: Dataset, ids: readonly (string | undefined)[]): ReplySource[] {
  const out: ReplySource[] = [];
  for (const id of new Set(ids)) {
    const s = id === undefined ? undefined : dataset.sourceById.get(id);
    if (s) out.push({ id: s.id, title: s.title, date: s.date });
  }
  return out;
}
