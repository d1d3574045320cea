import {
  type Dataset,
  type FactGraph,
  type FactNode,
  factGraphOf,
  formatCountFr,
  formatListFr,
  normalizeText,
  RELATION_LABELS_FR,
  type RelatedFact,
  relatedFacts,
} from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { nodeLabel } from './node-label.js';

const KIND_NOUNS: Partial<Record<FactNode['kind'], [string, string]>> = {
  group: ['groupe', 'groupes'],
  subgroup: ['groupe', 'groupes'],
  structure: ['structure', 'structures'],
};

/** Whether a fact held during a year (no period: always). */
function heldIn(fact: RelatedFact, year: number | undefined): boolean {
  if (year === undefined || !fact.edge.period) return true;
  const { from, to } = fact.edge.period;
  return (
    (from === undefined || Number(from.slice(0, 4)) <= year) &&
    (to === undefined || Number(to.slice(0, 4)) >= year)
  );
}

/**
 * The nodes of some facts, a group and its own sub-groups as one: the group, with the parts the
 * facts name (« GT2 Accompagnement de projets (volet Entreprenariat collectif) »), so a person who
 * animates one part of a group is not said to animate two groups.
 */
function withParts(graph: FactGraph, facts: readonly RelatedFact[]): { node: FactNode; parts: FactNode[] }[] {
  const ids = new Set(facts.map((f) => f.node.id));
  const parentOf = (node: FactNode) =>
    node.kind === 'subgroup'
      ? relatedFacts(graph, node.id, ['subgroup-of'], 'forward').find((p) => ids.has(p.node.id))?.node
      : undefined;
  const out = new Map<string, { node: FactNode; parts: FactNode[] }>();
  for (const f of facts) {
    const parent = parentOf(f.node);
    const entry = out.get((parent ?? f.node).id) ?? { node: parent ?? f.node, parts: [] };
    if (parent) entry.parts.push(f.node);
    out.set(entry.node.id, entry);
  }
  return [...out.values()];
}

function partLabel(dataset: Dataset, node: FactNode, parts: readonly FactNode[]): string {
  if (parts.length === 0) return nodeLabel(dataset, node);
  return `${nodeLabel(dataset, node)} (${parts.length > 1 ? 'volets' : 'volet'} ${formatListFr(parts.map((p) => p.name))})`;
}

/** Nouns that name a kind of partner (« quelles entreprises »), singular. */
const KIND_NOUNS_FR: Readonly<Record<string, string>> = {
  entreprise: 'company',
  societe: 'company',
  association: 'association',
  asso: 'association',
  financeur: 'funder',
  collectivite: 'public',
  reseau: 'network',
  laboratoire: 'research',
  labo: 'research',
};

/**
 * Whether a node is of the kind a noun names (« entreprises »), or else uses the noun, or its
 * singular, in its name or description (« CAE »).
 */
function mentions(dataset: Dataset, node: FactNode, word: string): boolean {
  const singular = word.replace(/[sx]$/, '');
  const kind = KIND_NOUNS_FR[word] ?? KIND_NOUNS_FR[singular];
  if (kind) return node.kind === 'partner' && dataset.partnerById.get(node.ref ?? '')?.kind === kind;
  const text = ` ${normalizeText(`${node.name} ${node.attributes.description?.value ?? ''}`)} `;
  return text.includes(` ${word} `) || text.includes(` ${singular} `);
}

/** What a partner is, as the data calls its kind. */
const PARTNER_KINDS_FR: Readonly<Record<string, string>> = {
  public: 'organisme public',
  company: 'entreprise',
  network: 'réseau',
  funder: 'financeur',
  research: 'recherche et enseignement',
  association: 'association',
};

/** « DREETS Hauts-de-France : organisme public. », then its description. */
function describedLines(dataset: Dataset, node: FactNode): string[] {
  const partner = node.kind === 'partner' ? dataset.partnerById.get(node.ref ?? '') : undefined;
  const kind = partner ? PARTNER_KINDS_FR[partner.kind] : undefined;
  const lines = kind ? [`${node.name} : ${kind}.`] : [];
  const description = node.attributes.description?.value;
  if (description) lines.push(description);
  return lines;
}

/** The French label of a fact, read from the start node. */
function labelOf(fact: RelatedFact): string {
  if (fact.edge.relation === 'holds-role' && fact.direction === 'forward')
    return fact.edge.label ?? 'a un rôle à';
  const labels = RELATION_LABELS_FR[fact.edge.relation];
  return fact.direction === 'forward' ? labels.forward : labels.backward;
}

/**
 * The facts around a node, grouped by relation: « Isabelle Hary anime : GT5 Éco-mobilité
 * solidaire, … ». A relation with nothing at the other end says so.
 */
export function relationReply(
  intent: Extract<Intent, { kind: 'relation' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const graph = factGraphOf(dataset);
  const start = graph.nodeById.get(intent.node);
  if (!start)
    return reply('relation', 'Introuvable', {
      lines: ['Je ne trouve pas cet élément dans les documents.'],
      error: true,
    });
  const relations = intent.relations.length > 0 ? intent.relations : undefined;
  let facts = (
    intent.describe
      ? [
          ...relatedFacts(graph, start.id, relations, 'forward'),
          ...relatedFacts(graph, start.id, relations, 'backward'),
        ]
      : relatedFacts(graph, start.id, relations, intent.direction)
  ).filter(
    (f) =>
      f.edge.relation !== 'cites' &&
      (intent.targetKinds === undefined || intent.targetKinds.includes(f.node.kind)) &&
      heldIn(f, intent.year),
  );
  const mentioned = intent.mentioning
    ? facts.filter((f) => mentions(dataset, f.node, intent.mentioning!))
    : [];
  if (mentioned.length > 0) facts = mentioned;
  const name = nodeLabel(dataset, start);
  const byLabel = new Map<string, RelatedFact[]>();
  for (const f of facts) byLabel.set(labelOf(f), [...(byLabel.get(labelOf(f)) ?? []), f]);
  const lines: string[] = intent.describe ? describedLines(dataset, start) : [];
  for (const [label, list] of byLabel) {
    const names = [
      ...new Set(withParts(graph, list).map(({ node, parts }) => partLabel(dataset, node, parts))),
    ];
    const first = list[0]!;
    // A role is its title: « Gérard Dechy : Vice-président (PHARE). », the organisation said
    // unless the title names it (« Co-fondateur de PHARE »).
    if (first.edge.relation === 'holds-role' && first.direction === 'forward') {
      const where = names.filter((n) => !normalizeText(label).includes(normalizeText(n)));
      lines.push(`${name} : ${label}${where.length > 0 ? ` (${formatListFr(where)})` : ''}.`);
      continue;
    }
    const noun = KIND_NOUNS[first.node.kind];
    // A long list says how long it is: « a pour partenaires (43) : … ».
    const count = noun
      ? `${formatCountFr(names.length, noun[0], noun[1])} : `
      : names.length >= 6
        ? `(${names.length}) : `
        : '';
    const plural =
      first.direction === 'backward' && names.length > 1
        ? RELATION_LABELS_FR[first.edge.relation].backwardPlural
        : undefined;
    lines.push(`${name} ${plural ?? label} ${count}${formatListFr(names)}.`);
  }
  if (lines.length === 0) {
    const asked = intent.relations.map((r) =>
      intent.direction === 'forward' ? RELATION_LABELS_FR[r].forward : RELATION_LABELS_FR[r].backward,
    );
    lines.push(
      asked.length > 0
        ? `Je n’ai pas cette information dans les documents : rien n’y indique ce que ${name} ${formatListFr(asked)}${intent.year === undefined ? '' : ` en ${intent.year}`}.`
        : `Je n’ai pas d’autre information sur ${name} dans les documents.`,
    );
  }
  return reply('relation', name, {
    lines,
    sources: citedSources(dataset, [...facts.map((f) => f.edge.source), start.source]),
    data: {
      node: start.id,
      facts: facts.map((f) => ({ relation: f.edge.relation, direction: f.direction, node: f.node.id })),
    },
  });
}
