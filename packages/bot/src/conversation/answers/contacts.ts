import { type Dataset, formatLocalDateFr, normalizeText, type Person, parseLocalDate } from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';

/** The roles held now, or during a year when one is asked ("en 2022 qui était…"). */
function current(person: Person, year?: number) {
  if (year === undefined) return person.roles.filter((r) => r.to === undefined);
  return person.roles.filter(
    (r) =>
      (r.from === undefined || Number(r.from.slice(0, 4)) <= year) &&
      (r.to === undefined || Number(r.to.slice(0, 4)) >= year),
  );
}

/** « septembre 2023 » for « 2023-09 », « 2023 » for « 2023 ». */
function monthText(period: string): string {
  const date = parseLocalDate(period);
  return date ? formatLocalDateFr(date) : period;
}

/**
 * The roles of one person asked by name, dated when the data dates them: « Animatrice de
 * l'atelier théâtre (depuis septembre 2023) », then the roles that ended.
 */
function datedRoles(p: Person): string[] {
  const title = (r: Person['roles'][number]) => `${r.title}${r.area ? `, ${r.area}` : ''}`;
  const now = p.roles
    .filter((r) => r.to === undefined)
    .map((r) => `${title(r)}${r.from ? ` (depuis ${monthText(r.from)})` : ''}`);
  const past = p.roles
    .filter((r) => r.to !== undefined)
    .map((r) => `${title(r)} (${r.from ? `de ${monthText(r.from)} ` : ''}jusqu’en ${monthText(r.to!)})`);
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
