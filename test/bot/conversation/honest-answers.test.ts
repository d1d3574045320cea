import { describe, expect, it } from 'vitest';
import { converse } from '../../../packages/bot/src/conversation/converse.js';
import { renderText } from '../../../packages/bot/src/conversation/render-text.js';
import { answer, ctx } from './answer-at.js';

describe('what the documents do not say is said to be missing', () => {
  it('a figure given for other structures, asked of one it is not given for', () => {
    expect(answer('ATIS a combien de salariés ?')).toEqual([
      "Salariés d'une structure membre",
      ["Salariés d'une structure membre (ATIS) : aucune valeur observée dans les documents."],
    ]);
  });

  it('a body’s meetings of a year the documents do not cover, not « 0 réunion tenue »', () => {
    expect(answer('Quand a eu lieu l’AG 2022 ?')).toEqual([
      'Cadence 2022 : Assemblée générale',
      [
        'Assemblée générale : aucune réunion en 2022 dans les documents. Réunions connues : mercredi 21 juin 2023.',
      ],
    ]);
  });

  it('a street no structure has, asked which structure is there', () => {
    expect(answer('quelle structure est au 12 rue des Lilas ?')).toEqual([
      'Structures au 12 rue des lilas',
      ['Je ne trouve aucune structure au 12 rue des lilas dans les données.'],
    ]);
  });

  it('a detail of a regional PTCE the registry does not hold', () => {
    const [title, lines] = answer("l'adresse du PTCE Anima a Calais ?");
    expect(title).toBe('Anima Grand Calais');
    expect(lines?.[0]).toBe(
      'Le registre régional ne donne pas l’adresse d’Anima Grand Calais, et les documents du PTCE non plus. Voici ce qu’il en dit :',
    );
  });

  it('who chairs a place, rather than the presidents of other things', () => {
    expect(answer('qui est le président de la CAVM')).toEqual([
      'Pas dans les documents',
      ['Je n’ai pas cette information dans les documents.'],
    ]);
  });

  it('the address of a structure the data does not have, not the carrier’s it mentions', () => {
    expect(answer("adresse des Jardins de l'Escaut (membre de phare) ?")[0]).toBe('Structure introuvable');
    expect(answer("l'adresse de PHARE à Wallers ?")[1]).toEqual([
      "Adresse de PHARE : Site minier d'Arenberg, Bâtiment Entreprises, Plot F, Rue Michel Rondet, 59135 Wallers",
    ]);
  });
});

describe('periods and parts that were lost', () => {
  it('counts the participants of the April comité de pilotage asked in the past tense', () => {
    expect(answer("combien de personnes sont venues au copil d'avril ?")[1]).toEqual([
      "jeudi 6 avril 2023 de 13 h 30 à 17 h 45 — Comité de pilotage du PTCE Auton'Hommes (Site minier de Wallers)",
      'Participants : 80 (Près de 80 participants).',
    ]);
  });

  it('gives last week’s meetings for « la semaine dernière », not each body’s last one', () => {
    const [title, lines] = answer('la semaine derniere il y a eu quelle reunion ?');
    expect(title).toBe('Agenda — semaine du lundi 13 novembre 2023');
    expect(lines?.slice(0, 2)).toEqual([
      '1 réunion :',
      'mardi 14 novembre 2023 — Comité opérationnel du PTCE',
    ]);
  });

  it('answers both halves of « qui copilote et qui anime » a group named after a figure word', () => {
    const { reply } = converse('qui copilote et qui anime le gt eco mobilité solidaire', ctx);
    expect(renderText(reply)).toContain(
      'GT5 Éco-mobilité solidaire est copiloté par Emilie Barbaut, Marion Cardon et Éric Véron.',
    );
    expect(renderText(reply)).toContain('GT5 Éco-mobilité solidaire est animé par Isabelle Hary.');
  });

  it('reads « + ce qu’ils font » as a second part', () => {
    const { reply } = converse("STAJ : adresse + ce qu'ils font", ctx);
    expect(reply.intent).toBe('multi');
    expect(renderText(reply)).toContain('STAJ : 36 Rue de Mons, 59300 Valenciennes');
    expect(renderText(reply)).toContain('Activités : Accompagnement de projets portés par les jeunes');
  });
});

describe('where a project stands, and dated events of a group', () => {
  it('gives a group’s projects with their status and what the documents say, then its milestones', () => {
    expect(answer('ou en est le projet de fondation territoriale ?')[1]).toEqual([
      'Où en est le groupe Fondation territoriale :',
      "• Dépôt du dossier auprès de la Fondation de France (prévu) : Prévu mi-mai 2024, sous réserve de réunir 100 000 € d'engagements des fondateurs ; la fondation pourra ensuite accompagner une dizaine de projets par an.",
      "• 2023 : Accompagnement par la Fondation ADMICAL, au premier semestre, d'un groupe de structures sur le mécénat et la fondation territoriale ; choix du modèle de « fondation abritée » et demande d'accompagnement par la Fondation de France",
      "• mai 2024 : Dépôt du dossier de la Fondation Territoriale Grand Hainaut auprès de la Fondation de France, sous réserve de réunir 100 000 € d'engagements des fondateurs",
    ]);
    expect(answer('le projet de creche ESS il en est ou ?')[1]?.[1]).toMatch(
      /^• Crèche ESS sur la zone des Dix Muids \(prévu\) : .*centre social des Floralties/,
    );
  });

  it('dates a group’s milestone named with a partner (« quand l’accompagnement AGIL’ESS »)', () => {
    expect(answer("c'était quand l'accompagnement AGIL'ESS pour la mobilité ?")[1]).toEqual([
      "juillet 2023 : Accompagnement DLA par AGIL'ESS sur la location solidaire et le transport d'utilité sociale ; une deuxième phase réunit quelques membres en septembre",
    ]);
  });

  it('prefers the milestone that shares the question’s words to a meeting title', () => {
    expect(answer('les acteurs du cambresis ont rejoint phare quand?')[1]?.[0]).toBe(
      '2020 : Des acteurs du Cambrésis rejoignent la dynamique',
    );
  });

  it('quotes another law than the ESS law when it is named (« la loi REEN »)', () => {
    expect(answer('la loi REEN elle impose quoi ?')[1]?.[0]).toMatch(
      /^« La loi REEN oblige les communes et EPCI/,
    );
  });
});

describe('a member asked by what it is, and a place asked with an unaccented « ou »', () => {
  it('finds the member a word of its name says it is (« y a une mutuelle parmi les adhérents ? »)', () => {
    expect(answer('y a une mutuelle parmi les adherents ?')).toEqual([
      'Mutuelle Just',
      ["« Mutuelle » — Mutuelle Just (PHARE, rapport d'activité de l'année 2023)"],
    ]);
  });

  it('reads « c’était ou ? » as where, for the body’s meeting of that year', () => {
    expect(answer("sports solidaires 2023 c'était ou ?")[1]).toEqual([
      'Commission animation territoriale — juillet 2023 : Base de loisirs de Raismes',
    ]);
  });

  it('quotes a figure the documents give in a structure’s description', () => {
    expect(answer('combien de personnes ont bénéficié du programme de la clef du permis en 2022')[1]).toEqual(
      [
        "« Bénéficie d'une convention départementale de 100 places pour trois ans ; en 2022, 336 personnes ont bénéficié du programme. » — La Clef du Permis (PHARE, rapport d'activité de l'année 2023)",
      ],
    );
  });
});

describe('a meeting named by three words of its title wins over a milestone that shares two', () => {
  it('dates the press conference, not the label', () => {
    expect(answer("la conf de presse pour le label PTCE c'était quand ?")[0]).toMatch(
      /^Conférence de presse/,
    );
  });
});

describe('fresh phrasings of periods, parts and unknown groups', () => {
  it('reads « ce mois-ci » asked in the past as the calendar month', () => {
    const [title, lines] = answer("qu'est ce qu'on a eu comme réunions ce mois ci");
    expect(title).toBe('Agenda — novembre 2023');
    expect(lines).toContain('mardi 14 novembre 2023 — Comité opérationnel du PTCE');
  });

  it('reads « d’ici la fin de l’année » as from today to 31 December', () => {
    const [title, lines] = answer("d'ici la fin de l'annee qu'est ce qui reste comme rdv");
    expect(title).toBe('Agenda — du lundi 20 novembre 2023 au dimanche 31 décembre 2023');
    expect(lines.slice(0, 2)).toEqual(['6 réunions :', 'jeudi 30 novembre 2023 — Bureau']);
  });

  it('does not ask back « une réunion cette semaine ? »: the week says which', () => {
    expect(answer('Y a-t-il une réunion cette semaine ?')[0]).toBe(
      'Agenda du lundi 20 novembre 2023 au dimanche 26 novembre 2023',
    );
  });

  it('keeps a second clause opened by « où » and an aspect after the name (« + activité »)', () => {
    const { reply } = converse('Qui préside ARPE et où est son siège ?', ctx);
    expect(renderText(reply)).toContain('ARPE est présidée par Gérard Blas.');
    expect(renderText(reply)).toContain('ARPE : 9 Sentier Eglise, 59400 Cambrai');
    const both = renderText(converse("siege de l'ACIAE + activité", ctx).reply);
    expect(both).toContain('ACIAE : 2 Rue du Québec, 59400 Cambrai');
    expect(both).toContain('ACIAE : Formation et insertion professionnelle.');
  });

  it('says a group named by a theme no group has does not exist', () => {
    expect(answer('Qui pilote le groupe de travail Tourisme ?')).toEqual([
      'Groupe introuvable',
      [
        'Je ne trouve pas de groupe de travail « Tourisme » dans les documents.',
        expect.stringMatching(/^Les groupes de travail : GT1 Cadres juridiques de la coopération, /),
      ],
    ]);
  });

  it('reads the law that recognises the PTCEs as the ESS law', () => {
    expect(answer('la loi qui reconnait les PTCE date de quand ?')[1]?.[0]).toBe(
      "Loi du 31 juillet 2014 relative à l'économie sociale et solidaire, article 9 :",
    );
  });
});

describe('reverse look-ups by address, by project, and of another PTCE', () => {
  it('finds the structures at a street', () => {
    expect(
      answer("A quelle structure correspond l'adresse 1 Rue Rosalie Levasseur à Valenciennes ?"),
    ).toEqual([
      'Structures au 1 Rue Rosalie Levasseur',
      [
        '• Interface Emploi — 1 Rue Rosalie Levasseur, 59300 Valenciennes',
        '• POINFOR — 1 Rue Rosalie Levasseur, 59300 Valenciennes',
      ],
    ]);
  });

  it('gives the group a project belongs to, not a milestone', () => {
    expect(answer('quel groupe de travail a créé la crèche ESS des Dix Muids ?')[1]?.[0]).toMatch(
      /— GT3 Services aux entreprises \(/,
    );
  });

  it('answers another PTCE’s label from the regional registry, not this PTCE’s history', () => {
    expect(
      answer("En quelle année l'Eco-Pôle alimentaire d'Audruicq a-t-il été labellisé PTCE ?")[1]?.[0],
    ).toBe("Eco-Pôle Alimentaire d'Audruicq (Pas-de-Calais, Audruicq) — lauréat en 2015 :");
  });
});

describe('a name a group and its own sub-group share', () => {
  it('is the group’s, whose card explains it (« c’est quoi ProcESS’eur »)', () => {
    const [title, lines] = answer("c'est quoi ProcESS'eur");
    expect(title).toBe('GT2 Accompagnement de projets');
    expect(lines[0]).toContain("7 projets ont été présentés au collectif ProcESS'eur");
  });
});

describe('a street alone, a bare « le GT » or « c’est quand ? », and clipped chat words', () => {
  it('finds the structure at a street without its town', () => {
    expect(answer("c'est quelle structure au 36 rue de Mons ?")[1]).toEqual([
      '• STAJ — 36 Rue de Mons, 59300 Valenciennes',
    ]);
  });

  it('lists the groups for « le GT » and asks which meeting for « c’est quand ? »', () => {
    expect(answer('le GT')[0]).toBe('Les 10 groupes de travail');
    expect(answer("c'est quand ?")[1]?.[0]).toMatch(/^Quelle réunion \?/);
    expect(answer('combien de GT ?')[0]).toBe('Groupes de travail du PTCE');
  });

  it('reads « depuis quand PHARE existe » as its founding, and « popu » as the population', () => {
    expect(answer('depuis quand PHARE existe ?')[1]).toEqual(['PHARE a été créé en 2019.']);
    expect(answer("popu de l'arrondissement de cambrai ?")[1]?.slice(0, 2)).toEqual([
      'Population :',
      "• 2018 (Arrondissement de Cambrai) : 161\u202f111 — PHARE, rapport d'activité de l'année 2023",
    ]);
  });
});

describe('what a group did, asked about in words a meeting does not answer', () => {
  it('quotes who accompanied the foundation, rather than its meetings of the half-year', () => {
    expect(
      answer('qui a accompagné le projet de fondation territoriale au premier semestre 2023 ?')[1]?.[0],
    ).toMatch(/^« Accompagnement par la Fondation ADMICAL, au premier semestre/);
  });

  it('quotes the operator a group met, rather than its next meeting', () => {
    expect(answer('Le GT déchets a rencontré quel opérateur des déchets ?')[1]?.[0]).toContain(
      'première rencontre avec le SIAVED',
    );
  });

  it('a count the documents do not give is said missing, not answered with the whole card', () => {
    expect(answer('combien de bénévoles à ESPOIR ?')).toEqual([
      'Pas dans les documents',
      [
        'Je n’ai pas cette information dans les documents.',
        'Sur ESPOIR, je peux vous donner : le nom complet, l’adresse, la présidence, la direction, les activités et la date de création.',
      ],
    ]);
  });

  it('a word of one PTCE’s aims is not enough to name it', () => {
    expect(answer('le PTCE a un compte Instagram ?')[0]).toBe('Je n’ai pas compris la question');
  });

  it('« le comité » alone is asked back, not read as a meeting whose title holds the word', () => {
    expect(answer('c’est quand le comité ?')[0]).toBe('Précisez votre question');
  });
});
