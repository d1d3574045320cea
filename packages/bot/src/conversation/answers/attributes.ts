import { factGraphOf, formatListFr, formatLocalDateFr, parseLocalDate } from '@ptce/core';
import type { ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { nodeLabel } from './node-label.js';

/** How each attribute reads in French: the noun, and the sentence when it is known. */
const ATTRIBUTES: Readonly<Record<string, { noun: string; says: (name: string, value: string) => string }>> =
  {
    website: { noun: 'site internet', says: (n, v) => `Site internet de ${n} : ${v}` },
    email: { noun: 'adresse e-mail', says: (n, v) => `Adresse e-mail de ${n} : ${v}` },
    phone: { noun: 'numéro de téléphone', says: (n, v) => `Téléphone de ${n} : ${v}` },
    address: { noun: 'adresse', says: (n, v) => `Adresse de ${n} : ${v}` },
    formerAddress: { noun: 'ancienne adresse', says: (n, v) => `Ancienne adresse de ${n} : ${v}` },
    founded: { noun: 'date de création', says: (n, v) => `${n} a été créé en ${v}.` },
    joined: { noun: 'date d’adhésion', says: (n, v) => `${n} a rejoint le PTCE en ${v}.` },
    fullName: { noun: 'nom complet', says: (n, v) => `${n} : ${v}` },
    motto: { noun: 'devise', says: (n, v) => `Devise de ${n} : « ${v} »` },
    president: { noun: 'présidence', says: (n, v) => `${n} est présidé par ${v}.` },
    director: { noun: 'direction', says: (n, v) => `${n} est dirigé par ${v}.` },
  };

function dateText(value: string): string {
  const date = parseLocalDate(value);
  return date && date.precision !== 'year' ? formatLocalDateFr(date) : value;
}

/**
 * One attribute of a node (« le site web de PHARE »), or, when the documents do not give it,
 * that they do not, with what they do give.
 */
export function attributeReply(
  intent: Extract<Intent, { kind: 'entity-attribute' }>,
  ctx: ConversationContext,
): Reply {
  const { dataset } = ctx;
  const node = factGraphOf(dataset).nodeById.get(intent.node);
  const meta = ATTRIBUTES[intent.attribute] ?? {
    noun: intent.attribute,
    says: (n: string, v: string) => `${n} : ${v}`,
  };
  if (!node)
    return reply('entity-attribute', 'Introuvable', {
      lines: ['Je ne trouve pas cet élément dans les documents.'],
    });
  const name = nodeLabel(dataset, node);
  const found = node.attributes[intent.attribute];
  if (found) {
    const value =
      intent.attribute === 'founded' || intent.attribute === 'joined' ? dateText(found.value) : found.value;
    return reply('entity-attribute', name, {
      lines: [meta.says(name, value)],
      sources: citedSources(dataset, [found.source ?? node.source]),
      data: { node: node.id, attribute: intent.attribute, value: found.value },
    });
  }
  const known = Object.keys(node.attributes)
    .filter((k) => ATTRIBUTES[k] !== undefined)
    .map((k) => ATTRIBUTES[k]!.noun);
  return reply('entity-attribute', name, {
    lines: [
      `Je n’ai pas cette information dans les documents : ils ne donnent pas ${/^[aeéèêiouy]/i.test(meta.noun) ? 'd’' : 'de '}${meta.noun} pour ${name}.`,
      ...(known.length > 0 ? [`Je connais en revanche : ${formatListFr(known)}.`] : []),
    ],
    sources: citedSources(dataset, [node.source]),
    data: { node: node.id, attribute: intent.attribute, value: null },
  });
}
