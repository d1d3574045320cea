import type { AgendaItem, Meeting } from '../schema/index.js';

/**
 * The plain-text description of a meeting's calendar event, in French: a line saying it is
 * cancelled when it is, its agenda (nested items indented by two spaces, with their time and
 * speaker) and its link.
 *
 * @param meeting - A meeting (only `status`, `agenda` and `link` are read).
 * @returns The description, or `undefined` when there is nothing to say.
 * @example
 * eventDescription({ status: 'planned', agenda: [{ title: 'Accueil', time: '14:00', items: [{ title: 'Tour de table' }] }], link: 'https://visio.example/cs' })
 * //=> 'Ordre du jour :\n- 14:00 Accueil\n  - Tour de table\n\nLien : https://visio.example/cs'
 */
export function eventDescription(meeting: Pick<Meeting, 'status' | 'agenda' | 'link'>): string | undefined {
  const blocks: string[] = [];
  if (meeting.status === 'cancelled') blocks.push('Réunion annulée.');
  if (meeting.agenda.length > 0)
    blocks.push(['Ordre du jour :', ...agendaLines(meeting.agenda, 0)].join('\n'));
  if (meeting.link !== undefined) blocks.push(`Lien : ${meeting.link}`);
  return blocks.length > 0 ? blocks.join('\n\n') : undefined;
}

function agendaLines(items: readonly AgendaItem[], depth: number): string[] {
  const indent = '  '.repeat(depth);
  return items.flatMap((item) => {
    const time = item.time === undefined ? '' : `${item.time} `;
    const speaker = item.speaker === undefined ? '' : ` (${item.speaker})`;
    return [`${indent}- ${time}${item.title}${speaker}`, ...agendaLines(item.items ?? [], depth + 1)];
  });
}
