import { describe, expect, it } from 'vitest';
import { answer } from './answer-at.js';

describe('a date asked about something that is no meeting', () => {
  it('finds the milestone that says it, a name and one of the question’s own words matching', () => {
    expect(answer('Le logo de phare a été changé quand ?')).toEqual([
      "Historique de PTCE Auton'Hommes",
      [
        "septembre 2023 : Toilettage du logo de PHARE : mêmes couleurs légèrement modernisées, la polarité (le A) mise en avant, le losange supprimé, « Économie sociale et solidaire » mis en avant et l'acronyme détaillé en entier",
      ],
    ]);
    expect(answer('Théo Catty a terminé son alternance quand ?')[1]).toEqual([
      "septembre 2023 : Fin de l'alternance de Théo Catty, chargé de communication mutualisé entre les organisations adhérentes : 8 sites internet, plus de 150 supports imprimables et plus de 30 vidéos créés",
    ]);
  });

  it('gives a person’s dated roles when no milestone says it (« depuis quand… anime »)', () => {
    expect(answer('Depuis quand Margaux Guibert anime les ateliers théâtre ?')).toEqual([
      'Contact',
      [
        "Margaux Guibert — Chargée de mission citoyenneté ; Animatrice de l'atelier théâtre du Forum Permanent de l'Insertion (depuis septembre 2023) (PHARE) — margaux.guibert@associationphare.fr",
      ],
    ]);
  });

  it('shows a role that ended as past, with its dates, on the card of the person asked', () => {
    expect(answer('qui est Tanguy Diouri ?')).toEqual([
      'Contact',
      [
        "Tanguy Diouri — Rôle passé : Animateur de l'atelier théâtre du Forum Permanent de l'Insertion (de 2023 jusqu’en septembre 2023)",
      ],
    ]);
  });

  it('keeps former staff out of the team list', () => {
    const [, team] = answer('qui est dans l’équipe de PHARE ?');
    expect((team as string[]).some((l) => l.includes('Tanguy Diouri') || l.includes('Théo Catty'))).toBe(
      false,
    );
    expect((team as string[]).some((l) => l.startsWith('Margaux Guibert —'))).toBe(true);
  });
});

describe('meetings known only by their month, in a shorter period', () => {
  const visits = [
    "novembre 2023 — Visite d'Interleukin",
    'novembre 2023 — Visite de La Clef du Permis',
    'novembre 2023 — Visite de La FLAC',
    'novembre 2023 — Visite de La Maison du Vélo',
  ];

  it('are listed apart from the week’s dated meetings, and the next dated one is given', () => {
    expect(answer('qu’est-ce qu’il y a cette semaine ?')).toEqual([
      'Agenda du lundi 20 novembre 2023 au dimanche 26 novembre 2023',
      [
        'Aucune réunion datée sur cette période.',
        'Ensuite : jeudi 30 novembre 2023 — Bureau',
        'Sans jour précis, dans la période :',
        ...visits,
      ],
    ]);
  });

  it('are not promised for tomorrow', () => {
    expect(answer('quoi de prévu demain ?')).toEqual([
      'Agenda — mardi 21 novembre 2023',
      [
        'Aucune réunion datée sur cette période.',
        'Ensuite : jeudi 30 novembre 2023 — Bureau',
        'Sans jour précis, dans la période :',
        ...visits,
      ],
    ]);
  });

  it('are counted with the month’s meetings when the month is asked (« le mois prochain »)', () => {
    const [title, lines] = answer('les réunions du mois prochain');
    expect(title).toBe('Agenda — décembre 2023');
    expect(lines?.[0]).toBe('5 réunions :');
    expect(lines).toHaveLength(6);
  });
});

describe('the meetings a body has held in a year counted from today', () => {
  it('reads « quels CA ont eu lieu cette année » as the board’s 2023 meetings, not a place', () => {
    expect(answer('quels CA ont eu lieu cette année ?')).toEqual([
      "Cadence 2023 : Conseil d'administration",
      [
        "Conseil d'administration : aucun rythme n’est fixé, je ne peux pas dire s’il a été respecté ; 3 réunions tenues en 2023.",
        "• Conseil d'administration — mardi 7 février 2023",
        "• Conseil d'administration — mardi 11 avril 2023",
        "• Conseil d'administration — jeudi 9 novembre 2023",
      ],
    ]);
  });
});

describe('people by a surname they share, or known only by name', () => {
  it('lists everyone with the surname, with what the documents say they do', () => {
    expect(answer("Barbaut c'est qui")).toEqual([
      'Contacts',
      [
        'Emilie Barbaut — Membre du bureau ; Direction (La Clef du Permis)',
        'Robin Barbaut — préside La Clef du Permis',
      ],
    ]);
    expect(answer('Sybille ?')).toEqual([
      'Contacts',
      ['Jean Yves Sybille — Président (Handélice)', 'Valérie Sybille — dirige Handélice'],
    ]);
  });

  it('answers a person named only in a list, asked by full name', () => {
    expect(answer('qui est Robin Barbaut ?')).toEqual([
      'Contact',
      ['Robin Barbaut — préside La Clef du Permis'],
    ]);
  });
});

describe('the national figure', () => {
  it('reads « combien de PTCE en France » as the national count, dated in French', () => {
    expect(answer('il y a combien de PTCE en France ?')).toEqual([
      'PTCE identifiés en France',
      [
        'PTCE identifiés en France :',
        "• octobre 2023 : 203 — PTCE Auton'Hommes, livret du comité stratégique (Identifiés par Olivia Grégoire, ministre déléguée, en octobre 2023.)",
        "• décembre 2023 : 203 — PHARE, rapport d'activité de l'année 2023 (Repérés par le COORACE, chargé de l'animation nationale des PTCE.)",
      ],
    ]);
  });
});
