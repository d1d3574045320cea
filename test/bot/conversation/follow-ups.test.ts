import { describe, expect, it } from 'vitest';
import type { ConversationMemory } from '../../../packages/bot/src/conversation/conversation-memory.js';
import { converse } from '../../../packages/bot/src/conversation/converse.js';
import { ctx } from './answer-at.js';

/** Each turn's title and lines, the turns read as one conversation. */
function conversation(...turns: string[]): [string, string[]][] {
  let memory: ConversationMemory | undefined;
  return turns.map((turn) => {
    const { reply, memory: next } = converse(turn, ctx, memory);
    memory = next;
    return [reply.title, reply.lines.map((l) => l.text)];
  });
}

describe('follow-ups', () => {
  it('walks back and forth from the last meeting given', () => {
    expect(
      conversation('c’était quand le dernier CA de phare ?', 'et celui d’avant ?', 'et le suivant ?'),
    ).toEqual([
      [
        "Dernière réunion : Conseil d'administration",
        ["Conseil d'administration : jeudi 9 novembre 2023 — Conseil d'administration (il y a 11 jours)"],
      ],
      [
        "Réunion précédente : Conseil d'administration",
        ["mardi 11 avril 2023 — Conseil d'administration (il y a 7 mois)"],
      ],
      [
        "Réunion suivante : Conseil d'administration",
        ["jeudi 9 novembre 2023 — Conseil d'administration (il y a 11 jours)"],
      ],
    ]);
  });

  it('gives the next meeting of anything first, then the PTCE’s next instance, and walks on from the first', () => {
    expect(conversation('la prochaine réunion ?', 'et la suivante ?', 'et après ?')).toEqual([
      [
        'Prochaine réunion : Bureau',
        [
          'jeudi 30 novembre 2023 — Bureau (dans 10 jours)',
          'Prochaine instance du PTCE :',
          'mardi 12 décembre 2023 — Comité stratégique du PTCE (dans 3 semaines)',
        ],
      ],
      [
        'Réunion suivante : Séminaire',
        ['mercredi 6 décembre 2023 — Séminaire sur les coopérations (dans 2 semaines)'],
      ],
      [
        'Réunion suivante : Comité stratégique',
        ['mardi 12 décembre 2023 — Comité stratégique du PTCE (dans 3 semaines)'],
      ],
    ]);
  });

  it('reads « elle » as the structure the last answer found, not the words of the question', () => {
    expect(conversation('qui fait du reconditionnement de vélos ?', 'elle est où ?')[1]).toEqual([
      'La Maison du Vélo',
      ['La Maison du Vélo : 91 Rue Chauffour, 59300 Valenciennes (arrondissement de Valenciennes, CAVM).'],
    ]);
  });

  it('swaps the words after the same preposition: « et dans la Somme ? »', () => {
    const [, somme] = conversation('quels PTCE dans l’Oise ?', 'et dans la Somme ?');
    expect(somme?.[0]).toBe('PTCE — Somme');
    expect(somme?.[1][0]).toBe('Somme (2) :');
  });

  it('swaps the entity of the same kind: a place for a place, the figure kept', () => {
    const [, cambrai] = conversation(
      'taux de pauvreté dans l’arrondissement de Valenciennes ?',
      'et pour Cambrai ?',
    );
    expect(cambrai?.[0]).toBe('Taux de pauvreté');
    // French typography: narrow no-break spaces before « : » and « % ».
    expect(cambrai?.[1].join('\n')).toMatch(/\(Arrondissement de Cambrai\)\s:\s19,3\s%/u);
  });

  it('leaves words of its own alone, even right after a question', () => {
    expect(conversation('qui anime le GT2 ?', 'blabla ?')[1]).toEqual([
      'Je n’ai pas compris la question',
      [
        'Je ne sais pas répondre à « blabla ? ».',
        'Je peux parler des réunions et instances, des groupes de travail, des structures membres, des contacts et des chiffres du PTCE.',
      ],
    ]);
  });
});

describe('follow-ups that name nothing of their own', () => {
  it('completes a question too short alone (« qui le copilote ? ») with the last subject', () => {
    expect(conversation('c quoi le GT3', 'qui le copilote ?')[1]).toEqual([
      'GT3 Services aux entreprises',
      ['GT3 Services aux entreprises est copiloté par Marion Peretti et Éric Véron.'],
    ]);
  });

  it('reads « qui l’anime ? » after a group named with « GT », as that group', () => {
    expect(conversation("c'est quoi le GT Eco mobilité solidaire ?", "qui l'anime ?")[1]).toEqual([
      'GT5 Éco-mobilité solidaire',
      ['GT5 Éco-mobilité solidaire est animé par Isabelle Hary.'],
    ]);
  });

  it('asks a seat of the structure, not of the person the last answer named', () => {
    expect(conversation('qui dirige le CAPEP ?', 'et il est où leur siège ?')[1]).toEqual([
      'CAPEP',
      ['CAPEP : 75 Rue Jean Jaurès, 59410 Anzin (arrondissement de Valenciennes, CAVM).'],
    ]);
  });

  it('reads a short question with a word of the documents as about the last subject', () => {
    const [title, lines] = conversation("Interleukin c'est quoi ?", 'combien de permanents ?')[1]!;
    expect(title).toBe('Interleukin');
    expect(lines.join(' ')).toContain('4 permanents et 20 vacataires');
    expect(conversation("Interleukin c'est quoi ?", 'blablabla')[1]![0]).toBe(
      'Je n’ai pas compris la question',
    );
  });
});

describe('follow-ups about a meeting', () => {
  it('asks the agenda of the body just asked about', () => {
    expect(conversation('Quand est le comité opérationnel ?', "c'est quoi l'ordre du jour")[1]![0]).toBe(
      'Ordre du jour : Comité opérationnel',
    );
  });

  it('reads « la réunion d’après » as the next meeting of anything', () => {
    expect(conversation('le prochain bureau c’est quand', 'et la réunion d’après ?')[1]).toEqual([
      'Réunion suivante : Séminaire',
      ['mercredi 6 décembre 2023 — Séminaire sur les coopérations (dans 2 semaines)'],
    ]);
  });
});

describe('follow-ups with a pronoun', () => {
  it('« il » is the person the last answer named, even beside a word naming groups', () => {
    expect(conversation('Qui dirige le CAPEP ?', 'il copilote quels GT ?')[1]).toEqual([
      'David Cambier',
      [
        'David Cambier copilote 1 groupe : GT2 Accompagnement de projets (volets Entreprenariat collectif et Financement solidaire).',
      ],
    ]);
  });

  it('« pour ça » is the last subject, as it was typed', () => {
    const [, second] = conversation('c’est quoi SOLIMOB ?', 'combien de postes à recruter en 2024 pour ça ?');
    expect(second![0]).toBe('D’après les documents');
    expect(second![1][0]).toContain('un(e) chef(fe) de projet, deux chargé(e)s d');
  });
});

describe('a body’s meeting before or after the one just given', () => {
  it('« et le CA juste avant ? » after the AG is the council before it, « juste » not a typo of « Just »', () => {
    expect(
      conversation('Quand a eu lieu l’AG 2023 ?', 'et le CA juste avant ?', 'et le bureau d’après ?'),
    ).toEqual([
      [
        'Cadence 2023 : Assemblée générale',
        [
          'Assemblée générale : aucun rythme n’est fixé, je ne peux pas dire s’il a été respecté ; 1 réunion tenue en 2023.',
          '• Assemblée générale — mercredi 21 juin 2023',
        ],
      ],
      [
        "Réunion précédente : Conseil d'administration",
        ["mardi 11 avril 2023 — Conseil d'administration (il y a 7 mois)"],
      ],
      ['Réunion suivante : Bureau', ['mai 2023 — Bureau (il y a 6 mois)']],
    ]);
  });

  it('« elle a rejoint PHARE » after a structure asks when the structure joined, not about PHARE', () => {
    expect(conversation('qui préside ESPOIR ?', 'elle a rejoint PHARE quand ?')[1]).toEqual([
      'ESPOIR',
      [
        'Je n’ai pas cette information dans les documents : ils ne donnent pas de date d’adhésion pour ESPOIR.',
        'Je connais en revanche : nom complet, adresse, présidence, direction et date de création.',
      ],
    ]);
  });

  it('a person the documents only name is described, never shown by an internal id', () => {
    expect(conversation('qui préside ESPOIR ?', 'qui est-il ?')[1]).toEqual([
      'Contact',
      ['Christophe Théret — préside ESPOIR'],
    ]);
  });
});
