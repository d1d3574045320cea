import {
  type Dataset,
  factGraphOf,
  formatListFr,
  normalizeText,
  type PassageHit,
  type PassageIndex,
  passageIndexOf,
  passageTerm,
  searchPassages,
  weightedCoverage,
} from '@ptce/core';

import type { ConversationContext, Intent } from '../intent.js';
import { NOISE, passageIsAnswer } from '../recognizers/passage-recognizer.js';
import { type Reply, type ReplyLine, reply } from '../reply.js';
import { citedSources } from './cited-sources.js';
import { nodeLabel } from './node-label.js';

/** A quoted passage with where it comes from. */
export function quoteLine(dataset: Dataset, hit: PassageHit): ReplyLine {
  const node = factGraphOf(dataset).nodeById.get(hit.passage.node);
  const where = node ? nodeLabel(dataset, node) : hit.passage.name;
  const source = hit.passage.source ? dataset.sourceById.get(hit.passage.source) : undefined;
  // A passage cut out of a list keeps no trailing separator: « Repair café », not « Repair café ; ».
  const quoted = hit.passage.text.replace(/\s*[;,:]\s*$/u, '');
  const from = source ? ` (${source.title})` : '';
  // A milestone or a title is its own name: it is not said twice.
  if (normalizeText(quoted).startsWith(normalizeText(where))) return { text: `« ${quoted} »${from}` };
  return { text: `« ${quoted} » — ${where}${from}` };
}

/** The hits worth quoting: those within half the best score that pass the threshold, at most three. */
export function quotable(
  index: PassageIndex,
  terms: readonly string[],
  hits: readonly PassageHit[],
): PassageHit[] {
  const good = (h: PassageHit) =>
    passageIsAnswer(h.terms.filter((t) => terms.includes(t)).length, weightedCoverage(index, terms, h));
  // The best covering hit first, then the others that pass, by BM25.
  const passing = hits.filter(good);
  const cover = (h: PassageHit) => weightedCoverage(index, terms, h);
  const best = passing.reduce<PassageHit | undefined>(
    (a, h) => (!a || cover(h) > cover(a) ? h : a),
    undefined,
  );
  if (!best) return [];
  return [best, ...passing.filter((h) => h !== best && h.score >= best.score / 2)].slice(0, 3);
}

/** The terms of a passage query that count: its words minus the noise of asking. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => !NOISE.includes(normalizeText(w)))
        .map((w) => passageTerm(w))
        .filter((t): t is string => t !== undefined),
    ),
  ];
}

/**
 * The sentences of the documents that answer a question no structured answer fits, quoted with
 * their source; below the threshold, that the documents do not have it, with what they have on
 * the things the question names.
 */
export function passageReply(intent: Extract<Intent, { kind: 'passage' }>, ctx: ConversationContext): Reply {
  const { dataset } = ctx;
  if (intent.missing) return notInDocumentsReply(ctx, intent.query);
  const index = passageIndexOf(dataset);
  const hits = quotable(
    index,
    queryTerms(intent.free),
    searchPassages(index, intent.query, 5, intent.within),
  );
  if (hits.length > 0)
    return reply('passage', 'D’après les documents', {
      lines: hits.map((h) => quoteLine(dataset, h)),
      sources: citedSources(
        dataset,
        hits.map((h) => h.passage.source),
      ),
      data: {
        passages: hits.map((h) => ({ node: h.passage.node, field: h.passage.field, text: h.passage.text })),
      },
    });
  return notInDocumentsReply(ctx, intent.query);
}

/** « Je n’ai pas cette information dans les documents », with what is known about the names asked. */
export function notInDocumentsReply(ctx: ConversationContext, query: string): Reply {
  const graph = factGraphOf(ctx.dataset);
  const asked = ` ${query.toLowerCase()} `;
  const near = graph.nodes.filter(
    (n) => n.kind !== 'document' && n.kind !== 'place' && asked.includes(` ${n.name.toLowerCase()} `),
  );
  const lines = ['Je n’ai pas cette information dans les documents.'];
  for (const n of near.slice(0, 2)) {
    const keys = Object.keys(n.attributes).filter((k) => k !== 'status' && k !== 'description');
    if (keys.length > 0)
      lines.push(
        `Sur ${nodeLabel(ctx.dataset, n)}, je peux vous donner : ${formatListFr(keys.map((k) => NOUNS[k] ?? k))}.`,
      );
  }
  return reply('passage', 'Pas dans les documents', { lines, data: { passages: [] } });
}

const NOUNS: Readonly<Record<string, string>> = {
  website: 'le site internet',
  email: 'l’adresse e-mail',
  phone: 'le téléphone',
  address: 'l’adresse',
  founded: 'la date de création',
  joined: 'la date d’adhésion',
  fullName: 'le nom complet',
  motto: 'la devise',
  president: 'la présidence',
  director: 'la direction',
  activities: 'les activités',
  objective: 'l’objectif',
  purpose: 'le rôle',
  composition: 'la composition',
  place: 'le lieu',
  participants: 'le nombre de participants',
  siren: 'le SIREN',
  date: 'la date',
  publisher: 'l’éditeur',
};
