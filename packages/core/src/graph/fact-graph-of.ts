import type { Dataset } from '../dataset/dataset.js';
import { buildFactGraph, type FactGraph } from './fact-graph.js';

const cache = new WeakMap<Dataset, FactGraph>();

/**
 * The fact graph of a dataset, built once and kept while the dataset lives.
 *
 * @param dataset - The dataset.
 * @returns Its fact graph.
 * @example
 * factGraphOf(dataset) === factGraphOf(dataset)
 * //=> true
 */
export function factGraphOf(dataset: Dataset): FactGraph {
  let graph = cache.get(dataset);
  if (!graph) {
    graph = buildFactGraph(dataset);
    cache.set(dataset, graph);
  }
  return graph;
}
