/**
 * The typed relations of the fact graph. Each reads in both directions: `from` → `to` with the
 * forward label, `to` → `from` with the backward one.
 */
export type Relation =
  | 'copilots'
  | 'facilitates'
  | 'presides'
  | 'directs'
  | 'holds-role'
  | 'belongs-to'
  | 'participates-in'
  | 'partners-with'
  | 'subgroup-of'
  | 'member-of'
  | 'headquartered-in'
  | 'located-in'
  | 'meeting-of'
  | 'held-at'
  | 'milestone-of'
  | 'carries'
  | 'measures'
  | 'cites'
  | 'succeeds';

/** The French labels of a relation, read forward and backward. */
export interface RelationLabels {
  /** `from` → `to`: « Isabelle Hary anime GT5 ». */
  readonly forward: string;
  /** `to` → `from`: « GT5 est animé par Isabelle Hary ». */
  readonly backward: string;
  /** The backward label before several names, when it differs: « a pour partenaires ». */
  readonly backwardPlural?: string;
}

/**
 * French labels of every relation, both ways. Data, not code: a transport that lists facts reads
 * them here.
 *
 * @example
 * RELATION_LABELS_FR.copilots
 * //=> { forward: 'copilote', backward: 'copiloté par' }
 */
export const RELATION_LABELS_FR: Readonly<Record<Relation, RelationLabels>> = {
  copilots: { forward: 'copilote', backward: 'copiloté par' },
  facilitates: { forward: 'anime', backward: 'animé par' },
  presides: { forward: 'préside', backward: 'présidé par' },
  directs: { forward: 'dirige', backward: 'dirigé par' },
  'holds-role': { forward: 'a un rôle à', backward: 'compte parmi ses membres' },
  'belongs-to': { forward: 'fait partie de', backward: 'compte' },
  'participates-in': { forward: 'participe à', backward: 'réunit' },
  'partners-with': {
    forward: 'est partenaire de',
    backward: 'a pour partenaire',
    backwardPlural: 'a pour partenaires',
  },
  'subgroup-of': {
    forward: 'est un sous-groupe de',
    backward: 'a pour sous-groupe',
    backwardPlural: 'a pour sous-groupes',
  },
  'member-of': { forward: 'adhère à', backward: 'a pour adhérent', backwardPlural: 'a pour adhérents' },
  'headquartered-in': { forward: 'a son siège à', backward: 'accueille le siège de' },
  'located-in': { forward: 'est situé dans', backward: 'contient' },
  'meeting-of': { forward: 'est une réunion de', backward: 'a tenu' },
  'held-at': { forward: 'a eu lieu à', backward: 'a accueilli' },
  'milestone-of': { forward: 'est une étape de', backward: 'a pour étape' },
  carries: { forward: 'porte', backward: 'porté par' },
  measures: { forward: 'mesure', backward: 'est mesuré par' },
  cites: { forward: 'cite', backward: 'est cité par' },
  succeeds: { forward: 'prend la suite de', backward: 'a pour suite' },
};
