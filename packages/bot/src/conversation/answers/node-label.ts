import type { Dataset, FactNode } from '@ptce/core';
import { targetName } from '../../meeting-text/target-name.js';

/** How a fact-graph node is named in an answer: groups with their number (« GT5 Éco-mobilité »). */
export function nodeLabel(dataset: Dataset, node: FactNode): string {
  if ((node.kind === 'group' || node.kind === 'subgroup' || node.kind === 'body') && node.ref)
    return targetName(dataset, node.ref);
  return node.name;
}
