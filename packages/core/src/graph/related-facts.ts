import type { FactEdge, FactGraph, FactNode } from './fact-graph.js';
import type { Relation } from './relation-labels-fr.js';

/** A fact reached from a node: the edge, which way it was read, and the node at the other end. */
export interface RelatedFact {
  readonly edge: FactEdge;
  /** `forward` when the start node is the edge's `from`. */
  readonly direction: 'forward' | 'backward';
  readonly node: FactNode;
}

/**
 * The facts around a node, following relations in either direction.
 *
 * @param graph - A fact graph.
 * @param nodeId - The start node (`person:isabelle-hary`).
 * @param relations - Keep only these relations (all when absent).
 * @param direction - Keep only one direction (both when absent).
 * @returns The related facts, in data order.
 * @example
 * const graph = buildFactGraph(dataset);
 * relatedFacts(graph, 'person:isabelle-hary', ['facilitates'], 'forward').map((f) => f.node.name)
 * //=> ['Accompagnement de projets', 'Entreprenariat collectif', 'Éco-mobilité solidaire', 'Alimentation de proximité']
 */
export function relatedFacts(
  graph: FactGraph,
  nodeId: string,
  relations?: readonly Relation[],
  direction?: 'forward' | 'backward',
): RelatedFact[] {
  const keep = (e: FactEdge) => relations === undefined || relations.includes(e.relation);
  const out: RelatedFact[] = [];
  if (direction !== 'backward')
    for (const edge of graph.outgoing.get(nodeId) ?? [])
      if (keep(edge)) out.push({ edge, direction: 'forward', node: graph.nodeById.get(edge.to)! });
  if (direction !== 'forward')
    for (const edge of graph.incoming.get(nodeId) ?? [])
      if (keep(edge)) out.push({ edge, direction: 'backward', node: graph.nodeById.get(edge.from)! });
  return out;
}
