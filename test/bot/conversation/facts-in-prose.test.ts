import { describe, expect, it } from 'vitest';
import { answer, answerKind } from './answer-at.js';

describe('facts the documents give in prose or as a relation', () => {
  it('the partners of a group named by an alias, asked « avec qui »', () => {
    expect(answer('Pour le projet de micro-crèche, avec qui ils travaillent ?')).toEqual([
      'GT3 Services aux entreprises',
      [
        'GT3 Services aux entreprises a pour partenaires Association des Dix Muids, Centre social des Floralties et Micro-crèche Les Petits Loups.',
      ],
    ]);
    expect(answer('les partenaires du GT1 ?')[1]).toEqual([
      'GT1 Cadres juridiques de la coopération a pour partenaires COORACE et Le Toit Commun.',
    ]);
  });

  it('a sum asked in money words is the figure in euros, its target when none is reached yet', () => {
    expect(answer("La fondation territoriale doit réunir combien d'argent ?")).toEqual([
      'Engagements des fondateurs de la Fondation territoriale',
      [
        'Engagements des fondateurs de la Fondation territoriale : objectif 2024 : 100 000 € (Total des engagements des fondateurs à réunir pour déposer le dossier auprès de la Fondation de France mi-mai). Les documents ne donnent pas encore de valeur atteinte.',
      ],
    ]);
  });

  it('a figure says neither where nor when: a word of its label asked « où » finds the sentences', () => {
    expect(answerKind("la visite apprenante c'était où ?")).toEqual([
      'passage',
      [
        "« Visite apprenante d'un établissement pratiquant le compostage » (PHARE, rapport d'activité de l'année 2023)",
        "« Perspectives : créer la SCIC SOLIMOB et faciliter l'accès des acteurs de l'ESS aux marchés publics ; visite apprenante prévue au Toit Commun à Lens. » — GT1 Cadres juridiques de la coopération (PTCE Auton'Hommes, livret du comité stratégique)",
        "« Étude avec des étudiants en M2 QHS de l'UPHF sur la collecte, le tri et la valorisation des déchets verts et sur le registre des déchets ; visite apprenante avec Les Compagnons du Compost ; première rencontre avec le SIAVED. » — GT7 Faire des déchets une ressource (PTCE Auton'Hommes, livret du comité stratégique)",
      ],
    ]);
    // The figure itself is still its answer when a number is asked.
    expect(answerKind('combien d’organisations adhérentes visitées en 2023 ?')).toEqual([
      'indicator',
      ['Organisations adhérentes visitées :', "• 2023 : 7 — PHARE, rapport d'activité de l'année 2023"],
    ]);
  });

  it('a group’s alias as typed finds the sentence that uses it, quoted once', () => {
    expect(answerKind('combien de postes à recruter en 2024 pour SOLIMOB ?')).toEqual([
      'passage',
      [
        "« Démarrage de SOLIMOB, avec le recrutement d'une équipe projet : un(e) chef(fe) de projet, deux chargé(e)s d'accueil, un(e) conseiller(ère) en éco-mobilité inclusive et un(e) chargé(e) de mission covoiturage » (PHARE, rapport d'activité de l'année 2023)",
      ],
    ]);
  });

  it('a person who animates one part of a group animates that group’s part, not two groups', () => {
    expect(answer('Isabelle Hary anime quels groupes de travail ?')[1]).toEqual([
      'Isabelle Hary anime 3 groupes : GT2 Accompagnement de projets (volet Entreprenariat collectif), GT5 Éco-mobilité solidaire et GT7 Alimentation de proximité.',
    ]);
    expect(answer('David Cambier copilote quoi ?')[1]).toEqual([
      'David Cambier copilote 1 groupe : GT2 Accompagnement de projets (volets Entreprenariat collectif et Financement solidaire).',
    ]);
  });
});

describe('a month named without its year', () => {
  it('is the coming December when asked in the present, « se passe » is not « passé »', () => {
    const [title, lines] = answer('Qu’est-ce qui se passe en décembre ?');
    expect(title).toBe('Agenda — décembre 2023');
    expect(lines).toContain('mardi 12 décembre 2023 — Comité stratégique du PTCE');
  });

  it('is the April past when no verb says when and only that one has the meeting', () => {
    expect(answer('combien de monde au copil d’avril ?')).toEqual([
      "Comité de pilotage du PTCE Auton'Hommes",
      [
        "jeudi 6 avril 2023 de 13 h 30 à 17 h 45 — Comité de pilotage du PTCE Auton'Hommes (Site minier de Wallers)",
        'Participants : 80 (Près de 80 participants).',
      ],
    ]);
  });

  it('stays the coming one when a verb says so, even with nothing in it', () => {
    expect(answer('qu’est-ce qu’on fait en janvier ?')).toEqual([
      'Agenda — janvier 2024',
      ['Aucune réunion connue pour janvier 2024 dans les documents.'],
    ]);
  });

  it('« ce mois-ci » asked of the future is still the calendar month', () => {
    const [title, lines] = answer('Qu’est-ce qui est prévu ce mois-ci ?');
    expect(title).toBe('Agenda — novembre 2023');
    expect(lines).toContain('mardi 7 novembre 2023 — Bureau');
    expect(lines).toContain('jeudi 30 novembre 2023 — Bureau');
    expect(lines.some((l) => l.includes('décembre'))).toBe(false);
  });
});

describe('more facts in prose', () => {
  it('« les bureaux de PHARE » asked where are its offices, not the Bureau’s meetings', () => {
    expect(answer('ou sont les bureaux de phare maintenant')).toEqual([
      'PHARE',
      [
        "Adresse de PHARE : Site minier d'Arenberg, Bâtiment Entreprises, Plot F, Rue Michel Rondet, 59135 Wallers",
      ],
    ]);
  });

  it('a word the passage search stems once finds the sentence using it (« entreprise »)', () => {
    expect(answer('Le covoiturage avec France Travail, c’est avec quelle entreprise ?')[1]?.[0]).toBe(
      "« Entreprise visée par le développement du covoiturage avec France Travail. » — Stellantis (PHARE, rapport d'activité de l'année 2023)",
    );
  });

  it('a kind of partner asked (« quelle CAE », « quelles entreprises ») keeps the partners of that kind', () => {
    expect(answer('Avec quelle CAE on travaille pour la coopérative d’activité et d’emploi ?')[1]).toEqual([
      'GT2 Accompagnement de projets a pour partenaire GrandsEnsemble.',
    ]);
    expect(answer('le GT5 travaille avec quelles entreprises ?')[1]).toEqual([
      'GT5 Éco-mobilité solidaire a pour partenaire Stellantis.',
    ]);
  });

  it('a figure whose note uses the question’s words (« réunir pour déposer le dossier »)', () => {
    expect(
      answerKind('Combien faut-il réunir pour déposer le dossier de la fondation territoriale ?')[0],
    ).toBe('indicator');
  });

  it('every figure the same words name, « depuis septembre » being since when', () => {
    expect(answer('L’atelier théâtre depuis septembre, ça donne quoi en chiffres ?')).toEqual([
      "Personnes accompagnées par l'atelier théâtre, Sorties vers un emploi de l'atelier théâtre",
      [
        "Personnes accompagnées par l'atelier théâtre :",
        "• 2023 : 20 — PHARE, rapport d'activité de l'année 2023 (Depuis septembre 2023 ; 18 femmes et 2 hommes.)",
        "Sorties vers un emploi de l'atelier théâtre :",
        "• 2023 : 2 — PHARE, rapport d'activité de l'année 2023 (Depuis septembre 2023.)",
      ],
    ]);
  });
});

describe('meetings and passages named by their own words', () => {
  it('a word and its stem meet at one term (« labellisé », « label »)', () => {
    expect(answer('depuis quand on est labellisé PTCE ?')[1]).toEqual([
      "décembre 2021 : PHARE lauréat de la phase 2 de l'AMI PTCE : label « Pôle Territorial de Coopération Économique » pour le projet Auton'Hommes",
    ]);
  });

  it('a group with no meeting asked « où » quotes the sentence, not « aucune réunion »', () => {
    expect(answer('La visite apprenante du GT cadres juridiques, c’est où ?')).toEqual([
      'D’après les documents',
      [
        "« Perspectives : créer la SCIC SOLIMOB et faciliter l'accès des acteurs de l'ESS aux marchés publics ; visite apprenante prévue au Toit Commun à Lens. » — GT1 Cadres juridiques de la coopération (PTCE Auton'Hommes, livret du comité stratégique)",
      ],
    ]);
  });

  it('a group’s event named by its title gives its date, place and participants once', () => {
    expect(answer('le temps fort du GT mobilisation citoyenne : date, lieu et nb de participants ?')).toEqual(
      [
        'Premier temps fort de la mobilisation citoyenne',
        [
          'mercredi 13 décembre 2023 — Premier temps fort de la mobilisation citoyenne · GT8 Mobilisation citoyenne (Siège de Valenciennes Métropole)',
          'Participants : 23 (23 participants issus de diverses structures de la région).',
        ],
      ],
    );
    expect(answerKind('Cocktail de lancement de la fondation territoriale : quand et où ?')).toEqual([
      'meeting-info',
      [
        'jeudi 14 décembre 2023 — Cocktail de lancement de la Fondation territoriale (Siège de la Mutuelle Just, 53 Avenue Verdun, 59300 Valenciennes)',
        'Le nombre de participants n’est pas indiqué dans les documents.',
      ],
    ]);
  });

  it('a count the notes do not give all of is not taken from them (« combien d’animaux »)', () => {
    const [kind, lines] = answerKind('combien d’animaux en éco-pâturage chez espoir ?');
    expect(kind).toBe('passage');
    expect(lines[0]).toContain('120 animaux');
  });

  it('« quel est le … » of a figure asks the figure, for the place named or its territory word', () => {
    expect(answer("quel est le chiffre d'affaires cumulé des adhérents en 2021 ?")).toEqual([
      "Chiffre d'affaires cumulé des membres en 2021",
      [
        "Chiffre d'affaires cumulé des membres :",
        "• 2021 : 25\u00a0M€ — Dossier de presse « Auton'Homme lauréat de l'AMI PTCE » (Hors chiffre d'affaires de la mutuelle Just.)",
      ],
    ]);
    expect(answer('quel est le taux de chômage à Valenciennes ?')[1].slice(0, 2)).toEqual([
      'Taux de chômage des 15 à 64 ans :',
      "• 2018 (Arrondissement de Valenciennes) : 20,3\u00a0% — PHARE, rapport d'activité de l'année 2023",
    ]);
    expect(answer('taux de chômage dans le Cambrésis')[1].slice(0, 2)).toEqual([
      'Taux de chômage des 15 à 64 ans :',
      "• 2018 (Arrondissement de Cambrai) : 19,5\u00a0% — PHARE, rapport d'activité de l'année 2023",
    ]);
  });

  it('a territory word is its arrondissement, except for the team member who covers it', () => {
    expect(answer('quels adhérents dans le Valenciennois ?')[1][0]).toBe(
      '15 structures dans l’arrondissement de Valenciennes :',
    );
    expect(answer('qui est chargé de développement dans le Cambrésis ?')[1]).toEqual([
      'Isabelle Hary — Chargée de développement, Cambrésis (PHARE) — isabelle.hary@associationphare.fr · 07 49 49 84 46',
    ]);
    expect(answer('quelle structure est à Denain ?')[1]).toEqual([
      'Je ne trouve aucune structure à Denain dans les données.',
    ]);
  });

  it('a partner asked « c’est qui » is described: its kind, its description, whom it works with', () => {
    expect(answer('la DREETS c’est qui ?')).toEqual([
      'DREETS Hauts-de-France',
      [
        'DREETS Hauts-de-France : organisme public.',
        "Services de l'État ; la Direccte a soutenu PHARE dès sa création en 2019. Partenaire du PTCE ; PHARE est lauréat en 2023 d'un appel à projets DREETS pour la mobilité solidaire.",
        "DREETS Hauts-de-France est partenaire de PTCE Auton'Hommes et GT5 Éco-mobilité solidaire.",
      ],
    ]);
    expect(answer('c’est quoi le Toit Commun ?')[1]).toEqual([
      'Lieu représentatif du tissu ESS à Lens.',
      "Le Toit Commun est partenaire de PTCE Auton'Hommes et GT1 Cadres juridiques de la coopération.",
    ]);
  });

  it('the PTCE’s partners are every partner of the file, of the kind named when one is', () => {
    const [, all] = answer('quels sont les partenaires du PTCE ?');
    expect(all).toHaveLength(1);
    expect(all[0]!.startsWith("PTCE Auton'Hommes a pour partenaires (43) : Secrétariat d'État")).toBe(true);
    expect(answer('quelles entreprises sont partenaires de PHARE ?')[1]).toEqual([
      "PTCE Auton'Hommes a pour partenaires (6) : GrandsEnsemble, Cabinet Mouvens, SIGH, Maisons et Cités, Demathieu & Bard et Stellantis.",
    ]);
  });

  it('« quand » asks a date, and a name typed as an alias is searched as typed', () => {
    expect(answer("quand PHARE a-t-elle rejoint le Site minier d'Arenberg ?")[1]).toEqual([
      "septembre 2023 : L'équipe de PHARE quitte les locaux de la MDA de Valenciennes pour le Site minier d'Arenberg",
    ]);
    expect(answerKind('qui finance SOLIMOB ?')).toEqual([
      'passage',
      [
        "« Partenaire de la gouvernance IAE et du groupe Mobilité (covoiturage en entreprise depuis Valenciennes) ; accord de principe pour financer SOLIMOB. » — France Travail (PHARE, rapport d'activité de l'année 2023)",
      ],
    ]);
  });

  it('« la Fondation » is the territorial one, with its own address; « présents » asks the participants', () => {
    expect(answer('quel est le mail de la fondation ?')[1]).toEqual([
      'Adresse e-mail de Fondation territoriale : fondation@associationphare.fr',
    ]);
    expect(answer("qui était présent au copil d'avril ?")[1]).toEqual([
      "jeudi 6 avril 2023 de 13 h 30 à 17 h 45 — Comité de pilotage du PTCE Auton'Hommes (Site minier de Wallers)",
      'Participants : 80 (Près de 80 participants).',
    ]);
  });

  it('the carrier’s former address, asked « ancienne adresse » or « où avant »', () => {
    for (const question of ["quelle était l'ancienne adresse de PHARE ?", 'PHARE était où avant ?'])
      expect(answer(question)).toEqual([
        'PHARE',
        [
          'Ancienne adresse de PHARE : 84 rue du Faubourg de Paris, 59300 Valenciennes (décembre 2021 – septembre 2023)',
        ],
      ]);
  });

  it('« la prochaine visite » is the next meeting so titled, « la dernière » the latest held, not a figure', () => {
    expect(answer('quand a lieu la prochaine visite ?')[0]).toBe(
      "Visite apprenante d'un établissement pratiquant le compostage",
    );
    expect(answer('c’était quand la dernière visite ?')[1][0]).toMatch(/^novembre 2023 — Visite d/);
    // A past meeting whose notes say « prochain » is not the next of anything.
    expect(answer('les dates des prochains comités ?')[1]).toContain(
      'mardi 12 décembre 2023 — Comité stratégique du PTCE (dans 3 semaines)',
    );
  });

  it('structures asked by the year they were founded, and a person’s roles said as titles', () => {
    expect(answer('quelle structure a été créée en 1990 ?')).toEqual([
      'Structures créées en 1990',
      ['2 structures créées en 1990 :', '• ESPOIR (Escautpont)', '• La Pose (Valenciennes)'],
    ]);
    expect(answer('quels adhérents ont été fondés en 2019 ?')[1]).toEqual([
      'Je ne trouve aucune structure créée en 2019 dans les données.',
    ]);
    expect(answer('Gérard Dechy fait quoi ?')[1].slice(1, 5)).toEqual([
      'Gérard Dechy : Co-président mandataire (PHARE).',
      'Gérard Dechy : Vice-président (PHARE).',
      'Gérard Dechy : Co-fondateur de PHARE.',
      "Gérard Dechy : Fondateur d'ESPOIR.",
    ]);
  });

  it('the people a relation ties to several things: « qui préside deux structures ? »', () => {
    expect(answer('qui préside deux structures ?')).toEqual([
      'Jérôme Blanchard',
      ['Jérôme Blanchard préside 2 structures : ARIL et Bio Cambrésis.'],
    ]);
    expect(answer('qui dirige deux structures ?')[1]).toEqual([
      'Jean François Lemort dirige 3 structures : ARIL, ARPE et Bio Cambrésis.',
    ]);
    expect(answer('qui anime plusieurs groupes ?')[0]).toBe('Sylvain Boitel · Isabelle Hary');
  });
});
