import {
  type Dataset,
  factGraphOf,
  formatListFr,
  normalizeText,
  type Person,
  RELATION_LABELS_FR,
} from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { periodText } from './period-text.js';

/** The roles held now, or during a year when one is asked ("en 2022 qui était…"). */
function current(person: Person, year?: number) {
  if (year === undefined) return person.roles.filter((r) => r.to === undefined);
  return person.roles.filter(
    (r) =>
      (r.from === undefined || Number(r.from.slice(0, 4)) <= year) &&
      (r.to === undefined || Number(r.to.slice(0, 4)) >= year),
  );
}

/**
 * The roles of one person asked by name, dated when the data dates them: « Animatrice de
 * l'atelier théâtre (depuis septembre 2023) », then the roles that ended.
 */
function datedRoles(p: Person): string[] {
  const title = (r: Person['roles'][number]) => `${r.title}${r.area ? `, ${r.area}` : ''}`;
  const now = p.roles
    .filter((r) => r.to === undefined)
    .map((r) => `${title(r)}${r.from ? ` (depuis ${periodText(r.from)})` : ''}`);
  const past = p.roles
    .filter((r) => r.to !== undefined)
    .map((r) => `${title(r)} (${r.from ? `de ${periodText(r.from)} ` : ''}jusqu’en ${periodText(r.to!)})`);
  return [
    ...(now.length > 0 ? [now.join(' ; ')] : []),
    ...(past.length > 0
      ? [`Rôle${past.length > 1 ? 's' : ''} passé${past.length > 1 ? 's' : ''} : ${past.join(' ; ')}`]
      : []),
  ];
}

function contactLine(dataset: Dataset, p: Person, year?: number, dated = false): string {
  const roles =
    dated && year === undefined
      ? datedRoles(p)
      : current(p, year).map((r) => `${r.title}${r.area ? `, ${r.area}` : ''}`);
  const org = p.organisation
    ? (dataset.structureById.get(p.organisation)?.name ??
      (dataset.ptce.carrier?.id === p.organisation
        ? dataset.ptce.carrier.name
        : dataset.partnerById.get(p.organisation)?.name))
    : undefined;
  const reach = [p.email, p.phone].filter(Boolean).join(' · ');
  return `${p.name}${roles.length > 0 ? ` — ${roles.join(' ; ')}` : ''}${org ? ` (${org})` : ''}${reach ? ` — ${reach}` : ''}`;
}

function matchesRole(
  r: Person['roles'][number],
  intent: Extract<Intent, { kind: 'contact' }>,
  carrier: string | undefined,
): boolean {
  return (
    (r.kind === 'staff' || intent.role !== undefined) &&
    (intent.role === undefined || normalizeText(r.title).includes(intent.role)) &&
    (intent.area === undefined ||
      (r.area !== undefined && normalizeText(r.area) === normalizeText(intent.area))) &&
    (intent.role !== undefined || r.organisation === undefined || r.organisation === carrier)
  );
}

/**
 * Staff and role contacts: by person, by role ("chargé de développement") and area. A role held
 * in the carrier (the PTCE's own directrice) wins over the same role in member structures.
 * `person` is an id, or a name typed that the data does not have.
 */
export function contactReply(intent: Extract<Intent, { kind: 'contact' }>, ctx: ConversationContext): Reply {
  const { dataset } = ctx;
  const carrier = dataset.ptce.carrier?.id;
  let people: Person[];
  if (intent.person !== undefined) {
    const p = dataset.personById.get(intent.person);
    // A person the documents only name (« Christophe Théret », in a list of presidents).
    if (!p && factGraphOf(dataset).nodeById.has(`person:${intent.person}`))
      return peopleReply([intent.person], ctx);
    if (!p)
      return reply('contact', 'Contact introuvable', {
        lines: [
          `Je ne trouve pas « ${intent.person} » parmi les personnes connues du PTCE.`,
          'Demandez plutôt l’équipe, la direction ou un chargé de développement.',
        ],
        suggestions: ['l’équipe'],
        data: { people: [] },
      });
    people = [p];
  } else if (intent.people !== undefined) {
    people = intent.people.flatMap((id) => dataset.personById.get(id) ?? []);
    const named = intent.people.filter((id) => !dataset.personById.has(id));
    if (named.length > 0) return peopleReply(intent.people, ctx);
  } else {
    const holders = dataset.people.filter((p) =>
      current(p, intent.year).some((r) => matchesRole(r, intent, carrier)),
    );
    const inCarrier = holders.filter((p) =>
      current(p, intent.year).some((r) => matchesRole(r, intent, carrier) && r.organisation === carrier),
    );
    people = intent.role !== undefined && inCarrier.length > 0 ? inCarrier : holders;
  }
  const what =
    intent.person !== undefined || (intent.people !== undefined && people.length === 1)
      ? 'Contact'
      : intent.role !== undefined || intent.people !== undefined
        ? 'Contacts'
        : 'L’équipe';
  return reply('contact', `${what}${intent.area ? ` — ${intent.area}` : ''}`, {
    lines:
      people.length > 0
        ? people.map((p) => contactLine(dataset, p, intent.year, intent.person !== undefined))
        : ['Je ne trouve personne pour ce rôle dans les données.'],
    sources: citedSources(
      dataset,
      people.map((p) => p.source),
    ),
    data: { people: people.map((p) => p.id) },
  });
}

/**
 * A person the documents name without a record of their own (« Robin Barbaut » in a list of
 * presidents): what the fact graph says they do, « préside La Clef du Permis ».
 */
function namedLine(dataset: Dataset, nodeId: string): { text: string; sources: string[] } | undefined {
  const graph = factGraphOf(dataset);
  const node = graph.nodeById.get(nodeId);
  if (!node) return undefined;
  const facts = (graph.outgoing.get(nodeId) ?? []).filter((e) => e.relation !== 'cites');
  const byRelation = new Map<string, string[]>();
  for (const e of facts) {
    const to = graph.nodeById.get(e.to)?.name;
    if (!to) continue;
    const label = RELATION_LABELS_FR[e.relation].forward;
    byRelation.set(label, [...(byRelation.get(label) ?? []), to]);
  }
  const what = [...byRelation].map(([label, names]) => `${label} ${formatListFr(names)}`);
  return {
    text: `${node.name}${what.length > 0 ? ` — ${what.join(' ; ')}` : ''}`,
    sources: [node.source, ...facts.map((e) => e.source)].filter((x): x is string => x !== undefined),
  };
}

/** Several people by name, some known only from the documents' lists: one line each. */
function peopleReply(ids: readonly string[], ctx: ConversationContext): Reply {
  const { dataset } = ctx;
  const lines: string[] = [];
  const sources: string[] = [];
  for (const id of ids) {
    const p = dataset.personById.get(id);
    if (p) {
      lines.push(contactLine(dataset, p, undefined, true));
      sources.push(p.source);
      continue;
    }
    const named = namedLine(dataset, `person:${id}`);
    if (named) {
      lines.push(named.text);
      sources.push(...named.sources);
    }
  }
  return reply('contact', lines.length > 1 ? 'Contacts' : 'Contact', {
    lines: lines.length > 0 ? lines : ['Je ne trouve personne de ce nom dans les données.'],
    sources: citedSources(dataset, sources),
    data: { people: [...ids] },
  });
}
