import { type Reply, reply } from '../conversation/reply.js';

/** What a member sees when answering failed: an apology, never the error itself. */
export function apologyReply(): Reply {
  return reply('failure', 'Désolé, une erreur est survenue…', {
    lines: [
      'Je n’ai pas pu répondre à cette demande. Réessayez dans un instant ; l’équipe a été prévenue dans le journal du bot.',
    ],
    error: true,
  });
}
