import { type Dataset, formatCountFr, formatDataFileError } from '@ptce/core';
import { type Reply, reply } from '../conversation/reply.js';
import type { ReloadOutcome } from './live-dataset.js';

/** A short description of a dataset: "Pôle Ressources : 4 structures, 3 groupes, 9 réunions". */
export function datasetSummary(dataset: Dataset): string {
  return `${dataset.ptce.name} : ${formatCountFr(dataset.structures.length, 'structure')}, ${formatCountFr(dataset.groups.length, 'groupe')}, ${formatCountFr(dataset.meetings.length, 'réunion')}`;
}

/** What staff are told after a reload: the new data, or every located error and the data still served. */
export function reloadReply(outcome: ReloadOutcome, served: Dataset): Reply {
  if (outcome.ok) {
    return reply('data-reload', 'Données rechargées', { lines: [`${datasetSummary(outcome.dataset)}.`] });
  }
  const { error } = outcome;
  const located = error.errors.map((e) => formatDataFileError(e));
  return reply('data-reload', 'Données non rechargées', {
    lines: [
      error.message,
      ...located,
      `Le bot continue avec les données précédentes (${datasetSummary(served)}).`,
    ],
    error: true,
  });
}
