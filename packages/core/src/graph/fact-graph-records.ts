import type { Dataset } from '../dataset/dataset.js';
import type { Address } from '../schema/index.js';
import { normalizeText } from '../search/normalize.js';
import type { FactAttribute, FactEdge, FactNode, FactPeriod } from './fact-graph.js';
import type { Relation } from './relation-labels-fr.js';

// The records of a dataset as fact-graph nodes and edges, one kind of record per function.

/**
 * A postal address on one line, the parts it lacks left out.
 *
 * @param a - The address.
 * @returns « street, postal code commune ».
 * @example
 * addressText({ street: '12 rue des Glycines', postalCode: '59300', commune: 'Valenciennes' })
 * //=> '12 rue des Glycines, 59300 Valenciennes'
 */
export function addressText(a: Address): string {
  return [a.street, [a.postalCode, a.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * The attributes of a node from `[key, value, source]` triples; empty values are left out.
 *
 * @param entries - The triples.
 * @returns The attributes by key.
 * @example
 * attrs([['phone', '03 27 00 00 00', 's1'], ['email', undefined, undefined]])
 * //=> { phone: { value: '03 27 00 00 00', source: 's1' } }
 */
export function attrs(entries: readonly (readonly [string, string | undefined, string | undefined])[]) {
  const out: Record<string, FactAttribute> = {};
  for (const [key, value, source] of entries)
    if (value !== undefined && value !== '') out[key] = source === undefined ? { value } : { value, source };
  return out;
}

export type Add = (node: FactNode) => FactNode;
export type Link = (edge: FactEdge) => void;

/**
 * Adds the member structures, the other organisations and the bodies, with their links.
 *
 * @param dataset - The dataset.
 * @param add - Adds a node (returns the node kept for its id).
 * @param link - Adds an edge.
 * @param locate - Records where an organisation is.
 * @param ptceId - The PTCE's node id.
 * @returns Nothing: the nodes and edges go to `add` and `link`.
 * @example
 * const nodes = [];
 * const add = (n) => (nodes.push(n), n);
 * addOrganisations(dataset, add, () => {}, () => {}, 'ptce:auton-hommes');
 * nodes.slice(0, 3).map((n) => n.id)
 * //=> ['structure:aciae', 'structure:action', 'structure:aril']
 */
export function addOrganisations(
  dataset: Dataset,
  add: Add,
  link: Link,
  locate: (from: string, address: Address | undefined, source: string | undefined) => void,
  ptceId: string,
): void {
  for (const s of dataset.structures) {
    const id = `structure:${s.id}`;
    add({
      id,
      kind: 'structure',
      ref: s.id,
      name: s.name,
      aliases: [...(s.fullName ? [s.fullName] : []), ...s.aliases],
      attributes: attrs([
        ['fullName', s.fullName, s.source],
        ['address', s.address && addressText(s.address), s.source],
        ['president', s.president, s.source],
        ['director', s.director, s.source],
        ['activities', s.activities.join(' ; ') || undefined, s.source],
        ['description', s.description, s.source],
        ['website', s.website, s.source],
        ['founded', s.founded, s.source],
        ['joined', s.joined, s.source],
        ['left', s.left, s.source],
      ]),
      source: s.source,
    });
    locate(id, s.address, s.source);
    const period: FactPeriod = { ...(s.joined ? { from: s.joined } : {}), ...(s.left ? { to: s.left } : {}) };
    link({ from: id, to: ptceId, relation: 'member-of', period, source: s.source });
  }
  for (const p of dataset.partners)
    add({
      id: `partner:${p.id}`,
      kind: 'partner',
      ref: p.id,
      name: p.name,
      aliases: p.aliases,
      attributes: attrs([['description', p.description, p.source]]),
      source: p.source,
    });
  // A partner the file lists is a partner of the PTCE, whatever group it also works with.
  for (const p of dataset.partners)
    link({ from: `partner:${p.id}`, to: ptceId, relation: 'partners-with', source: p.source });
  for (const b of dataset.bodies)
    add({
      id: `body:${b.id}`,
      kind: 'body',
      ref: b.id,
      name: b.name,
      aliases: [...(b.shortName ? [b.shortName] : []), ...b.aliases],
      attributes: attrs([
        ['purpose', b.purpose, b.source],
        ['composition', b.composition, b.source],
      ]),
      source: b.source,
    });
}

/** The node id of an organisation id, whichever list it is in. */
function organisationNode(dataset: Dataset, id: string): string {
  if (dataset.structureById.has(id)) return `structure:${id}`;
  if (dataset.partnerById.has(id)) return `partner:${id}`;
  if (dataset.ptce.carrier?.id === id) return `carrier:${id}`;
  return `body:${id}`;
}

/**
 * Adds the people, their roles (with periods) and the people named only as a structure's
 * president or director.
 *
 * @param dataset - The dataset.
 * @param add - Adds a node.
 * @param link - Adds an edge.
 * @param nodeById - The organisations already added, to link roles to.
 * @returns Nothing: the nodes and edges go to `add` and `link`.
 * @example
 * const nodes = [];
 * const add = (n) => (nodes.push(n), n);
 * addPeople(dataset, add, () => {}, new Map());
 * nodes.slice(0, 2).map((n) => n.id)
 * //=> ['person:amelie-lefebvre-chombart', 'person:sylvain-boitel']
 */
export function addPeople(
  dataset: Dataset,
  add: Add,
  link: Link,
  nodeById: ReadonlyMap<string, FactNode>,
): void {
  const byName = new Map<string, string>();
  for (const p of dataset.people) {
    const id = `person:${p.id}`;
    add({
      id,
      kind: 'person',
      ref: p.id,
      name: p.name,
      aliases: p.aliases,
      attributes: attrs([
        ['email', p.email, p.source],
        ['phone', p.phone, p.source],
      ]),
      source: p.source,
    });
    for (const n of [p.name, ...p.aliases]) byName.set(normalizeText(n), id);
    if (p.organisation)
      link({
        from: id,
        to: organisationNode(dataset, p.organisation),
        relation: 'belongs-to',
        source: p.source,
      });
    for (const r of p.roles) {
      const period: FactPeriod = { ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
      const org = r.organisation ?? p.organisation;
      if (org)
        link({
          from: id,
          to: organisationNode(dataset, org),
          relation: 'holds-role',
          label: r.title,
          period,
          source: r.source,
        });
    }
  }
  // Presidents and directors are free text in member lists: one node per name.
  for (const s of dataset.structures) {
    for (const [relation, name] of [
      ['presides', s.president],
      ['directs', s.director],
    ] as const) {
      if (!name) continue;
      for (const one of name.split(/\s+et\s+|\s*[,;/]\s*/)) {
        const key = normalizeText(one);
        if (key === '') continue;
        let id = byName.get(key);
        if (!id) {
          id = `person:name-${key.replaceAll(' ', '-')}`;
          if (!nodeById.has(id))
            add({ id, kind: 'person', name: one.trim(), aliases: [], attributes: {}, source: s.source });
          byName.set(key, id);
        }
        link({ from: id, to: `structure:${s.id}`, relation, source: s.source });
      }
    }
  }
}

/**
 * Adds the working groups, their subgroups, projects and meetings.
 *
 * @param dataset - The dataset.
 * @param add - Adds a node.
 * @param link - Adds an edge.
 * @param placeOf - The node id of a named place.
 * @returns Nothing: the nodes and edges go to `add` and `link`.
 * @example
 * const nodes = [];
 * const add = (n) => (nodes.push(n), n);
 * addGroupsAndMeetings(dataset, add, () => {}, (name) => `place:${name}`);
 * nodes.filter((n) => n.kind === 'group').length
 * //=> 10
 */
export function addGroupsAndMeetings(
  dataset: Dataset,
  add: Add,
  link: Link,
  placeOf: (name: string) => string,
): void {
  for (const g of dataset.groups) {
    const id = `group:${g.id}`;
    add({
      id,
      kind: 'group',
      ref: g.id,
      name: g.name,
      aliases: g.aliases,
      attributes: attrs([
        ['objective', g.objective, g.source],
        ['description', g.description, g.source],
        ['status', g.status.state, g.status.source ?? g.source],
        ['email', g.email, g.source],
      ]),
      source: g.source,
    });
    const people = (list: readonly string[], relation: Relation, to: string) => {
      for (const p of list) link({ from: `person:${p}`, to, relation, source: g.source });
    };
    people(g.copilots, 'copilots', id);
    people(g.facilitators, 'facilitates', id);
    for (const s of g.structures)
      link({ from: `structure:${s}`, to: id, relation: 'participates-in', source: g.source });
    for (const p of g.partners)
      link({ from: `partner:${p}`, to: id, relation: 'partners-with', source: g.source });
    for (const s of g.status.successors)
      link({ from: `group:${s}`, to: id, relation: 'succeeds', source: g.source });
    for (const sg of g.subgroups) {
      const sid = `subgroup:${sg.id}`;
      add({
        id: sid,
        kind: 'subgroup',
        ref: sg.id,
        name: sg.name,
        aliases: sg.aliases,
        attributes: attrs([['objective', sg.objective, g.source]]),
        source: g.source,
      });
      link({ from: sid, to: id, relation: 'subgroup-of', source: g.source });
      people(sg.copilots, 'copilots', sid);
      people(sg.facilitators, 'facilitates', sid);
    }
  }
  for (const m of dataset.meetings) {
    const id = `meeting:${m.id}`;
    const day = m.start.slice(0, 10);
    add({
      id,
      kind: 'meeting',
      ref: m.id,
      name: m.title,
      aliases: [],
      attributes: attrs([
        ['place', m.place, m.source],
        ['status', m.status, m.source],
        [
          'participants',
          m.attendance?.count === undefined ? undefined : String(m.attendance.count),
          m.source,
        ],
      ]),
      period: { from: day, to: (m.end ?? m.start).slice(0, 10) },
      ...(m.source ? { source: m.source } : {}),
    });
    const to = m.body
      ? `body:${m.body}`
      : m.group
        ? dataset.groupById.has(m.group)
          ? `group:${m.group}`
          : `subgroup:${m.group}`
        : undefined;
    if (to)
      link({
        from: id,
        to,
        relation: 'meeting-of',
        period: { from: day, to: day },
        ...(m.source ? { source: m.source } : {}),
      });
    if (m.place)
      link({ from: id, to: placeOf(m.place), relation: 'held-at', period: { from: day, to: day } });
    for (const s of m.attendance?.structures ?? [])
      link({ from: `structure:${s}`, to: id, relation: 'participates-in', period: { from: day, to: day } });
  }
}
