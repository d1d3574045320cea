import { ATTRIBUTE_CUES } from '../relation-cues-fr.js';
import { hasPhrase, linksOf, type QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

/** The attributes the structured reading answers itself for structures and people. */
const STRUCTURED: Readonly<Record<string, readonly string[]>> = {
  structure: ['address'],
  person: ['email', 'phone', 'address'],
};

/**
 * An attribute of a named node: « le site web de PHARE », « PHARE a été créé quand ? »,
 * « PHARE ça veut dire quoi ? », « La Pose a rejoint le PTCE en quelle année ? ».
 */
export function attributeRecognizer(q: QuestionFacts): Candidate | undefined {
  const owners = linksOf(q, ['carrier', 'ptce', 'structure', 'person', 'group', 'partner']);
  if (owners.length !== 1) return undefined;
  const owner = owners[0]!.node;
  // « son adresse e-mail » asks for the e-mail, not the address.
  const asked = Object.keys(ATTRIBUTE_CUES).filter((key) => hasPhrase(q, ATTRIBUTE_CUES[key]!));
  const attribute = asked.includes('email') ? 'email' : asked[0];
  if (attribute === undefined || hasPhrase(q, ['avant', 'ancien', 'ancienne', 'precedent', 'precedente']))
    return undefined;
  if ((STRUCTURED[owner.kind] ?? []).includes(attribute) && owner.attributes[attribute] !== undefined)
    return undefined;
  if (owner.kind === 'group' && attribute !== 'founded') return undefined;
  return {
    intent: { kind: 'entity-attribute', node: owner.id, attribute },
    score: SCORES.attribute,
    by: 'attribute',
  };
}
