import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ask } from '../../../packages/bot/src/conversation/engine.js';
import type { ConversationContext, IntentKind } from '../../../packages/bot/src/conversation/intent.js';
import { renderText } from '../../../packages/bot/src/conversation/render-text.js';
import { loadDataset, loadRegistry } from '../../../packages/bot/src/data/load-data.js';

// A second PTCE (Pôle Ressources, fictitious data) answered by the same code as Auton'Hommes.
const file = fileURLToPath(new URL('../../fixtures/second-ptce.yaml', import.meta.url));
const dataset = loadDataset(file);
const registry = loadRegistry();
const now = new Date('2026-05-01T09:00:00+02:00');
const ctx: ConversationContext = registry ? { dataset, registry, now } : { dataset, now };

const cases: readonly [question: string, kind: IntentKind, facts: readonly string[]][] = [
  ['prochain conseil de coopération', 'next-meeting', ['jeudi 3 décembre 2026 de 14 h à 16 h 30']],
  ['ordre du jour du prochain CoCoop', 'meeting-agenda', ['14 h — Bilan 2026', '15 h — Budget 2027']],
  [
    'où aura lieu le prochain conseil de coopération ?',
    'meeting-place',
    ['Montreuil-sur-Mer', 'https://visio.pole-ressources.example/cocoop'],
  ],
  [
    'compte rendu de la dernière assemblée des membres',
    'meeting-minutes',
    ["Rapport d'activité et budget adoptés."],
  ],
  ['dernière AG', 'last-meeting', ['jeudi 12 mars 2026 à 18 h', 'Étaples']],
  ['prochaine réunion du GT2', 'next-meeting', ['mardi 19 janvier 2027 à 14 h', 'Étaples']],
  ['prochaine réunion', 'next-meeting', ['Conseil de coopération', 'jeudi 3 décembre 2026']],
  // An activity → the structure that does it, a person → their groups, a body in a quarter.
  ['qui fait du repair café dans le pôle ?', 'structures-matching', ['« Repair café » — Répare & Vous']],
  ['quelle asso du réseau fait de l’épicerie solidaire ?', 'structures-matching', ['Panier des Dunes']],
  [
    'Yann Leroy il est dans quel groupe ?',
    'relation',
    ['Yann Leroy copilote 1 groupe : GT1 Filière textile.'],
  ],
  [
    'les réunions du bureau au 1er trimestre 2026 ?',
    'meetings-in-period',
    ['1 réunion :', 'janvier 2026 — Bureau'],
  ],
  // Several questions in one sentence, the subject named once.
  [
    'qui préside et qui dirige Fil d’Opale, et elle a rejoint le pôle en quelle année ?',
    'multi',
    [
      'la présidence n’est pas indiquée',
      'la direction n’est pas indiquée',
      'ils ne donnent pas de date d’adhésion pour Fil d',
    ],
  ],
  ['rythme du bureau', 'body-cadence', ['Bureau : 4 à 6 fois par an.']],
  [
    'composition du conseil de coopération',
    'body-composition',
    ['Les membres, les EPCI et les partenaires.'],
  ],
  [
    'le conseil de coopération a-t-il respecté sa cadence en 2026 ?',
    'body-compliance',
    ['1 réunion tenue, 1 prévue, 1 annulée pour 2 à 3 attendues'],
  ],
  [
    'groupes de travail',
    'group-list',
    ['GT1 Filière textile', "GT2 Accès à l'alimentation", 'GT3 Réemploi et réparation'],
  ],
  ['qui anime le GT1 ?', 'group-info', ['GT1 Filière textile est animé par Camille Dufour.']],
  ['copilote du groupe Accès à l’alimentation', 'group-info', ['copiloté par Inès Marchal']],
  ['objectif du GT3', 'group-info', ['Réduire les déchets par le recyclage et la réparation.']],
  ['adresse de Fil d’Opale', 'structure-info', ['3 rue de la Mercerie, 62520 Le Touquet-Paris-Plage']],
  ['Repare et Vous', 'structure-info', ['21 rue du Port']],
  ['structures à Étaples', 'structures-in', ['Panier des Dunes']],
  ['structures de la CABO', 'structures-in', ["Fil d'Opale", 'Panier des Dunes']],
  ['qui fait de la couture ?', 'structures-in', ["Fil d'Opale"]],
  ['combien de membres en 2026', 'indicator', ['2026 : 4']],
  ['combien d’emplois ?', 'indicator', ['2026 : 51', 'Objectif 2027 : 60']],
  // A figure the data gives for one structure, asked with that structure's name.
  ['Fil d’Opale a combien de bénévoles en 2026 ?', 'indicator', ["2026 (Fil d'Opale) : 17"]],
  ['qui est la coordinatrice ?', 'contact', ['Camille Dufour', 'camille.dufour@pole-ressources.example']],
];

describe('conversation on a second PTCE, with no code change', () => {
  it.each(cases)('answers « %s » (%s)', (question, kind, facts) => {
    const r = ask(question, ctx);
    const text = renderText(r);
    expect(r.intent).toBe(kind);
    for (const fact of facts) expect(text).toContain(fact);
  });

  it('names the existing numbers for a group this PTCE does not have', () => {
    const r = ask('qui anime le GT7 ?', ctx);
    expect(r.intent).toBe('group-not-found');
    expect(renderText(r)).toContain('Les groupes existants sont numérotés GT1, GT2 et GT3.');
  });

  it('names none of Auton’Hommes’ people, bodies or places', () => {
    for (const question of [
      'comité stratégique',
      'qui anime le GT5 ?',
      'adresse de la clef du permis',
      'copil',
    ])
      expect(renderText(ask(question, ctx))).not.toMatch(
        /Comité stratégique|Isabelle|Clef du Permis|Comité de pilotage/,
      );
  });
});
