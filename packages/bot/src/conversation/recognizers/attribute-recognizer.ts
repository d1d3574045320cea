import { ATTRIBUTE_CUES, RELATION_CUES } from '../relation-cues-fr.js';
import { hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { STATIC_WORDS } from '../understand/vocabulary-index.js';
import { ROLE_WORDS } from '../vocabulary-fr.js';
import { type Candidate, SCORES } from './candidate.js';

/** The attributes each kind of node can be asked for here; the structured reading answers the rest. */
const ASKABLE: Readonly<Record<string, readonly string[]>> = {
  carrier: ['website', 'email', 'phone', 'address', 'formerAddress', 'founded', 'fullName'],
  ptce: ['website', 'email', 'phone', 'address', 'founded', 'fullName'],
  structure: ['website', 'email', 'phone', 'founded', 'joined', 'fullName'],
  partner: ['website', 'email', 'phone'],
  group: ['email'],
  person: ['email', 'phone'],
};

/**
 * An attribute of a named node: « le site web de PHARE », « PHARE a été créé quand ? »,
 * « PHARE ça veut dire quoi ? », « La Pose a rejoint le PTCE en quelle année ? ». A question
 * about a role (« le mail de la directrice de PHARE ») is about a person, not the node.
 */
export function attributeRecognizer(q: QuestionFacts): Candidate | undefined {
  const all = linksOf(q, ['carrier', 'ptce', 'structure', 'person', 'partner', 'group']);
  // « La Pose a rejoint PHARE » is about La Pose.
  const owners =
    all.length > 1 ? all.filter((l) => l.node.kind !== 'carrier' && l.node.kind !== 'ptce') : all;
  if (owners.length !== 1 || q.asks === 'count') return undefined;
  const owner = owners[0]!.node;
  // « adresse des Jardins de l'Escaut (membre de PHARE) » asks about a name the data does not
  // have, not about the carrier it mentions.
  if ((owner.kind === 'carrier' || owner.kind === 'ptce') && unknownName(q, owners[0]!.start))
    return undefined;
  if (
    hasPhrase(q, [
      ...Object.keys(ROLE_WORDS),
      ...(RELATION_CUES.presides ?? []),
      ...(RELATION_CUES.directs ?? []),
    ])
  )
    return undefined;
  // « son adresse e-mail » asks for the e-mail, not the address.
  const asked = Object.keys(ATTRIBUTE_CUES).filter((key) => hasPhrase(q, ATTRIBUTE_CUES[key]!));
  const former = hasPhrase(q, ['avant', 'ancien', 'ancienne', 'precedent', 'precedente', 'autrefois']);
  // « l'ancienne adresse de PHARE »: the addresses it left, when the data keeps them.
  const attribute = asked.includes('email')
    ? 'email'
    : former &&
        (asked[0] === 'address' || (asked.length === 0 && q.asks === 'where')) &&
        owner.attributes.formerAddress !== undefined
      ? 'formerAddress'
      : asked[0];
  if (attribute === undefined || (former && attribute !== 'formerAddress')) return undefined;
  if (!(ASKABLE[owner.kind] ?? []).includes(attribute)) return undefined;
  // « qui a créé ESPOIR ? » asks for the founder, which the description gives; « quand » asks a
  // date (« quand PHARE a-t-elle rejoint le Site minier d'Arenberg ? » asks no website).
  if (q.asks === 'who' && attribute === 'founded') return undefined;
  if (q.asks === 'when' && attribute !== 'founded' && attribute !== 'joined') return undefined;
  if (owner.kind === 'person' && owner.attributes[attribute] !== undefined) return undefined;
  // A group's own address when it has one (the Fondation's); else its animateurs' are asked.
  if (owner.kind === 'group' && owner.attributes[attribute] === undefined) return undefined;
  return {
    intent: { kind: 'entity-attribute', node: owner.id, attribute },
    score: SCORES.attribute,
    by: 'attribute',
  };
}

/**
 * Whether the question types a capitalised word, past its first and before the owner's name, that
 * names nothing in the data (« adresse des Jardins de l'Escaut (membre de PHARE) »; a place after
 * the name, « PHARE à Wallers », only says where).
 */
function unknownName(q: QuestionFacts, before: number): boolean {
  return q.r.words.some(
    (w, i) =>
      i > 0 &&
      i < before &&
      !q.linked[i] &&
      !q.r.covered[i] &&
      /^\p{Lu}/u.test(q.r.typed[i] ?? '') &&
      !STATIC_WORDS.has(w),
  );
}
