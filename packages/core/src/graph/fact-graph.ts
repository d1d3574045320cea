import type { Dataset } from '../dataset/dataset.js';
import { formatLocalDateFr } from '../format/format-local-date-fr.js';
import type { Address } from '../schema/index.js';
import { normalizeText } from '../search/normalize.js';
import { parseLocalDate } from '../time/local-date.js';
import {
  addGroupsAndMeetings,
  addOrganisations,
  addPeople,
  addressText,
  attrs,
} from './fact-graph-records.js';
import type { Relation } from './relation-labels-fr.js';

/** The kinds of node in a fact graph. */
export type FactNodeKind =
  | 'ptce'
  | 'carrier'
  | 'body'
  | 'group'
  | 'subgroup'
  | 'structure'
  | 'partner'
  | 'person'
  | 'place'
  | 'epci'
  | 'arrondissement'
  | 'indicator'
  | 'meeting'
  | 'milestone'
  | 'document';

/** A dated span: inclusive periods as the data gives them ("2023", "2023-09"). */
export interface FactPeriod {
  readonly from?: string;
  readonly to?: string;
}

/** One attribute of a node (an address, a website, a date of creation), with its source. */
export interface FactAttribute {
  readonly value: string;
  readonly source?: string;
}

/**
 * A node: one thing the documents talk about. `ref` is its id in the dataset, absent for people
 * known only by name (a president named in a member list).
 */
export interface FactNode {
  /** `kind:ref`, unique in the graph. */
  readonly id: string;
  readonly kind: FactNodeKind;
  readonly ref?: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Attributes by key: `address`, `website`, `email`, `phone`, `founded`, `joined`, `fullName`… */
  readonly attributes: Readonly<Record<string, FactAttribute>>;
  readonly period?: FactPeriod;
  readonly source?: string;
}

/** A typed, dated and sourced relation between two nodes. */
export interface FactEdge {
  readonly from: string;
  readonly to: string;
  readonly relation: Relation;
  /** The role's own title, for `holds-role` ("Chargée de développement"). */
  readonly label?: string;
  readonly period?: FactPeriod;
  readonly source?: string;
}

/** The facts of a dataset as a graph, with edges indexed both ways. */
export interface FactGraph {
  readonly nodes: readonly FactNode[];
  readonly nodeById: ReadonlyMap<string, FactNode>;
  readonly edges: readonly FactEdge[];
  /** Node id → edges leaving it. */
  readonly outgoing: ReadonlyMap<string, readonly FactEdge[]>;
  /** Node id → edges arriving at it. */
  readonly incoming: ReadonlyMap<string, readonly FactEdge[]>;
}

/**
 * Builds the fact graph of a dataset from its schema alone: every record becomes a node, every
 * reference an edge, so a second PTCE file gives the same kind of graph with no code change.
 * People named only as a structure's president or director become name-only person nodes.
 *
 * @param dataset - The dataset.
 * @returns The graph.
 * @example
 * const g = buildFactGraph(dataset);
 * g.outgoing.get('person:isabelle-hary')?.filter((e) => e.relation === 'facilitates').map((e) => e.to)
 * //=> ['group:gt2', 'subgroup:gt2-entreprenariat-collectif', 'group:gt5', 'group:gt7-alimentation']
 */
export function buildFactGraph(dataset: Dataset): FactGraph {
  const nodes: FactNode[] = [];
  const nodeById = new Map<string, FactNode>();
  const edges: FactEdge[] = [];
  const add = (node: FactNode) => {
    if (nodeById.has(node.id)) return nodeById.get(node.id)!;
    nodes.push(node);
    nodeById.set(node.id, node);
    return node;
  };
  const link = (edge: FactEdge) => {
    if (nodeById.has(edge.from) && nodeById.has(edge.to)) edges.push(edge);
  };
  const { ptce } = dataset;
  const ptceId = `ptce:${ptce.id}`;
  add({
    id: ptceId,
    kind: 'ptce',
    ref: ptce.id,
    name: ptce.name,
    aliases: [],
    attributes: attrs([
      ['motto', ptce.motto, ptce.source],
      ['description', ptce.description, ptce.source],
    ]),
    ...(ptce.source ? { source: ptce.source } : {}),
  });
  const places = new Map<string, string>();
  const placeOf = (name: string) => {
    const key = `place:${normalizeText(name).replaceAll(' ', '-')}`;
    if (!places.has(key)) {
      places.set(key, name);
      add({ id: key, kind: 'place', name, aliases: [], attributes: {} });
    }
    return key;
  };
  const locate = (from: string, address: Address | undefined, source: string | undefined) => {
    if (!address) return;
    const place = placeOf(address.commune);
    link({ from, to: place, relation: 'headquartered-in', ...(source ? { source } : {}) });
    if (address.epci) link({ from: place, to: `epci:${address.epci}`, relation: 'located-in' });
    if (address.arrondissement)
      link({ from: place, to: `arrondissement:${address.arrondissement}`, relation: 'located-in' });
  };

  for (const s of dataset.sources)
    add({
      id: `document:${s.id}`,
      kind: 'document',
      ref: s.id,
      name: s.title,
      aliases: [],
      attributes: attrs([
        ['date', s.date, undefined],
        ['publisher', s.publisher, undefined],
        ['website', s.url, undefined],
      ]),
    });
  for (const a of ptce.territory.arrondissements)
    add({
      id: `arrondissement:${a.id}`,
      kind: 'arrondissement',
      ref: a.id,
      name: a.name,
      aliases: a.aliases,
      attributes: {},
    });
  for (const e of ptce.territory.epcis) {
    add({
      id: `epci:${e.id}`,
      kind: 'epci',
      ref: e.id,
      name: e.shortName,
      aliases: [e.name],
      attributes: attrs([['siren', e.siren, undefined]]),
    });
    if (e.arrondissement)
      link({ from: `epci:${e.id}`, to: `arrondissement:${e.arrondissement}`, relation: 'located-in' });
  }
  const carrier = ptce.carrier;
  if (carrier) {
    const id = `carrier:${carrier.id}`;
    add({
      id,
      kind: 'carrier',
      ref: carrier.id,
      name: carrier.name,
      aliases: carrier.fullName ? [carrier.fullName] : [],
      attributes: attrs([
        ['fullName', carrier.fullName, ptce.source],
        ['founded', carrier.founded, ptce.source],
        ['address', carrier.address && addressText(carrier.address), ptce.source],
        [
          'formerAddress',
          carrier.formerAddresses.length > 0
            ? carrier.formerAddresses
                .map((f) => `${addressText(f.address)}${spanText(f.from, f.to)}`)
                .join(' ; ')
            : undefined,
          carrier.formerAddresses[0]?.source ?? ptce.source,
        ],
        ['website', carrier.website, ptce.source],
        ['email', carrier.email, ptce.source],
      ]),
    });
    link({ from: id, to: ptceId, relation: 'carries' });
    locate(id, carrier.address, ptce.source);
  }
  ptce.milestones.forEach((m, i) => {
    const id = `milestone:${i + 1}`;
    add({
      id,
      kind: 'milestone',
      ref: String(i + 1),
      name: m.title,
      aliases: [],
      attributes: {},
      period: { from: m.period, to: m.period },
      source: m.source,
    });
    link({
      from: id,
      to: ptceId,
      relation: 'milestone-of',
      period: { from: m.period, to: m.period },
      source: m.source,
    });
  });
  addOrganisations(dataset, add, link, locate, ptceId);
  addPeople(dataset, add, link, nodeById);
  addGroupsAndMeetings(dataset, add, link, placeOf);
  for (const i of dataset.indicators)
    add({
      id: `indicator:${i.key}`,
      kind: 'indicator',
      ref: i.key,
      name: i.label,
      aliases: i.aliases,
      attributes: attrs([['description', i.description, undefined]]),
    });
  for (const edge of edges)
    if (edge.source) link({ from: edge.from, to: `document:${edge.source}`, relation: 'cites' });

  const outgoing = new Map<string, FactEdge[]>();
  const incoming = new Map<string, FactEdge[]>();
  for (const e of edges) {
    outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), e]);
    incoming.set(e.to, [...(incoming.get(e.to) ?? []), e]);
  }
  return { nodes, nodeById, edges, outgoing, incoming };
}

/** « (décembre 2021 – septembre 2023) »: when a former address was in use, as the data dates it. */
function spanText(from: string | undefined, to: string | undefined): string {
  const text = (p: string) => {
    const date = parseLocalDate(p);
    return date && date.precision === 'month' ? formatLocalDateFr(date) : p;
  };
  if (from && to) return ` (${text(from)} – ${text(to)})`;
  if (from) return ` (depuis ${text(from)})`;
  if (to) return ` (jusqu’en ${text(to)})`;
  return '';
}
