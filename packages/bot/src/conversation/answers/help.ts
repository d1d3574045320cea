import { clipText } from '../../clip-text.js';
import { defusedMentions } from '../../defused-mentions.js';
import { type Reply, reply } from '../reply.js';

const EXAMPLES = [
  'C’est quand le prochain comité de pilotage ?',
  'Ordre du jour du comité opérationnel',
  'Qui anime le GT5 ?',
  'Quels sont les groupes de travail ?',
  'Où se trouve la Clef du Permis ?',
  'Quelles structures sont à Valenciennes ?',
  'Combien d’adhérents en 2021 ?',
  'Le comité opérationnel a-t-il respecté sa cadence en 2023 ?',
  'Qui est le chargé de développement du Cambrésis ?',
  'Qu’est-ce qu’un PTCE ?',
  'Quels sont les PTCE du Pas-de-Calais ?',
];

/** What can be asked, with examples. */
export function helpReply(): Reply {
  return reply('help', 'Ce que vous pouvez me demander', {
    lines: [
      'Posez votre question en français, sans vous soucier des accents ni des majuscules. Par exemple :',
      ...EXAMPLES.map((e) => `• ${e}`),
    ],
    fields: [
      { name: 'Réunions', value: 'prochaine ou dernière réunion, ordre du jour, lieu, compte-rendu, agenda' },
      { name: 'Instances', value: 'rythme, composition, cadence respectée ou non' },
      { name: 'Groupes de travail', value: 'copilotes, animation, objectif, réalisations, structures' },
      { name: 'Structures', value: 'adresse, présidence, direction, activité, structures d’une commune' },
      { name: 'Chiffres', value: 'adhérents, emplois, chiffre d’affaires, personnes accompagnées, EPCI' },
    ],
  });
}

/** A question that was not understood: say so, and what can be asked. */
export function unknownReply(text: string): Reply {
  return reply('unknown', 'Je n’ai pas compris la question', {
    lines: [
      `Je ne sais pas répondre à « ${defusedMentions(clipText(text, 81))} ».`,
      'Je peux parler des réunions et instances, des groupes de travail, des structures membres, des contacts et des chiffres du PTCE.',
    ],
    suggestions: EXAMPLES.slice(0, 4),
  });
}
