import { type Reply, reply } from '../conversation/reply.js';

/** The one-line answer of a guild that has no PTCE yet. */
export function notSetUpReply(): Reply {
  return reply('not-set-up', 'Serveur pas encore configuré', {
    lines: [
      'Ce serveur n’est pas encore relié à un PTCE : un membre ayant la permission « Gérer le serveur » peut le faire avec /donnees importer.',
    ],
    error: true,
  });
}
