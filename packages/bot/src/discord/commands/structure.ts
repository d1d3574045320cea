import type { SlashCommand } from '../slash-command.js';
import { namedEntityCommand } from './named-entity-command.js';

/** `/structure nom`: a member structure: address, leaders, activities, groups. */
export const structure: SlashCommand = namedEntityCommand({
  name: 'structure',
  englishName: 'organisation',
  description: 'Une structure membre : adresse, dirigeants, activités, groupes',
  englishDescription: 'A member organisation: address, leaders, activities, groups',
  option: ['La structure', 'The organisation'],
  kinds: ['structure'],
  unknown: [
    'Structure inconnue',
    (typed) =>
      `Je ne connais pas de structure « ${typed} ». Choisissez une structure dans la liste proposée.`,
  ],
  intent: (found) => ({ kind: 'structure-info', structures: [found.id], aspect: 'all' }),
});
