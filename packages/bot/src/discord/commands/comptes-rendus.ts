import { calendarMeetings, formatCountFr } from '@ptce/core';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { type Reply, reply } from '../../conversation/reply.js';
import { minutesShelves } from '../../data/minutes-shelves.js';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import { matchingChoices, resolveChoice } from '../autocomplete-choices.js';
import type { SlashCommand } from '../slash-command.js';
import { inEnglish } from './in-english.js';
import { yearOption } from './year-option.js';

const KINDS = ['body', 'group'] as const;

/**
 * `/comptes-rendus [instance] [annee]`: every compte-rendu, the members-only ones included, by
 * body and year, and the meetings that have none yet. Only in a server: its members are the
 * PTCE's members, while the public pages show the public ones only.
 */
export const comptesRendus: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('comptes-rendus')
    .setNameLocalizations(inEnglish('minutes'))
    .setDescription('Les comptes-rendus des réunions, y compris ceux réservés aux membres')
    .setDescriptionLocalizations(inEnglish('The minutes of the meetings, members-only ones included'))
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      o
        .setName('instance')
        .setNameLocalizations(inEnglish('body'))
        .setDescription('Instance ou groupe de travail (toutes si vide)')
        .setDescriptionLocalizations(inEnglish('Body or working group (all if empty)'))
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .addIntegerOption(yearOption('des réunions', 'of the meetings'))
    .toJSON(),
  run(interaction, services): Reply {
    const dataset = services.dataset(interaction.guildId);
    const now = services.clock.now();
    const typed = interaction.options.getString('instance');
    const year = interaction.options.getInteger('annee') ?? undefined;
    let target: string | undefined;
    if (typed !== null && typed.trim() !== '') {
      target = resolveChoice(dataset, typed, KINDS)?.id;
      if (target === undefined) {
        return reply('usage', 'Instance ou groupe inconnu', {
          lines: [
            `Je ne connais pas « ${typed} ». Choisissez une instance ou un groupe dans la liste proposée.`,
          ],
          error: true,
        });
      }
    }
    const shelves = minutesShelves(dataset, calendarMeetings(dataset, { now }), now, {
      ...(target === undefined ? {} : { target }),
      ...(year === undefined ? {} : { year }),
    });
    const scope = [target === undefined ? undefined : targetName(dataset, target), year]
      .filter((part) => part !== undefined)
      .join(', ');
    const title = scope === '' ? 'Comptes-rendus' : `Comptes-rendus : ${scope}`;
    if (shelves.length === 0) {
      return reply('minutes', title, { lines: ['Aucune réunion passée ne correspond.'] });
    }
    const lines: string[] = [];
    let published = 0;
    let total = 0;
    for (const shelf of shelves) {
      for (const y of shelf.years) {
        lines.push(`${shelf.name}, ${y.year} :`);
        for (const m of y.meetings) {
          total++;
          const { minutes } = m;
          const members = minutes?.visibility === 'members' ? ' (réservé aux membres)' : '';
          let what = 'compte-rendu non publié';
          if (minutes?.url !== undefined) what = `${minutes.url}${members}`;
          else if (minutes?.summary !== undefined) what = `${minutes.summary}${members}`;
          if (minutes?.url !== undefined || minutes?.summary !== undefined) published++;
          lines.push(`• ${meetingDateText(m)} — ${m.title} : ${what}`);
        }
      }
    }
    lines.push(
      `${formatCountFr(published, 'compte-rendu publié', 'comptes-rendus publiés')} sur ${formatCountFr(total, 'réunion')}.`,
    );
    return reply('minutes', title, { lines });
  },
  autocomplete(interaction, services) {
    return matchingChoices(services.dataset(interaction.guildId), interaction.options.getFocused(), KINDS);
  },
};
