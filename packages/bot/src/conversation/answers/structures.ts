import {
  type Dataset,
  filterStructures,
  formatListFr,
  groupsOfStructure,
  normalizeText,
  ofNameFr,
  type Structure,
  searchIndexOf,
} from '@ptce/core';
import { targetName } from '../../meeting-text/target-name.js';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, type ReplyField, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';

/** "arrondissement de Cambrai", whether the data names it "Cambrai" or "Arrondissement de Cambrai". */
function arrondissementText(name: string): string {
  const bare = name.replace(/^arrondissement\s+(?:de\s+|d['’]\s*)?/i, '');
  return `arrondissement ${ofNameFr(bare)}`;
}

function addressText(dataset: Dataset, s: Structure): string | undefined {
  if (!s.address) return undefined;
  const a = s.address;
  const epci = a.epci ? dataset.ptce.territory.epcis.find((e) => e.id === a.epci)?.shortName : undefined;
  const arr = a.arrondissement
    ? dataset.ptce.territory.arrondissements.find((x) => x.id === a.arrondissement)?.name
    : undefined;
  const where = [a.street, [a.postalCode, a.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const admin = [arr ? arrondissementText(arr) : undefined, epci].filter(Boolean).join(', ');
  return admin ? `${where} (${admin})` : where;
}

const KIND_FR: Record<string, string> = {
  association: 'association',
  siae: 'structure d’insertion par l’activité économique',
  cooperative: 'coopérative',
  mutual: 'mutuelle',
  company: 'entreprise',
  foundation: 'fondation',
  public: 'organisme public',
  other: 'structure',
};

function aspectLine(
  dataset: Dataset,
  s: Structure,
  aspect: Extract<Intent, { kind: 'structure-info' }>['aspect'],
): string {
  switch (aspect) {
    case 'address': {
      const a = addressText(dataset, s);
      return a ? `${s.name} : ${a}.` : `${s.name} : l’adresse n’est pas indiquée dans les documents.`;
    }
    case 'president':
      return s.president
        ? `${s.name} est présidée par ${s.president}.`
        : `${s.name} : la présidence n’est pas indiquée dans les documents.`;
    case 'director':
      return s.director
        ? `${s.name} est dirigée par ${s.director}.`
        : `${s.name} : la direction n’est pas indiquée dans les documents.`;
    case 'activities':
      return s.activities.length > 0
        ? `${s.name} : ${s.activities.join(' ; ')}.`
        : `${s.name} : l’activité n’est pas décrite dans les documents.`;
    default: {
      const groups = groupsOfStructure(dataset, s.id);
      return groups.length > 0
        ? `${s.name} participe à ${formatListFr(groups.map((g) => targetName(dataset, g.id)))}.`
        : `${s.name} : les documents ne la rattachent à aucun groupe de travail.`;
    }
  }
}

/** Address, president, director, activities and groups of member structures. */
export function structureReply(
  intent: Extract<Intent, { kind: 'structure-info' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const structures = intent.structures.flatMap((id) => {
    const s = dataset.structureById.get(id);
    return s ? [s] : [];
  });
  if (structures.length === 0)
    return reply('structure-info', 'Structure introuvable', {
      lines: [
        'Je ne trouve pas cette structure parmi les membres du PTCE.',
        'Vérifiez le nom, ou demandez la liste des structures d’une commune.',
      ],
      data: { structures: [], aspect: intent.aspect },
    });
  const lines: string[] = [];
  const fields: ReplyField[] = [];
  if (intent.aspect !== 'all' || structures.length > 1) {
    for (const s of structures)
      lines.push(aspectLine(dataset, s, intent.aspect === 'all' ? 'activities' : intent.aspect));
  } else {
    const s = structures[0]!;
    const kind = `${KIND_FR[s.kind] ?? 'structure'}${s.siaeType ? ` (${s.siaeType})` : ''}`;
    lines.push(`${s.fullName ?? s.name} : ${kind}.`);
    if (s.description) lines.push(s.description);
    const address = addressText(dataset, s);
    if (address) fields.push({ name: 'Adresse', value: address });
    if (s.president) fields.push({ name: 'Présidence', value: s.president, inline: true });
    if (s.director) fields.push({ name: 'Direction', value: s.director, inline: true });
    if (s.activities.length > 0) fields.push({ name: 'Activités', value: s.activities.join(' ; ') });
    const groups = groupsOfStructure(dataset, s.id);
    if (groups.length > 0)
      fields.push({
        name: 'Groupes de travail',
        value: formatListFr(groups.map((g) => targetName(dataset, g.id))),
      });
    const years = s.membership.map((m) => m.period).sort();
    if (years.length > 0)
      fields.push({ name: 'Adhésion attestée', value: formatListFr(years), inline: true });
  }
  return reply(
    'structure-info',
    structures.length === 1
      ? structures[0]!.name
      : `Structures : ${formatListFr(structures.map((s) => s.name))}`,
    {
      lines,
      fields,
      sources: citedSources(
        dataset,
        structures.map((s) => s.source),
      ),
      data: { structures: structures.map((s) => s.id), aspect: intent.aspect },
    },
  );
}

/** The structures of a commune, arrondissement or EPCI, or doing an activity. */
export function structuresInReply(
  intent: Extract<Intent, { kind: 'structures-in' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const territory = dataset.ptce.territory;
  // The intent carries the commune normalised; the search index has its name as written.
  const communeName =
    intent.commune === undefined
      ? undefined
      : (searchIndexOf(dataset).entities.find(
          (e) => e.kind === 'commune' && e.id === normalizeText(intent.commune!),
        )?.name ?? intent.commune);
  const list = filterStructures(dataset, {
    ...(communeName === undefined ? {} : { commune: communeName }),
    ...(intent.arrondissement === undefined ? {} : { arrondissement: intent.arrondissement }),
    ...(intent.epci === undefined ? {} : { epci: intent.epci }),
    ...(intent.activity === undefined ? {} : { activity: intent.activity }),
    ...(intent.founded === undefined ? {} : { founded: intent.founded }),
  });
  // « 1 Rue Rosalie Levasseur à Valenciennes »: the structures at that street, when it is asked.
  const atStreet =
    intent.street === undefined
      ? []
      : list.filter((s) => s.address && normalizeText(s.address.street ?? '').includes(intent.street!));
  if (intent.street !== undefined && atStreet.length > 0)
    return reply('structures-in', `Structures au ${atStreet[0]!.address!.street}`, {
      lines: atStreet.map((s) =>
        `• ${s.name} — ${s.address!.street}, ${s.address!.postalCode ?? ''} ${s.address!.commune}`.replace(
          / {2,}/g,
          ' ',
        ),
      ),
      sources: citedSources(
        dataset,
        atStreet.map((s) => s.source),
      ),
      data: { structures: atStreet.map((s) => s.id) },
    });
  // A street no structure has: said, then the commune's structures if one was named.
  const noneAtStreet =
    intent.street === undefined
      ? []
      : [
          `Je ne trouve aucune structure au ${intent.street}${communeName ? ` à ${communeName}` : ''} dans les données.`,
        ];
  if (noneAtStreet.length > 0 && communeName === undefined)
    return reply('structures-in', `Structures au ${intent.street}`, {
      lines: noneAtStreet,
      data: { structures: [] },
    });
  const where =
    communeName !== undefined
      ? `à ${communeName}`
      : intent.arrondissement !== undefined
        ? `dans l’${arrondissementText(territory.arrondissements.find((a) => a.id === intent.arrondissement)?.name ?? intent.arrondissement)}`
        : intent.epci !== undefined
          ? `dans l’EPCI ${territory.epcis.find((e) => e.id === intent.epci)?.shortName ?? intent.epci}`
          : intent.founded !== undefined
            ? `créée${list.length > 1 ? 's' : ''} en ${intent.founded}`
            : `dont l’activité mentionne « ${intent.activity} »`;
  return reply(
    'structures-in',
    intent.founded !== undefined ? `Structures créées en ${intent.founded}` : `Structures ${where}`,
    {
      lines:
        list.length > 0
          ? [
              ...noneAtStreet,
              `${list.length} structure${list.length > 1 ? 's' : ''} ${where} :`,
              ...list.map((s) => `• ${s.name}${s.address ? ` (${s.address.commune})` : ''}`),
            ]
          : [`Je ne trouve aucune structure ${where} dans les données.`],
      sources: citedSources(
        dataset,
        list.map((s) => s.source),
      ),
      data: { structures: list.map((s) => s.id) },
    },
  );
}
