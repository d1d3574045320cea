import {
  type Dataset,
  editDistance,
  type FactGraph,
  type FactNode,
  factGraphOf,
  normalizeText,
  typoTolerance,
} from '@ptce/core';
import type { Reading } from './reading.js';
import { STATIC_WORDS } from './vocabulary-index.js';

/** A node of the fact graph named in a question, at words `start` to `start + length`. */
export interface EntityLink {
  readonly node: FactNode;
  readonly start: number;
  readonly length: number;
}

const graphIdOfMention: Record<string, (id: string) => string> = {
  commune: (id) => `place:${id.replaceAll(' ', '-')}`,
};

interface NameVariant {
  readonly node: FactNode;
  readonly tokens: readonly string[];
}

const variantsByGraph = new WeakMap<FactGraph, { names: NameVariant[]; surnames: Map<string, FactNode[]> }>();

/** Names of the nodes core's search index does not cover: the carrier, the PTCE, people known by name only. */
function extraNames(graph: FactGraph) {
  let found = variantsByGraph.get(graph);
  if (found) return found;
  const names: NameVariant[] = [];
  const surnames = new Map<string, FactNode[]>();
  for (const node of graph.nodes) {
    if (node.kind === 'person') {
      const tokens = normalizeText(node.name).split(' ');
      const last = tokens[tokens.length - 1]!;
      if (last.length >= 4) surnames.set(last, [...(surnames.get(last) ?? []), node]);
      if (!node.ref) names.push({ node, tokens });
      continue;
    }
    if (node.kind !== 'carrier' && node.kind !== 'ptce') continue;
    for (const name of [node.name, ...node.aliases]) {
      const tokens = normalizeText(name)
        .split(' ')
        .filter((t) => t !== 'ptce');
      if (tokens.length > 0) names.push({ node, tokens });
    }
  }
  found = { names, surnames };
  variantsByGraph.set(graph, found);
  return found;
}

/** Beyond this many people sharing a surname, the surname alone names nobody. */
const MAX_NAMESAKES = 4;

function close(typed: string, known: string): boolean {
  if (typed === known) return true;
  const max = Math.min(typoTolerance(typed.length), typoTolerance(known.length));
  return max > 0 && editDistance(typed, known, max) <= max;
}

/**
 * Links the words of a question to nodes of the fact graph: core's mentions (structures, people,
 * bodies, groups, places, indicators…), then the carrier, the PTCE and people named only in member
 * lists, and people by their surname alone (every person who has it, up to a few).
 */
export function entityLinks(r: Reading, dataset: Dataset): EntityLink[] {
  const graph = factGraphOf(dataset);
  const links: EntityLink[] = [];
  const taken = r.words.map(() => false);
  const { names, surnames } = extraNames(graph);
  // People known by their full name only (« Jean François Lemort ») win over a first name alone.
  for (const { node, tokens } of names) {
    if (tokens.length < 2 || node.kind !== 'person') continue;
    for (let i = 0; i + tokens.length <= r.words.length; i++) {
      if (!tokens.every((t, k) => !taken[i + k] && close(r.words[i + k]!, t))) continue;
      links.push({ node, start: i, length: tokens.length });
      for (let k = 0; k < tokens.length; k++) taken[i + k] = true;
      break;
    }
  }
  for (const m of r.mentions) {
    if (taken.slice(m.start, m.start + m.length).some(Boolean)) continue;
    const id = (graphIdOfMention[m.entity.kind] ?? ((x: string) => `${m.entity.kind}:${x}`))(m.entity.id);
    const node = graph.nodeById.get(id);
    if (!node) continue;
    links.push({ node, start: m.start, length: m.length });
    for (let i = m.start; i < m.start + m.length; i++) taken[i] = true;
  }
  for (const { node, tokens } of names) {
    if (links.some((l) => l.node.id === node.id)) continue;
    for (let i = 0; i + tokens.length <= r.words.length; i++) {
      if (taken[i]) continue;
      if (!tokens.every((t, k) => !taken[i + k] && close(r.words[i + k]!, t))) continue;
      links.push({ node, start: i, length: tokens.length });
      for (let k = 0; k < tokens.length; k++) taken[i + k] = true;
      break;
    }
  }
  r.words.forEach((w, i) => {
    if (taken[i] || w.length < 4 || STATIC_WORDS.has(w)) return;
    // A surname several people share (« Barbaut c'est qui ? ») names each of them: the answer
    // lists them all rather than picking one.
    const people = surnames.get(w)?.filter((p) => !links.some((l) => l.node.id === p.id));
    if (!people || people.length === 0 || people.length > MAX_NAMESAKES) return;
    for (const node of people) links.push({ node, start: i, length: 1 });
    taken[i] = true;
  });
  return links.sort((a, b) => a.start - b.start);
}
