import { describe, expect, it } from 'vitest';
import type { ConversationContext, Intent } from '../../../packages/bot/src/conversation/intent.js';
import { parseIntent } from '../../../packages/bot/src/conversation/understand.js';
import { loadDataset, loadRegistry } from '../../../packages/bot/src/data/load-data.js';
import { NOW } from './corpus.js';

const dataset = loadDataset();
const registry = loadRegistry();
const ctx: ConversationContext = registry ? { dataset, registry, now: NOW } : { dataset, now: NOW };
const parse = (question: string): Intent => parseIntent(question, ctx);

const body = (id: string) => ({ kind: 'body', id }) as const;
const group = (id: string) => ({ kind: 'group', id }) as const;

describe('parseIntent: meetings', () => {
  it('reads "quand aura lieu" as a date question, not a place question', () => {
    expect(parse('Bonjour, pourriez-vous me dire quand aura lieu le prochain comité stratégique ?')).toEqual({
      kind: 'next-meeting',
      targets: [body('comite-strategique')],
    });
  });

  it('reads "où" about a body as a place question without a meeting word', () => {
    expect(parse('où a lieu le copil ?')).toEqual({
      kind: 'meeting-place',
      targets: [body('comite-de-pilotage')],
    });
  });

  it('reads "où se déroule" as a place question, not as the agenda', () => {
    expect(parse('ou se deroule le comite de pilotage')).toEqual({
      kind: 'meeting-place',
      targets: [body('comite-de-pilotage')],
    });
  });

  it('reads "quand se réunit" as the next meeting and "tous les combien" as the cadence', () => {
    expect(parse('quand se réunit le costrat ?')).toEqual({
      kind: 'next-meeting',
      targets: [body('comite-strategique')],
    });
    expect(parse('tous les combien se réunit le costrat ?')).toEqual({
      kind: 'body-cadence',
      bodies: ['comite-strategique'],
    });
  });

  it('understands abbreviated body names with typos', () => {
    expect(parse('prochian comitée stratégiqe')).toEqual({
      kind: 'next-meeting',
      targets: [body('comite-strategique')],
    });
    expect(parse('Prochaine réunion du conseil d’admin')).toEqual({
      kind: 'next-meeting',
      targets: [body('conseil-administration')],
    });
  });

  it('takes a body and a year without a meeting word as a cadence question for that year', () => {
    expect(parse('comité stratégique 2023')).toEqual({
      kind: 'body-compliance',
      bodies: ['comite-strategique'],
      year: 2023,
    });
  });

  it('does not read "ça" as the conseil d’administration, nor "se passe" as the past', () => {
    // Nothing named: which meeting is asked back.
    expect(parse('ça se passe quand ?')).toEqual({ kind: 'clarify', about: 'meeting', word: 'quand' });
    expect(parse('prochain CA ?')).toEqual({
      kind: 'next-meeting',
      targets: [body('conseil-administration')],
    });
  });
});

describe('parseIntent: working groups', () => {
  it('does not take a word inside a group name as a cue ("responsable")', () => {
    expect(parse('le groupe numérique responsable')).toEqual({
      kind: 'group-info',
      groups: [group('gt6')],
      aspect: 'all',
    });
  });

  it('keeps both groups numbered 7, unless the question names one', () => {
    expect(parse('GT7')).toEqual({
      kind: 'group-info',
      groups: [group('gt7-dechets'), group('gt7-alimentation')],
      aspect: 'all',
    });
    expect(parse('prochaine réunion du GT7 déchets')).toEqual({
      kind: 'next-meeting',
      targets: [group('gt7-dechets')],
    });
  });

  it('reports a group number that does not exist', () => {
    expect(parse('qui anime le GT12')).toEqual({
      kind: 'group-not-found',
      number: 12,
      text: 'qui anime le GT12',
    });
  });

  it('lists the groups, but counts them when asked how many', () => {
    expect(parse('Quels sont les groupes de travail ?')).toEqual({ kind: 'group-list' });
    expect(parse('combien de groupes de travail ?')).toEqual({ kind: 'indicator', keys: ['working-groups'] });
  });

  it('reads "qui s’occupe" and "où en est" about a group', () => {
    expect(parse('qui s’occupe du gt numérique')).toEqual({
      kind: 'group-info',
      groups: [group('gt6')],
      aspect: 'facilitators',
    });
    expect(parse('Où en est le GT6 ?')).toEqual({
      kind: 'group-info',
      groups: [group('gt6')],
      aspect: 'progress',
    });
  });

  it('finds a sub-group by its alias', () => {
    expect(parse('qui anime l’incubateur ?')).toEqual({
      kind: 'group-info',
      groups: [{ kind: 'subgroup', id: 'gt2-entreprenariat-collectif' }],
      aspect: 'facilitators',
    });
  });
});

describe('parseIntent: structures and people', () => {
  it('reads "adhérents de la CAVM" as the structures of an EPCI, not the member count', () => {
    expect(parse('adhérents de la CAVM')).toEqual({ kind: 'structures-in', epci: 'cavm' });
  });

  it('finds an EPCI named without its legal form', () => {
    expect(parse('Liste des structures de Valenciennes Métropole')).toEqual({
      kind: 'structures-in',
      epci: 'cavm',
    });
  });

  it('finds structures by an activity word', () => {
    expect(parse('qui fait du vélo ?')).toEqual({ kind: 'structures-in', activity: 'vélo' });
  });

  it('does not take "chargé" for a typo of "charte"', () => {
    expect(parse('chargé de développement du Cambrésis')).toEqual({
      kind: 'contact',
      role: 'developpement',
      area: 'Cambrésis',
    });
  });

  it('does not take "président" for a typo of "précédent"', () => {
    expect(parse('qui est le président de PHARE ?')).toEqual({ kind: 'contact', role: 'president' });
  });

  it('finds a person by first name and the start of a compound surname, or a unique first name', () => {
    expect(parse('Amelie Lefebvre')).toEqual({ kind: 'contact', person: 'amelie-lefebvre-chombart' });
    expect(parse('Comment contacter Isabelle ?')).toEqual({ kind: 'contact', person: 'isabelle-hary' });
  });

  it('passes an unknown name on instead of listing the team', () => {
    expect(parse('email de Martine Durand')).toEqual({ kind: 'contact', person: 'Martine Durand' });
    expect(parse('email de Jean Martin')).toEqual({ kind: 'contact', person: 'Jean Martin' });
  });

  it('asks about no structure when the one named is unknown', () => {
    expect(parse('adresse de la boulangerie Dupont')).toEqual({
      kind: 'structure-info',
      structures: [],
      aspect: 'address',
    });
  });
});

describe('parseIntent: figures', () => {
  it('finds an indicator named in other words than its label', () => {
    expect(parse('combien d’EPCI ont conventionné ?')).toEqual({
      kind: 'indicator',
      keys: ['epci-conventions'],
    });
    expect(parse('combien d’EPCI sur le territoire ?')).toEqual({ kind: 'indicator', keys: ['epcis'] });
  });

  it('prefers "CA cumulé" to the conseil d’administration and to the member count', () => {
    expect(parse('CA cumulé des membres en 2022')).toEqual({
      kind: 'indicator',
      keys: ['turnover'],
      year: 2022,
    });
  });

  it('reads two years or "évolution" as a change over time', () => {
    expect(parse('adhérents entre 2021 et 2023')).toEqual({
      kind: 'indicator',
      keys: ['members'],
      change: true,
    });
    expect(parse('évolution du nombre d’adhérents')).toEqual({
      kind: 'indicator',
      keys: ['members'],
      change: true,
    });
  });
});

describe('parseIntent: a figure of one structure or group', () => {
  it('reads the figures the data gives for a named structure, filtered to it', () => {
    expect(parse('Combien de salariés en insertion chez La Pose ?')).toEqual({
      kind: 'indicator',
      keys: ['structure-insertion-staff'],
      areas: ['la-pose'],
    });
    expect(parse('quel est le budget de La FLAC ?')).toEqual({
      kind: 'indicator',
      keys: ['structure-budget'],
      areas: ['la-flac'],
    });
    expect(parse('le nombre d’adhérents de la FLAC en 2022')).toEqual({
      kind: 'indicator',
      keys: ['structure-members'],
      year: 2022,
      areas: ['la-flac'],
    });
  });

  it('reads a figure whose label names the group', () => {
    expect(parse('combien de réunions restreintes pour le GT2 ?')).toEqual({
      kind: 'indicator',
      keys: ['gt2-restricted-meetings'],
    });
  });

  it('keeps « qui » for people, not for their count', () => {
    expect(parse('qui sont les salariés de La Pose ?').kind).not.toBe('indicator');
  });
});

describe('parseIntent: PTCEs and the rest', () => {
  it('finds a département by name or by code', () => {
    expect(parse('PTCE dans l’Aisne')).toEqual({ kind: 'regional-ptces', department: 'Aisne' });
    expect(parse('liste des ptce du 62')).toEqual({ kind: 'regional-ptces', department: 'Pas-de-Calais' });
  });

  it('gives help for an empty question or a greeting', () => {
    expect(parse('')).toEqual({ kind: 'help' });
    expect(parse('Bonjour')).toEqual({ kind: 'help' });
  });

  it('does not guess when words the data does not know remain', () => {
    for (const question of [
      'prochaine réunion du comité des fêtes',
      'Qui est Jean Dupont ?',
      'météo à Cambrai',
    ])
      expect(parse(question)).toEqual({ kind: 'unknown', text: question });
  });

  it('says a role’s detail the documents do not give is not there, rather than not understood', () => {
    expect(parse('quel est le salaire de la directrice ?')).toMatchObject({ kind: 'passage', missing: true });
  });

  it('reads a town no structure is in, written as a town, as the structures there: none', () => {
    expect(parse('combien de structures à Lille ?')).toEqual({ kind: 'structures-in', commune: 'Lille' });
    expect(parse('quelle structure est à Saint-Amand-les-Eaux ?')).toEqual({
      kind: 'structures-in',
      commune: 'Saint-Amand-les-Eaux',
    });
    // Not a structure question: no town read.
    expect(parse('il fait beau à Lille ?').kind).not.toBe('structures-in');
  });
});

describe('parseIntent: several questions in one sentence', () => {
  it('gives each clause the subject named in another one', () => {
    expect(parse('qui préside et qui dirige La Pose, et elle a rejoint Phare en quelle année ?')).toEqual({
      kind: 'multi',
      parts: [
        { kind: 'structure-info', structures: ['la-pose'], aspect: 'president' },
        { kind: 'structure-info', structures: ['la-pose'], aspect: 'director' },
        { kind: 'entity-attribute', node: 'structure:la-pose', attribute: 'joined' },
      ],
    });
  });

  it('keeps « quand et où » as two aspects of one question', () => {
    expect(parse('quand et où a lieu le copil ?')).toEqual({
      kind: 'multi',
      parts: [
        { kind: 'next-meeting', targets: [body('comite-de-pilotage')] },
        { kind: 'meeting-place', targets: [body('comite-de-pilotage')] },
      ],
    });
  });
});

describe('parseIntent: periods with the carrier or a body', () => {
  it('lists the meetings of a month when the carrier is named', () => {
    expect(parse('quelles réunions de PHARE en novembre 2023 ?')).toEqual({
      kind: 'meetings-in-period',
      from: '2023-11-01',
      to: '2023-12-01',
      label: 'novembre 2023',
    });
  });

  it('lists a body’s meetings of a quarter', () => {
    expect(parse('les bureaux du 1er trimestre 2023 c’était quand ?')).toEqual({
      kind: 'meetings-in-period',
      from: '2023-01-01',
      to: '2023-04-01',
      label: '1er trimestre 2023',
      targets: [body('bureau')],
    });
  });
});

describe('parseIntent: a phone number or an e-mail asked back', () => {
  it('finds the person who has the number, however it is typed', () => {
    for (const typed of [
      'A qui est le numéro 06 43 37 51 12 ?',
      'c’est qui le 06.43.37.51.12',
      '+33 6 43 37 51 12 ?',
    ])
      expect(parse(typed)).toEqual({ kind: 'contact', people: ['sylvain-boitel'] });
  });

  it('finds the person who has the e-mail address', () => {
    expect(parse('isabelle.hary@associationphare.fr c’est qui ?')).toEqual({
      kind: 'contact',
      people: ['isabelle-hary'],
    });
  });

  it('leaves a number nobody has to the other readings', () => {
    expect(parse('à qui est le 01 02 03 04 05 ?').kind).not.toBe('contact');
  });
});

describe('parseIntent: which PTCE of the registry', () => {
  it('finds a PTCE by a theme of its aims', () => {
    expect(parse('y a un PTCE qui expérimente le revenu de transition écologique ?')).toEqual({
      kind: 'regional-ptces',
      ids: ['transition-plurielle-montreuillois-termois-7-vallees'],
    });
  });

  it('finds a PTCE by its commune, and one of a département by its theme', () => {
    expect(parse('le PTCE du Touquet il bosse sur quoi ?')).toEqual({
      kind: 'regional-ptces',
      ids: ['pole-ressources'],
    });
    expect(parse('quel PTCE de la Somme travaille sur l’économie circulaire ?')).toEqual({
      kind: 'regional-ptces',
      department: 'Somme',
      ids: ['valorizons'],
    });
  });

  it('lists the whole département when the question names no theme', () => {
    expect(parse('quels PTCE dans l’Oise ?')).toEqual({ kind: 'regional-ptces', department: 'Oise' });
  });
});

describe('parseIntent: what a body is for, and chat spellings', () => {
  it('reads « à quoi sert » and « c’est quoi » before a body as its role', () => {
    expect(parse('à quoi sert le comité opérationnel ?')).toEqual({
      kind: 'body-role',
      bodies: ['comite-operationnel'],
    });
    expect(parse('c koi le copil')).toEqual({ kind: 'body-role', bodies: ['comite-de-pilotage'] });
  });

  it('reads chat spellings of asking words as the words they stand for', () => {
    expect(parse('kan est le prochain bureau ?')).toEqual(parse('quand est le prochain bureau ?'));
    expect(parse('kan est le prochain bureau ?')).toEqual({
      kind: 'next-meeting',
      targets: [{ kind: 'body', id: 'bureau' }],
    });
  });

  it('reads « qu’est-ce qui est au programme » as an agenda, not a composition', () => {
    expect(parse('qu’est-ce qui est au programme du comité stratégique ?')).toEqual({
      kind: 'meeting-agenda',
      targets: [{ kind: 'body', id: 'comite-strategique' }],
    });
  });

  it('does not take a month for a typo of a name (« avril » is not « ARIL »)', () => {
    expect(parse('les réunions en avril 2023')).toEqual({
      kind: 'meetings-in-period',
      from: '2023-04-01',
      to: '2023-05-01',
      label: 'avril 2023',
    });
  });
});
