import { formatListFr, ofNameFr } from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';

/** What a PTCE is, by law. */
export function definitionReply(ctx: ConversationContext): Reply {
  const def = ctx.dataset.ptce.legalDefinition;
  return reply('ptce-definition', 'Qu’est-ce qu’un PTCE ?', {
    lines: def
      ? [`${def.reference} :`, `« ${def.text} »`]
      : ['La définition légale n’est pas dans les données.'],
    sources: citedSources(ctx.dataset, [ctx.dataset.ptce.source]),
    suggestions: ['la charte des PTCE'],
  });
}

/** The national charter's commitments. */
export function charterReply(ctx: ConversationContext): Reply {
  const charter = ctx.dataset.ptce.charter;
  return reply('ptce-charter', 'La charte nationale des PTCE', {
    lines:
      charter.length > 0
        ? [
            `${ctx.dataset.ptce.name} a signé la charte nationale, qui engage sur ${charter.length} niveaux :`,
            ...charter.map((c) => `${c.number}. ${c.title}${c.detail ? ` : ${c.detail}` : ''}`),
          ]
        : ['La charte n’est pas décrite dans les données.'],
    sources: citedSources(ctx.dataset, [ctx.dataset.ptce.source]),
  });
}

/** The PTCE's motto. */
export function mottoReply(ctx: ConversationContext): Reply {
  const { ptce } = ctx.dataset;
  return reply('ptce-motto', 'Devise', {
    lines: [
      ptce.motto
        ? `« ${ptce.motto} »${ptce.carrier ? ` — devise de ${ptce.carrier.name}` : ''}`
        : 'La devise n’est pas indiquée dans les données.',
    ],
    sources: citedSources(ctx.dataset, [ptce.source]),
  });
}

/** The PTCEs of the regional registry, by département. */
/** The details a registry entry does not hold, in French. */
const MISSING_FR = {
  address: 'l’adresse',
  president: 'la présidence',
  director: 'la direction',
  contact: 'les coordonnées',
} as const;

export function regionalReply(
  intent: Extract<Intent, { kind: 'regional-ptces' }>,
  ctx: ConversationContext,
): Reply {
  const registry = ctx.registry;
  if (!registry)
    return reply('regional-ptces', 'PTCE de la région', {
      lines: ['Le registre régional des PTCE n’est pas chargé.'],
    });
  const entries = registry.ptces.filter(
    (p) =>
      (intent.department === undefined || p.department === intent.department) &&
      (intent.ids === undefined || intent.ids.includes(p.id)),
  );
  // The PTCEs the question picked: each with all its aims and when it was made laureate.
  if (intent.ids !== undefined && entries.length > 0) {
    const source = registry.sources.find((s) => s.id === registry.registry.source);
    const missing = intent.missing
      ? [
          `Le registre régional ne donne pas ${MISSING_FR[intent.missing]} ${ofNameFr(formatListFr(entries.map((p) => p.name)))}, et les documents du PTCE non plus. Voici ce qu’il en dit :`,
        ]
      : [];
    return reply('regional-ptces', formatListFr(entries.map((p) => p.name)), {
      lines: [
        ...missing,
        ...entries.flatMap((p) => [
          `${p.name} (${[p.department, ...p.communes].join(', ')})${p.laureate ? ` — lauréat en ${p.laureate.slice(0, 4)}` : ''}${p.carrier ? ` — porté par ${p.carrier}` : ''} :`,
          ...p.aims.map((a) => `• ${a}`),
        ]),
      ],
      sources: source ? [{ id: source.id, title: source.title, date: source.date }] : [],
      data: { ptces: entries.map((p) => p.id) },
    });
  }
  const byDepartment = new Map<string, typeof entries>();
  for (const p of entries) byDepartment.set(p.department, [...(byDepartment.get(p.department) ?? []), p]);
  const lines: string[] = [];
  if (entries.length === 0)
    lines.push(`Le registre ne recense aucun PTCE dans le département ${intent.department}.`);
  for (const [department, list] of byDepartment) {
    lines.push(`${department} (${list.length}) :`);
    for (const p of list)
      lines.push(
        `• ${p.name}${p.communes.length > 0 ? ` (${formatListFr(p.communes)})` : ''}${p.aims.length > 0 ? ` — ${p.aims[0]}` : ''}`,
      );
  }
  const source = registry.sources.find((s) => s.id === registry.registry.source);
  return reply(
    'regional-ptces',
    `${intent.department ? `PTCE — ${intent.department}` : `Les ${entries.length} PTCE de la région ${registry.registry.region}`}`,
    {
      lines,
      sources: source ? [{ id: source.id, title: source.title, date: source.date }] : [],
      data: { ptces: entries.map((p) => p.id) },
    },
  );
}
