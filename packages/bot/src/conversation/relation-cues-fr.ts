import type { Relation } from '@ptce/core';

/**
 * The French words that name a relation of the fact graph, or an attribute of a node. Data, not
 * code: normalised phrases (lower case, no accents); a phrase of several words must appear as
 * written, a single word also matches its plural and feminine forms. Nothing here names a
 * particular PTCE.
 */
export const RELATION_CUES: Readonly<Partial<Record<Relation, readonly string[]>>> = {
  facilitates: [
    'anime',
    'animent',
    'animateur',
    'animatrice',
    'co anime',
    'coanime',
    'animer',
    'anim',
    's occupe',
    's occupent',
    'coordonne',
    'coordinateur',
    'coordinatrice',
  ],
  copilots: ['copilote', 'co pilote', 'pilote', 'copilotes', 'pilotent', 'copilotent', 'copilotage'],
  presides: ['preside', 'president', 'presidente', 'presidence', 'presider'],
  directs: ['dirige', 'directeur', 'directrice', 'direction', 'diriger'],
  'partners-with': [
    'partenaire',
    'partenariat',
    'avec qui',
    'avec quel',
    'avec quelle',
    'avec quels',
    'avec quelles',
    'travaille avec',
    'travaillent avec',
    'collabore',
    'collaborent',
    'coopere avec',
    'cooperent avec',
    'en lien avec',
    'appui de',
    'soutenu par',
  ],
  'participates-in': ['participe', 'participent', 'membre de', 'fait partie', 'font partie', 'engage dans'],
  'holds-role': [
    'travaille',
    'poste',
    'role',
    'fonction',
    'fait quoi',
    'qui est',
    'c est qui',
    'elle fait',
    'il fait',
  ],
};

/** Attribute keys of fact-graph nodes, with the words that ask for them. */
export const ATTRIBUTE_CUES: Readonly<Record<string, readonly string[]>> = {
  website: ['site', 'site web', 'site internet', 'url', 'page web', 'internet'],
  email: ['mail', 'email', 'e mail', 'courriel', 'adresse mail', 'adresse electronique', 'mel'],
  phone: ['tel', 'telephone', 'numero', 'portable', 'appeler'],
  address: [
    'adresse',
    'siege',
    'situe',
    'situee',
    'installe',
    'installee',
    'locaux',
    'basee',
    'base',
    'ou est',
    'ou se trouve',
  ],
  founded: [
    'existe',
    'existent',
    'cree',
    'creee',
    'creation',
    'fonde',
    'fondee',
    'fondation de',
    'ne',
    'existe depuis',
    'date de creation',
  ],
  joined: ['rejoint', 'adhere', 'adhesion', 'integre', 'entre dans', 'entree'],
  fullName: [
    'veut dire',
    'signifie',
    'signification',
    'sigle',
    'acronyme',
    'nom complet',
    'developpe',
    'veux dire',
  ],
};

/** Verbs and nouns of events in a history ("rejoint", "label", "créé"): a question about a milestone. */
export const HISTORY_CUES: readonly string[] = [
  'rejoint',
  'rejoindre',
  'label',
  'labellise',
  'laureat',
  'cree',
  'creation',
  'fonde',
  'lance',
  'lancement',
  'demarche',
  'demarre',
  'debut',
  'quitte',
  'demenage',
  'installe',
  'soutenu',
  'soutien',
  'scinde',
  'scission',
  'historique',
  'histoire',
  'origine',
  'obtenu',
  'conventionne',
  'signe',
  'avant',
  'ancien',
  'ancienne',
];

/** Words that ask which member structure does something. */
export const STRUCTURE_WORDS: readonly string[] = [
  'structure',
  'structures',
  'adherent',
  'adherents',
  'adherente',
  'adherentes',
  'membre',
  'membres',
  'association',
  'associations',
  'acteur',
  'acteurs',
  'organisme',
  'organismes',
  'asso',
  'assos',
  'entreprise',
  'entreprises',
  'societe',
  'societes',
];

/** Words that ask for a person's details: « son mail », « un numéro pour le joindre ». */
export const CONTACT_DETAIL_WORDS: readonly string[] = [
  'mail',
  'email',
  'courriel',
  'tel',
  'telephone',
  'numero',
  'portable',
  'contact',
  'contacter',
  'joindre',
  'coordonnees',
];

/** Words that name the kind « working group »: « il est dans quel groupe ? ». */
export const GROUP_WORDS: readonly string[] = [
  'groupe',
  'groupes',
  'gt',
  'gts',
  'groupe de travail',
  'groupes de travail',
  'sous groupe',
  'sous groupes',
];

/** Verbs of doing: « qui fait du maraîchage », « quelle structure propose ». */
export const ACTIVITY_VERBS: readonly string[] = [
  'fait',
  'font',
  'propose',
  'proposent',
  'gere',
  'gerent',
  'porte',
  'portent',
  'travaille',
  'travaillent',
  'occupe',
  'occupent',
  'offre',
  'offrent',
  'soccupe',
  'specialise',
  'specialisee',
  'accompagne',
  'accompagnent',
  'forme',
  'forment',
  'organise',
  'organisent',
];

/** Words that ask for a list of meetings or events in a period. */
export const PERIOD_MEETING_WORDS: readonly string[] = [
  'reunion',
  'reunions',
  'dates',
  'rdv',
  'rendez vous',
  'evenement',
  'evenements',
  'programme',
  'agenda',
  'calendrier',
  'se passe',
  'passe',
  'prevu',
  'il y a',
  'y a',
  'y avait',
  'a eu',
  'gouvernance',
  'instances',
  'rencontres',
  'temps forts',
  'quoi',
  'reuni',
  'reunie',
  'reunis',
  'reunies',
  // « que fera-t-on en avril ? », not « quel temps fera-t-il demain ? ».
  'fera t on',
  'on fera',
  'ferons',
  'on fait',
  'fait on',
  'organise',
  'au menu',
];

/** Words of the governance bodies as a whole. */
export const GOVERNANCE_WORDS: readonly string[] = ['gouvernance', 'instances', 'instance'];

/** The kind of answer a question word asks for. */
export type QuestionAsk = 'who' | 'when' | 'where' | 'count' | 'which' | 'why' | 'how';

/**
 * Question words, normalised, and the kind of answer each asks for. A map, not an object: a typed
 * word such as « constructor » or « tostring » must not find Object's prototype.
 */
export const QUESTION_WORDS: ReadonlyMap<string, QuestionAsk> = new Map(
  Object.entries<QuestionAsk>({
    qui: 'who',
    quoi: 'which',
    quand: 'when',
    ou: 'where',
    combien: 'count',
    nb: 'count',
    nombre: 'count',
    quel: 'which',
    quelle: 'which',
    quels: 'which',
    quelles: 'which',
    lequel: 'which',
    laquelle: 'which',
    pourquoi: 'why',
    comment: 'how',
  }),
);

/** Words a follow-up uses to point back at what was just said. */
export const BACK_REFERENCES: readonly string[] = [
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'il',
  'elle',
  'ils',
  'elles',
  'lui',
  'y',
  'cette',
  'cet',
  'ce',
  'ces',
  'celui',
  'celle',
  'la dedans',
  'ca',
  'cela',
];

/** A follow-up asking for the next or the previous one of the same thing. */
export const PREVIOUS_ONE: readonly string[] = [
  'precedent',
  'precedente',
  'd avant',
  'celle d avant',
  'celui d avant',
  'avant ca',
  'd encore avant',
];

/** Words that ask for the meeting after the one just given. */
export const NEXT_ONE: readonly string[] = [
  'suivant',
  'suivante',
  'd apres',
  'apres',
  'celle d apres',
  'celui d apres',
];

/**
 * What one part of a multi-part question asks for (« adresse et président de … », « quand et où
 * … »): each list is one aspect. Two aspects joined by « et », a comma or « + » split the
 * question in two.
 */
export const PART_CUES: readonly (readonly string[])[] = [
  ['adresse', 'siege', 'ou', 'lieu', 'endroit'],
  ['president', 'presidente', 'preside', 'presidence'],
  ['directeur', 'directrice', 'dirige', 'direction'],
  [
    'activite',
    'activites',
    'fait quoi',
    'font quoi',
    'ce qu ils font',
    'ce qu elle fait',
    'ce qu il fait',
    'ce qu elles font',
    'missions',
  ],
  ['quand', 'date'],
  ['heure', 'horaire', 'horaires'],
  [
    'participants',
    'nb de participants',
    'nombre de participants',
    'combien de participants',
    'combien de personnes',
  ],
  ['objectif', 'objectifs', 'but'],
  ['realisation', 'realisations', 'resultats', 'bilan'],
  ['copilote', 'copilotes', 'pilote', 'pilotes', 'copilotent'],
  ['animateur', 'animateurs', 'animatrice', 'anime', 'animation', 'animent'],
  ['mail', 'email', 'courriel', 'e mail'],
  ['tel', 'telephone', 'numero', 'portable'],
  ['ordre du jour', 'odj'],
  ['compte rendu', 'cr'],
  ['site', 'site web', 'site internet'],
];

/** Words allowed between two aspects of a multi-part question. */
export const PART_JOINERS: readonly string[] = [
  'et',
  'qui',
  'le',
  'la',
  'les',
  'l',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'de',
  'du',
  'des',
  'd',
  'est',
  'sont',
  'a',
  'au',
  'aux',
  'puis',
  'ainsi',
  'que',
];
