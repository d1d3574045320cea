import { toLocalDate } from '@ptce/core';
import type { Command } from 'commander';
import { agendaReply } from '../conversation/answers/agenda.js';
import { renderText } from '../conversation/render-text.js';
import { loadDataset } from '../data/load-data.js';
import { type CliIo, UsageError } from './io.js';
import { parseDayBound, parseNow } from './options.js';

interface AgendaFlags {
  from?: string;
  to?: string;
  body?: string;
  json?: boolean;
  data?: string;
  now?: string;
}

/** `ptce agenda`: the meetings in a range (by default, the coming 90 days). */
export function registerAgenda(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('agenda')
    .description('liste les réunions d’une période')
    .option('--from <date>', 'début (AAAA-MM-JJ, AAAA-MM ou AAAA)')
    .option('--to <date>', 'fin incluse (AAAA-MM-JJ, AAAA-MM ou AAAA)')
    .option('--body <id>', 'une instance ou un groupe de travail (identifiant)')
    .option('--json', 'sortie JSON')
    .option('--data <file>', 'fichier de données (par défaut : le jeu embarqué)')
    .option('--now <iso>', 'date et heure courantes (pour rejouer le passé)')
    .action((flags: AgendaFlags) => {
      const dataset = loadDataset(flags.data);
      const tz = dataset.timeZone;
      const now = parseNow(flags.now, tz);
      const from = flags.from
        ? parseDayBound(flags.from, '--from', tz, 'start')
        : parseDayBound(toLocalDate(now, tz).text.slice(0, 10), '--from', tz, 'start');
      const to = flags.to
        ? parseDayBound(flags.to, '--to', tz, 'end')
        : new Date(from.getTime() + 90 * 86_400_000);
      if (to <= from) throw new UsageError('La fin (--to) doit venir après le début (--from).');
      if (
        flags.body !== undefined &&
        !dataset.bodyById.has(flags.body) &&
        !dataset.groupById.has(flags.body) &&
        !dataset.subgroupById.has(flags.body)
      ) {
        const known = [...dataset.bodyById.keys(), ...dataset.groupById.keys()].join(', ');
        throw new UsageError(
          `Instance ou groupe inconnu : « ${flags.body} ». Identifiants connus : ${known}.`,
        );
      }
      const r = agendaReply(dataset, {
        from,
        to,
        ...(flags.body === undefined ? {} : { target: flags.body }),
      });
      io.out(flags.json ? JSON.stringify(r.data, null, 2) : renderText(r));
      setExit(0);
    });
}
