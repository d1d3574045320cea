import type { TargetRef } from '../../conversation/intent.js';
import type { SlashCommand } from '../slash-command.js';
import { namedEntityCommand } from './named-entity-command.js';

/** `/groupe nom`: a working group: objective, co-pilots, facilitators, structures. */
export const groupe: SlashCommand = namedEntityCommand({
  name: 'groupe',
  englishName: 'group',
  description: 'Un groupe de travail : objectif, copilotes, animateurs, structures',
  englishDescription: 'A working group: objective, co-pilots, facilitators, members',
  option: ['Le groupe ou sous-groupe', 'The working group or sub-group'],
  kinds: ['group', 'subgroup'],
  unknown: [
    'Groupe inconnu',
    (typed) => `Je ne connais pas de groupe « ${typed} ». Choisissez un groupe dans la liste proposée.`,
  ],
  intent: (found) => ({ kind: 'group-info', groups: [found as TargetRef], aspect: 'all' }),
});
