import { normalizeText } from '@ptce/core';
import { ATTRIBUTE_CUES, STRUCTURE_WORDS } from '../relation-cues-fr.js';
import { hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { STREET } from '../understand/structured-intent.js';
import { type Candidate, SCORES } from './candidate.js';

const EVENT_WORDS = [
  'se passe',
  'passe',
  'quoi',
  'lien',
  'evenement',
  'reunion',
  'rencontre',
  'activite',
  'il y a',
  'y a',
];
/** A town as written after « à », « au » or « sur »: capitalised words (« Saint-Amand-les-Eaux »). */
const TOWN = /(?:^|\s)(?:à|au|sur)\s+([A-ZÀ-Ý][\p{L}’'-]*(?:\s[A-ZÀ-Ý][\p{L}’'-]*)*)/u;
const HOME_WORDS = [...STRUCTURE_WORDS, 'siege', 'base', 'basee', 'situe', 'situee', 'implante', 'implantee'];

/**
 * A town with structure words (« quels adhérents ont leur siège à Cambrai ? ») lists the
 * structures there; with event words (« il se passe quoi à Raismes ? ») everything tied to it.
 */
export function placeRecognizer(q: QuestionFacts): Candidate | undefined {
  const places = linksOf(q, ['place']);
  const street = STREET.exec(q.r.norm)?.[0];
  // « c'est quelle structure au 36 rue de Mons ? »: a street some structure has, without its town.
  if (places.length === 0 && street && q.links.length === 0) {
    const there = q.ctx.dataset.structures.some((s) =>
      normalizeText(s.address?.street ?? '').includes(street),
    );
    // A street no structure has, asked which structure is there, is answered: none is.
    const asked = q.asks === 'who' || q.asks === 'which' || hasPhrase(q, HOME_WORDS);
    return there || asked
      ? { intent: { kind: 'structures-in', street }, score: SCORES.place, by: 'place' }
      : undefined;
  }
  // « quelle structure est à Denain ? »: a town no structure of the data is in, named as a town is
  // written (capitalised, after « à »), is answered: none is there.
  const town = TOWN.exec(q.r.raw)?.[1];
  if (
    places.length === 0 &&
    q.links.length === 0 &&
    town !== undefined &&
    (q.asks === 'who' || q.asks === 'which' || q.asks === 'count') &&
    hasPhrase(q, HOME_WORDS)
  )
    return { intent: { kind: 'structures-in', commune: town }, score: SCORES.place, by: 'place' };
  if (places.length !== 1 || q.links.length !== 1) return undefined;
  const mention = q.r.mentions.find((m) => m.entity.kind === 'commune');
  // « qui est au 36 rue de Mons à Valenciennes ? »: a street asks who is there.
  if ((hasPhrase(q, HOME_WORDS) || street) && mention && !hasPhrase(q, ATTRIBUTE_CUES.email!))
    return {
      intent: { kind: 'structures-in', commune: mention.entity.id, ...(street ? { street } : {}) },
      score: SCORES.place,
      by: 'place',
    };
  if (hasPhrase(q, EVENT_WORDS))
    return {
      intent: { kind: 'relation', node: places[0]!.node.id, relations: [], direction: 'backward' },
      score: SCORES.place,
      by: 'place',
    };
  return undefined;
}
